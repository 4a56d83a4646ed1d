/**
 * Completeness of a processing activity: which Art 30 fields (and the columns a DPO needs beside them) are
 * missing. Pure, so the list view, the checks and the reports all say the same thing.
 */
import type { Organisation } from '../organisation'
import type { ActivityFields } from './activity.schema'

/** One missing or insufficient field, named by its path in the form and the rule it comes from. */
export interface MissingField {
  /** Path in the activity, e.g. `purposes[0].legalBasis`, or `organisation.dpoEmail`. */
  field: string
  /** The article the field comes from, e.g. `Art 30(1)(b)`. */
  article: string
}

export interface Completeness {
  missing: MissingField[]
  /** Share of the checked items present, 0–1. */
  score: number
}

type Check = (a: ActivityFields) => MissingField[]

const need = (present: boolean, field: string, article: string): MissingField[] => (present ? [] : [{ field, article }])

const filled = (s: string): boolean => s.trim().length > 0

// domain-reference §1.1, §1.2 and §9 checks 1–8, 14.
const ACTIVITY_CHECKS: readonly Check[] = [
  (a) => need(filled(a.name), 'name', 'Art 30(1)'),
  (a) => need(a.purposes.length > 0, 'purposes', 'Art 30(1)(b)'),
  (a) =>
    a.purposes.flatMap((p, i) => [
      ...need(filled(p.description), `purposes[${i}].description`, 'Art 30(1)(b)'),
      ...need(p.legalBasis !== null, `purposes[${i}].legalBasis`, 'Art 6(1)'),
    ]),
  (a) => need(a.dataSubjectCategories.length > 0, 'dataSubjectCategories', 'Art 30(1)(c)'),
  (a) => need(a.personalDataCategories.length > 0, 'personalDataCategories', 'Art 30(1)(c)'),
  (a) =>
    a.specialCategories.flatMap((s, i) => need(s.condition !== null, `specialCategories[${i}].condition`, 'Art 9(2)')),
  (a) => need(!a.criminalData.processed || filled(a.criminalData.legalGround), 'criminalData.legalGround', 'Art 10'),
  (a) =>
    need(
      a.identityNumbers.kind === 'none' || a.identityNumbers.justification !== null,
      'identityNumbers.justification',
      'dataskyddslagen 3 kap. 10 §',
    ),
  (a) => need(a.collectedFromDataSubject || a.sources.length > 0, 'sources', 'Art 14(2)(f)'),
  (a) => need(a.recipients.length > 0, 'recipients', 'Art 30(1)(d)'),
  (a) => need(!a.thirdCountryTransfers || filled(a.transfersDescription), 'transfersDescription', 'Art 30(1)(e)'),
  (a) => need(a.retention.length > 0, 'retention', 'Art 30(1)(f)'),
  (a) =>
    a.retention.flatMap((r, i) =>
      need(filled(r.period) || filled(r.criterion), `retention[${i}].period`, 'Art 30(1)(f), 5(1)(e)'),
    ),
  (a) => need(filled(a.securityMeasures), 'securityMeasures', 'Art 30(1)(g), 32(1)'),
  (a) => need(a.role !== 'processor' || a.controllersServed.length > 0, 'controllersServed', 'Art 30(2)(a)'),
  (a) => need(a.role !== 'joint_controller' || filled(a.jointControllers), 'jointControllers', 'Art 26, 30(1)(a)'),
]

/** Items counted for the score: the fixed checks plus one per purpose, special category and retention rule. */
function itemCount(a: ActivityFields): number {
  return ACTIVITY_CHECKS.length + a.purposes.length * 2 + a.specialCategories.length + a.retention.length
}

/** The organisation-wide fields of Art 30(1)(a) and 37(7) every activity depends on. */
export function organisationGaps(org: Organisation): MissingField[] {
  return [
    ...need(filled(org.name), 'organisation.name', 'Art 30(1)(a)'),
    ...need(filled(org.email) || filled(org.phone), 'organisation.email', 'Art 30(1)(a)'),
    ...need(filled(org.dpoName) && filled(org.dpoEmail), 'organisation.dpoEmail', 'Art 30(1)(a), 37(7)'),
  ]
}

/** Names each missing field of an activity and scores how complete it is (domain-reference §1). */
export function activityCompleteness(activity: ActivityFields): Completeness {
  const missing = ACTIVITY_CHECKS.flatMap((check) => check(activity))
  const total = itemCount(activity)
  return { missing, score: total === 0 ? 1 : Math.max(0, (total - missing.length) / total) }
}

/** A copy of an activity to start a similar one from: new name, back to draft, purposes get new ids. */
export function duplicateActivityFields(
  a: ActivityFields,
  copyName: (name: string) => string,
  newPurposeId: () => string,
): ActivityFields {
  return {
    ...structuredClone(a),
    name: copyName(a.name),
    status: 'draft',
    purposes: a.purposes.map((p) => ({ ...p, id: newPurposeId() })),
  }
}
