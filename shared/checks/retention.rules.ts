/**
 * Retention periods against the laws that set them (domain-reference §7). Where a retention rule names a law
 * whose own period is known, a longer period is storage beyond what that law requires (Art 5(1)(e)): the law
 * is a reason to keep the data that long, not longer.
 */
import { ISO_PERIOD, type RetentionRule } from '../register'

/** A statute with a known retention period, recognised in a rule's legal reference. */
export interface LegalRetentionLimit {
  /** How the statute is named to the DPO. */
  law: string
  /** What the law requires, for the message. */
  requirement: { sv: string; en: string }
  /** Longest period, in months, the law can justify counted from the rule's trigger. */
  maxMonths: number
  matches: RegExp
}

/**
 * The statutes domain-reference §7 gives a period for. Bokföringslagen keeps räkenskapsinformation to the end of
 * the seventh calendar year after the financial year ended, so counted from the end of a financial year it can
 * never need eight years; the old ten-year rule ended on 1 Jan 2011. The others give their outer bound.
 */
export const LEGAL_RETENTION_LIMITS: readonly LegalRetentionLimit[] = [
  {
    law: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    requirement: {
      sv: 'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
      en: 'until the end of the seventh year after the calendar year in which the financial year ended',
    },
    maxMonths: 8 * 12,
    matches: /bokföringslag|1999:1078/i,
  },
  {
    law: 'Penningtvättslagen (2017:630) 5 kap. 3 §',
    requirement: { sv: 'fem år, i vissa fall högst tio', en: 'five years, in some cases at most ten' },
    maxMonths: 10 * 12,
    matches: /penningtvätt|2017:630/i,
  },
  {
    law: 'Preskriptionslagen (1981:130)',
    requirement: { sv: 'tio år (tre år mot konsument)', en: 'ten years (three against consumers)' },
    maxMonths: 10 * 12,
    matches: /preskriptionslag|1981:130/i,
  },
]

/** The length of an ISO-8601 period (`P7Y`, `P18M`, `P1Y6M`, `P90D`) in months; null when empty or not one. */
export function periodMonths(period: string): number | null {
  if (period === '' || !ISO_PERIOD.test(period)) return null
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(period)
  if (!m) return null
  const [years, months, days] = [m[1], m[2], m[3]].map((x) => Number(x ?? 0)) as [number, number, number]
  return years * 12 + months + days / 30.4375
}

/** True when the rule says how long, or by what criterion, the data is kept (CNIL: "a period or the criteria"). */
export function hasRetention(rule: Pick<RetentionRule, 'period' | 'criterion'>): boolean {
  return rule.period.trim() !== '' || rule.criterion.trim() !== ''
}

/** The statute a rule refers to and whose period it exceeds, or null when it does not or it cannot be told. */
export function exceededLegalLimit(rule: Pick<RetentionRule, 'period' | 'legalReference'>): LegalRetentionLimit | null {
  // The reference first: most rules cite no law, and the period need not be parsed for them.
  if (rule.legalReference.trim() === '') return null
  const limit = LEGAL_RETENTION_LIMITS.find((l) => l.matches.test(rule.legalReference))
  const months = limit ? periodMonths(rule.period) : null
  return limit && months !== null && months > limit.maxMonths ? limit : null
}
