/**
 * Bokföringslagen (1999:1078) 7 kap. 2 §: räkenskapsinformation is kept "until and including the seventh year
 * after the end of the calendar year in which the financial year ended" (domain-reference §7). The period runs
 * from the calendar year of the fiscal year's end, not from the document's date: an invoice of 3 Feb 2025 in a
 * calendar fiscal year is kept until 31 Dec 2032, not 3 Feb 2032.
 */
import { daysInMonth, formatIsoDate, parseIsoDate } from '../deadlines'

/** How the register names the rule, so the form and the notice can recognise it. */
export const BOOKKEEPING_REFERENCE = 'Bokföringslagen (1999:1078) 7 kap. 2 §'

/** Seven years since 1 Jan 2011; ten before (domain-reference §7). */
export const BOOKKEEPING_YEARS = 7
/** The earlier period, for fiscal years that ended before the change took effect. */
export const BOOKKEEPING_YEARS_BEFORE_2011 = 10

// Recognises the rule in free text: the act's name or number, or the chapter and section, in Swedish or English.
const BOOKKEEPING_TEXT = /bokföringslag|1999:1078|7\s*kap\.?\s*2\s*§|bookkeeping act|accounting act/i

/** Whether a retention rule's reference or criterion names bokföringslagen 7 kap. 2 §. */
export function mentionsBookkeepingAct(...texts: readonly string[]): boolean {
  return texts.some((t) => BOOKKEEPING_TEXT.test(t))
}

/**
 * The last day räkenskapsinformation must be kept: 31 December of the seventh year after the calendar year in
 * which the fiscal year ended. FY 2025 → 2032-12-31; FY 1 Jul 2025–30 Jun 2026 → 2033-12-31.
 */
export function bookkeepingKeepUntil(fiscalYearEnd: string): string {
  const { year } = parseIsoDate(fiscalYearEnd)
  // Transitional reading (unverified, domain-reference §7 only says "before 10"): a fiscal year that ended before
  // 2011 keeps the old ten years. Either reading has expired by now (31 Dec 2020 at the latest).
  const years = fiscalYearEnd < '2011-01-01' ? BOOKKEEPING_YEARS_BEFORE_2011 : BOOKKEEPING_YEARS
  return formatIsoDate({ year: year + years, month: 12, day: 31 })
}

/**
 * The last day of the fiscal year a date falls in, for a fiscal year starting on the first of `firstMonth`
 * (1 = calendar year; 7 = 1 Jul–30 Jun; 5 = 1 May–30 Apr).
 */
export function fiscalYearEndOf(date: string, firstMonth = 1): string {
  if (!Number.isInteger(firstMonth) || firstMonth < 1 || firstMonth > 12) {
    throw new RangeError(`First month of the fiscal year must be 1–12: ${firstMonth}`)
  }
  const { year, month } = parseIsoDate(date)
  if (firstMonth === 1) return formatIsoDate({ year, month: 12, day: 31 })
  const lastMonth = firstMonth - 1
  // From the first month on, the date belongs to the fiscal year ending next calendar year.
  const endYear = month >= firstMonth ? year + 1 : year
  return formatIsoDate({ year: endYear, month: lastMonth, day: daysInMonth(endYear, lastMonth) })
}

/** How long a document dated `date` is kept under 7 kap. 2 §, given when the organisation's fiscal year starts. */
export function bookkeepingKeepUntilForDocument(date: string, firstMonthOfFiscalYear = 1): string {
  return bookkeepingKeepUntil(fiscalYearEndOf(date, firstMonthOfFiscalYear))
}
