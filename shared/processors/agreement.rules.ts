/**
 * Rules on a processor agreement: the outcome of a clause review (domain-reference §3.2–3.4), whether the
 * agreement is in force, and the reminders the DPO needs (expiry, notice, review, sub-processor objections).
 * Every rule that depends on the date takes `today` (ISO `YYYY-MM-DD`).
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns'
import type { Localised } from '../transfers'
import {
  EXTRA_CLAUSE_KEYS,
  MANDATORY_CLAUSE_KEYS,
  type AgreementReview,
  type ClauseAssessment,
  type ClauseKey,
  type ProcessorAgreementFields,
  type ReviewOutcome,
  type SubProcessor,
} from './agreement.schema'
import { clauseEntry } from './clause-catalogue'

/** The controller's own deadline to notify IMY (Art 33(1)); a processor deadline beyond it cannot work. */
export const MAX_BREACH_NOTICE_HOURS = 72
/** Warn this many days before an agreement expires or its notice deadline passes. */
export const EXPIRY_WARNING_DAYS = 90
/** Warn this many days before a sub-processor objection window closes (check 18). */
export const OBJECTION_WARNING_DAYS = 7

/** What is wrong with one clause of a review. */
export type ClauseProblem =
  'missing' | 'partial' | 'unexplained_not_applicable' | 'breach_notice_too_long' | 'breach_notice_hours_unstated'

/** One clause that keeps a review from being plainly acceptable. */
export interface ClauseGap {
  key: ClauseKey
  mandatory: boolean
  problem: ClauseProblem
}

/** A mandatory clause's problem: missing, partial, or "not applicable" with no reason given. */
function mandatoryProblem(a: ClauseAssessment): ClauseProblem | null {
  if (a.status === 'missing') return 'missing'
  if (a.status === 'partial') return 'partial'
  if (a.status === 'not_applicable' && a.comment.trim() === '') return 'unexplained_not_applicable'
  return null
}

/** The breach-notice clause's own problems beyond missing/partial: no hours stated, or more than 72. */
function breachNoticeProblems(b: AgreementReview['extras']['breach_notice_hours']): ClauseProblem[] {
  if (b.status !== 'present' && b.status !== 'partial') return []
  if (b.hours === null) return ['breach_notice_hours_unstated']
  return b.hours > MAX_BREACH_NOTICE_HOURS ? ['breach_notice_too_long'] : []
}

/** Every clause gap of a review, mandatory clauses first, in catalogue order. */
export function clauseGaps(review: AgreementReview): ClauseGap[] {
  const mandatory = MANDATORY_CLAUSE_KEYS.flatMap((key): ClauseGap[] => {
    const problem = mandatoryProblem(review.clauses[key])
    return problem ? [{ key, mandatory: true, problem }] : []
  })
  const extras = EXTRA_CLAUSE_KEYS.flatMap((key): ClauseGap[] => {
    const a = review.extras[key]
    const problems: ClauseProblem[] = a.status === 'missing' || a.status === 'partial' ? [a.status] : []
    if (key === 'breach_notice_hours') problems.push(...breachNoticeProblems(review.extras.breach_notice_hours))
    return problems.map((problem) => ({ key, mandatory: false, problem }))
  })
  return [...mandatory, ...extras]
}

/** True when the gap alone makes the agreement unacceptable: a statutory clause absent or unexplained. */
export function isBlockingGap(gap: ClauseGap): boolean {
  return gap.mandatory && (gap.problem === 'missing' || gap.problem === 'unexplained_not_applicable')
}

/** The sentence explaining one gap, naming the clause and its article. */
export function describeClauseGap(gap: ClauseGap, review?: AgreementReview): Localised {
  const { label, article } = clauseEntry(gap.key)
  const sv = `${label.sv} (${article})`
  const en = `${label.en} (${article})`
  const hours = review?.extras.breach_notice_hours.hours ?? null
  switch (gap.problem) {
    case 'missing':
      return { sv: `${sv} saknas.`, en: `${en} is missing.` }
    case 'partial':
      return { sv: `${sv} är bara delvis uppfyllt.`, en: `${en} is only partly covered.` }
    case 'unexplained_not_applicable':
      return {
        sv: `${sv} är markerat som ej tillämpligt utan motivering.`,
        en: `${en} is marked not applicable without a reason.`,
      }
    case 'breach_notice_too_long':
      return {
        sv: `Biträdet har ${hours ?? '?'} timmar på sig att rapportera incidenter – mer än de 72 timmar vi själva har mot IMY.`,
        en: `The processor has ${hours ?? '?'} hours to report breaches – more than the 72 hours we have towards IMY.`,
      }
    case 'breach_notice_hours_unstated':
      return { sv: `${sv}: antal timmar är inte angivet.`, en: `${en}: the number of hours is not recorded.` }
  }
}

/**
 * The outcome of a review: not acceptable when a mandatory clause is missing or marked not applicable without
 * a reason; acceptable with remarks when a mandatory clause is partial, an extra is missing or partial, or the
 * breach-notice deadline exceeds 72 hours or is unstated; acceptable otherwise.
 */
export function deriveReviewOutcome(review: AgreementReview): { outcome: ReviewOutcome; reasons: Localised[] } {
  const gaps = clauseGaps(review)
  const reasons = gaps.map((g) => describeClauseGap(g, review))
  if (gaps.some(isBlockingGap)) return { outcome: 'not_acceptable', reasons }
  return { outcome: gaps.length > 0 ? 'acceptable_with_remarks' : 'acceptable', reasons }
}

/** The most recent review (by reviewedOn; the later entry wins a tie), or null when never reviewed. */
export function latestReview(agreement: Pick<ProcessorAgreementFields, 'reviews'>): AgreementReview | null {
  return agreement.reviews.reduce<AgreementReview | null>(
    (latest, r) => (latest === null || r.reviewedOn >= latest.reviewedOn ? r : latest),
    null,
  )
}

type AgreementDates = Pick<ProcessorAgreementFields, 'status' | 'effectiveOn' | 'expiresOn'>

/** True when the agreement binds the processor today: active, started, not past its end date. */
export function isAgreementInForce(agreement: AgreementDates, today: string): boolean {
  return (
    agreement.status === 'active' &&
    (agreement.effectiveOn === null || agreement.effectiveOn <= today) &&
    (agreement.expiresOn === null || today <= agreement.expiresOn)
  )
}

/** `date` plus `days` calendar days, as `YYYY-MM-DD`. */
export const addDaysIso = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd')
/** Calendar days from `today` to `date`: 0 on the day, negative once past. */
export const daysUntil = (today: string, date: string): number =>
  differenceInCalendarDays(parseISO(date), parseISO(today))

/** The last day to object to a sub-processor: as recorded, else notice date plus the contractual window. */
export function objectionDeadlineOf(
  sp: Pick<SubProcessor, 'objectionDeadline' | 'notifiedOn'>,
  agreement: Pick<ProcessorAgreementFields, 'objectionWindowDays'>,
): string | null {
  if (sp.objectionDeadline !== null) return sp.objectionDeadline
  if (sp.notifiedOn === null || agreement.objectionWindowDays === null) return null
  return addDaysIso(sp.notifiedOn, agreement.objectionWindowDays)
}

/** An undecided sub-processor with its deadline and the days left (negative when passed). */
export interface PendingObjection {
  subProcessor: SubProcessor
  deadline: string
  daysLeft: number
}

/** Undecided sub-processors whose objection deadline is within the warning window or already passed. */
export function pendingObjections(
  agreement: Pick<ProcessorAgreementFields, 'subProcessors' | 'objectionWindowDays'>,
  today: string,
): PendingObjection[] {
  return agreement.subProcessors.flatMap((sp) => {
    const deadline = sp.decision === 'pending' ? objectionDeadlineOf(sp, agreement) : null
    if (deadline === null) return []
    const daysLeft = daysUntil(today, deadline)
    return daysLeft <= OBJECTION_WARNING_DAYS ? [{ subProcessor: sp, deadline, daysLeft }] : []
  })
}
