/**
 * Adapters over the LIA and DPIA modules' own checks (domain-reference §9 checks 9, 10, 12, 13, and the Art 35
 * "DPIA required but none referenced" fact). Each activity is handed only the LIAs and the screening that can
 * concern it, looked up in the shared index, so the module functions keep their simple list scans.
 */
import { dpiaFindingsForActivity, type DpiaFinding } from '../dpia'
import {
  checkChildrenMitigated,
  checkLiaCompleted,
  checkLiaFresh,
  checkMarketingOptOut,
  LEGITIMATE_INTERESTS,
  type LegitimateInterestAssessment,
  type LiaFinding,
} from '../lia'
import type { ProcessingActivity } from '../register'
import { activityEntity, defineActivityAdapter, NONE } from './activity-check'
import {
  findingId,
  namespacedCode,
  uniqueWithin,
  toFindings,
  type CheckDefinition,
  type EntityRef,
  type Finding,
  type FindingDraft,
} from './finding'
import { liasForActivity } from './workspace-index'

type LiaCheck = (a: ProcessingActivity, lias: LegitimateInterestAssessment[], today: string) => LiaFinding[]

/** One LIA-module finding in the common shape: about the LIA when there is one, else about the purpose. */
function fromLia(f: LiaFinding, a: ProcessingActivity, check: string, used: string[]): Finding {
  const code = namespacedCode('lia', f.code)
  const entity: EntityRef =
    f.liaId === undefined ? activityEntity(a) : { collection: 'lias', id: f.liaId, label: a.name }
  const finding: Finding = {
    id: uniqueWithin(used, findingId(code, entity.id, f.purposeId ?? f.liaId ?? a.id)),
    code,
    check,
    severity: f.severity,
    module: 'lia',
    rule: f.article,
    entity,
    activityIds: [a.id],
    message: f.message,
    fix: f.fix,
  }
  const purposeIndex = f.liaId === undefined ? a.purposes.findIndex((p) => p.id === f.purposeId) : -1
  if (purposeIndex >= 0) finding.field = `purposes[${purposeIndex}].legalBasis`
  return finding
}

/** An LIA check over the activities with at least one Art 6(1)(f) purpose, each with only the LIAs that may cover it. */
const liaCheck = (meta: Omit<CheckDefinition, 'run' | 'module'>, check: LiaCheck): CheckDefinition =>
  defineActivityAdapter({ ...meta, module: 'lia' }, (a, { index, today }) => {
    if (!a.purposes.some((p) => p.legalBasis === LEGITIMATE_INTERESTS)) return NONE
    const found = check(a, liasForActivity(index, a), today)
    if (found.length === 0) return NONE
    const used: string[] = []
    return found.map((f) => fromLia(f, a, meta.code, used))
  })

/** Check 9: an (f) purpose with a completed, signed-off LIA that does not fail. */
export const liaCompletedCheck = liaCheck(
  {
    code: 'lia/completed',
    title: {
      sv: 'Berättigat intresse utan godkänd intresseavvägning',
      en: 'Legitimate interests without a passed LIA',
    },
    rule: 'Art 6(1)(f); EDPB 1/2024',
    description: {
      sv: 'Varje ändamål som vilar på berättigat intresse har en färdig, godkänd intresseavvägning som inte underkänner det.',
      en: 'Every purpose resting on legitimate interests has a complete, signed-off LIA that does not fail it.',
    },
    reference: 9,
  },
  (a, lias) => checkLiaCompleted(a, lias),
)

/** Check 10: the LIA is past its review date, or older than the last change to its activity. */
export const liaFreshCheck = liaCheck(
  {
    code: 'lia/fresh',
    title: { sv: 'Intresseavvägning behöver omprövas', en: 'LIA due for review' },
    rule: 'Art 5(2)',
    description: {
      sv: 'En godkänd intresseavvägning är inte äldre än sitt omprövningsdatum eller än den senaste ändringen av behandlingen.',
      en: 'A signed-off LIA is not past its review date or older than the last change to its activity.',
    },
    reference: 10,
  },
  (a, lias, today) => checkLiaFresh(a, lias, today),
)

/** Check 12: legitimate interests with children's data and no mitigation. */
export const liaChildrenCheck = liaCheck(
  {
    code: 'lia/children',
    title: { sv: 'Barn utan skyddsåtgärder', en: 'Children without mitigations' },
    rule: 'Art 6(1)(f)',
    description: {
      sv: 'När berättigat intresse gäller barn finns skyddsåtgärder dokumenterade.',
      en: 'Where legitimate interests concern children, mitigations are recorded.',
    },
    reference: 12,
  },
  (a, lias) => checkChildrenMitigated(a, lias),
)

/** Check 13: direct marketing on legitimate interests without an objection process and opt-out. */
export const liaMarketingCheck = liaCheck(
  {
    code: 'lia/marketing-opt-out',
    title: { sv: 'Direktmarknadsföring utan avanmälan', en: 'Direct marketing without opt-out' },
    rule: 'Art 21(2)–(4)',
    description: {
      sv: 'Direktmarknadsföring på berättigat intresse har en rutin för invändning och en ovillkorlig avanmälan.',
      en: 'Direct marketing on legitimate interests has an objection process and an unconditional opt-out.',
    },
    reference: 13,
  },
  (a, lias) => checkMarketingOptOut(a, lias),
)

/** One DPIA-module finding in the common shape, pointing at the register's DPIA field. */
function fromDpia(f: DpiaFinding, a: ProcessingActivity): FindingDraft {
  return {
    code: namespacedCode('dpia', f.code),
    severity: f.severity,
    rule: f.article,
    entity: activityEntity(a),
    activityIds: [a.id],
    field: f.code === 'dpia_done_without_reference' ? 'dpia.reference' : 'dpia.status',
    message: f.message,
    fix: f.fix,
  }
}

const DPIA_META = {
  code: 'dpia/required-not-referenced',
  module: 'dpia' as const,
  title: { sv: 'Konsekvensbedömning krävs men saknas', en: 'DPIA required but missing' },
  rule: 'Art 35(1), 35(3); WP248',
  description: {
    sv: 'När screeningen visar att en konsekvensbedömning krävs hänvisar registret till en påbörjad eller klar bedömning.',
    en: 'Where the screening shows a DPIA is required, the register references one in progress or done.',
  },
  reference: null,
}

/** Art 35(1): the screening requires a DPIA and the register shows none referenced, started or linked. */
export const dpiaReferencedCheck = defineActivityAdapter(DPIA_META, (a, { index }) => {
  // A DPIA in progress, or done with its reference, answers the screening whatever it says: skip re-screening.
  if (a.dpia.status === 'in_progress' || (a.dpia.status === 'done' && a.dpia.reference.trim() !== '')) return []
  const screening = index.screeningByActivity.get(a.id)
  if (!screening) return []
  const found = dpiaFindingsForActivity(a, screening)
  return found.length === 0
    ? []
    : toFindings(
        DPIA_META,
        found.map((f) => fromDpia(f, a)),
      )
})

/** The LIA and DPIA adapters. */
export const LIA_DPIA_CHECKS = [
  liaCompletedCheck,
  liaFreshCheck,
  liaChildrenCheck,
  liaMarketingCheck,
  dpiaReferencedCheck,
]
