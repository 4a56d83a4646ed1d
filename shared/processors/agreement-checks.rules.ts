/**
 * Checks 15–18 of domain-reference §9 on processors and their agreements. Inputs are structural, so a
 * `Vendor`, a `ProcessorAgreement` and a register `ProcessingActivity` can be passed as they are.
 */
import { aboutEntity, type Finding, type FindingDraft } from '../transfers'
import { clauseGaps, describeClauseGap, isAgreementInForce, isBlockingGap, pendingObjections } from './agreement.rules'
import type { ProcessorAgreementFields } from './agreement.schema'
import { latestSignedReview } from './review.rules'

/** What the checks need of a vendor. */
export interface VendorForAgreements {
  id: string
  name: string
  role: string
}

/** What the checks need of an agreement. */
export type AgreementForChecks = ProcessorAgreementFields & { id?: string }

/** What check 15 needs of a register activity: its processor recipients, by vendor link or by name. */
export interface ActivityForAgreements {
  id: string
  name: string
  recipients: readonly { name: string; kind: string; vendorId?: string | null }[]
}

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
const ART28 = 'Art 28(3), 28(9)'

/** A recipient's vendor: by its link when it has one, else by name. */
function isKnownVendor(
  r: ActivityForAgreements['recipients'][number],
  vendors: readonly VendorForAgreements[],
): boolean {
  if (r.vendorId) return vendors.some((v) => v.id === r.vendorId)
  return vendors.some((v) => sameName(v.name, r.name))
}

/** Check 15 for one processor vendor with no agreement in force. */
function vendorWithoutAgreement(v: VendorForAgreements, statuses: string[]): Finding {
  const also = statuses.length > 0 ? ` (${statuses.join(', ')})` : ''
  return aboutEntity(
    {
      code: 'processors/no-agreement',
      check: 15,
      article: ART28,
      severity: 'high',
      message: {
        sv: `Personuppgiftsbiträdet ${v.name} har inget gällande personuppgiftsbiträdesavtal${also}.`,
        en: `Processor ${v.name} has no processor agreement in force${also}.`,
      },
      fix: {
        sv: 'Teckna ett skriftligt avtal enligt art. 28.3 och registrera det.',
        en: 'Sign a written Art 28(3) agreement and record it.',
      },
    },
    v.id,
  )
}

/** Check 15 for a processor named in an activity that matches no vendor, so no agreement can be traced. */
function unlinkedRecipient(activity: ActivityForAgreements, name: string): Finding {
  return aboutEntity(
    {
      code: 'processors/recipient-without-agreement',
      check: 15,
      article: ART28,
      severity: 'high',
      message: {
        sv: `Behandlingen ${activity.name} har biträdet ${name} som mottagare, men det finns ingen leverantör med avtal.`,
        en: `Activity ${activity.name} names processor ${name} as recipient, but no vendor with an agreement exists.`,
      },
      fix: {
        sv: 'Lägg upp biträdet som leverantör och registrera avtalet.',
        en: 'Add the processor as a vendor and record its agreement.',
      },
    },
    activity.id,
  )
}

/**
 * Check 15: every processor vendor has an agreement in force today, and every processor recipient in the
 * register is a known vendor: linked by `vendorId`, or else matched by name, ignoring case. A recipient linked to
 * a vendor that no longer exists counts as unknown.
 */
export function findProcessorsWithoutAgreement(
  input: {
    vendors: readonly VendorForAgreements[]
    agreements: readonly AgreementForChecks[]
    activities?: readonly ActivityForAgreements[]
  },
  today: string,
): Finding[] {
  const fromVendors = input.vendors
    .filter((v) => v.role === 'processor')
    .flatMap((v) => {
      const own = input.agreements.filter((a) => a.vendorId === v.id)
      if (own.some((a) => isAgreementInForce(a, today))) return []
      return [vendorWithoutAgreement(v, [...new Set(own.map((a) => a.status))])]
    })
  const fromActivities = (input.activities ?? []).flatMap((act) =>
    act.recipients
      .filter((r) => r.kind === 'processor' && !isKnownVendor(r, input.vendors))
      .map((r) => unlinkedRecipient(act, r.name)),
  )
  return [...fromVendors, ...fromActivities]
}

const notReviewed: FindingDraft = {
  code: 'processors/agreement-not-reviewed',
  check: 16,
  article: 'Art 28(3)',
  severity: 'medium',
  message: { sv: 'Avtalet har inte granskats.', en: 'The agreement has not been reviewed.' },
  fix: { sv: 'Granska avtalet klausul för klausul.', en: 'Review the agreement clause by clause.' },
}

/**
 * Check 16: the latest signed-off review finds a mandatory clause (a–h, h2 and the rest of Art 28) missing or
 * partial. A draft does not count: until it is signed off the agreement has not been reviewed.
 */
export function checkAgreementClauses(agreement: AgreementForChecks): Finding[] {
  if (agreement.status !== 'active' && agreement.status !== 'draft') return []
  const review = latestSignedReview(agreement)
  if (!review) return [aboutEntity(notReviewed, agreement.id)]
  return clauseGaps(review)
    .filter((g) => g.mandatory)
    .map((g) =>
      aboutEntity(
        {
          code: isBlockingGap(g) ? 'processors/clause-missing' : 'processors/clause-partial',
          check: 16,
          article: 'Art 28(3)',
          severity: isBlockingGap(g) ? 'high' : 'medium',
          message: describeClauseGap(g, review),
          fix: {
            sv: 'Förhandla fram ett tillägg till avtalet som täcker klausulen.',
            en: 'Negotiate an amendment that covers the clause.',
          },
        },
        agreement.id,
      ),
    )
}

/** Check 17: general authorisation for sub-processors without a notice and objection window. */
export function checkSubProcessorProcedure(agreement: AgreementForChecks): Finding[] {
  if (agreement.status !== 'active' && agreement.status !== 'draft') return []
  if (agreement.subProcessorAuthorisation !== 'general') return []
  if (agreement.objectionWindowDays !== null && agreement.objectionWindowDays > 0) return []
  return [
    aboutEntity(
      {
        code: 'processors/no-objection-procedure',
        check: 17,
        article: 'Art 28(2)',
        severity: 'high',
        message: {
          sv: 'Allmänt godkännande av underbiträden utan förfarande för information och invändning.',
          en: 'General authorisation of sub-processors without a notice and objection procedure.',
        },
        fix: {
          sv: 'Avtala att biträdet informerar i förväg och ange hur många dagar vi har att invända (ofta 30).',
          en: 'Agree that the processor gives advance notice, and record how many days we have to object (often 30).',
        },
      },
      agreement.id,
    ),
  ]
}

/** Check 18: an undecided sub-processor whose objection deadline is within 7 days (high) or has passed. */
export function checkObjectionDeadlines(agreement: AgreementForChecks, today: string): Finding[] {
  if (agreement.status !== 'active') return []
  return pendingObjections(agreement, today).map(({ subProcessor: sp, deadline, daysLeft }) =>
    aboutEntity(
      {
        code: daysLeft < 0 ? 'processors/objection-deadline-passed' : 'processors/objection-deadline-near',
        check: 18,
        article: 'Art 28(2)',
        severity: daysLeft < 0 ? 'medium' : 'high',
        message: {
          sv: `Underbiträdet ${sp.name}: sista dag att invända ${deadline}, inget beslut fattat.`,
          en: `Sub-processor ${sp.name}: last day to object ${deadline}, no decision taken.`,
        },
        fix: {
          sv: 'Bedöm underbiträdet och registrera godkännande eller invändning.',
          en: 'Assess the sub-processor and record acceptance or objection.',
        },
      },
      agreement.id,
    ),
  )
}

/** Checks 15–18 over all vendors, agreements and (optionally) register activities. */
export function checkProcessorAgreements(
  input: {
    vendors: readonly VendorForAgreements[]
    agreements: readonly AgreementForChecks[]
    activities?: readonly ActivityForAgreements[]
  },
  today: string,
): Finding[] {
  return [
    ...findProcessorsWithoutAgreement(input, today),
    ...input.agreements.flatMap((a) => [
      ...checkAgreementClauses(a),
      ...checkSubProcessorProcedure(a),
      ...checkObjectionDeadlines(a, today),
    ]),
  ]
}
