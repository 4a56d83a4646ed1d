import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bookkeepingKeepUntil,
  bookkeepingKeepUntilForDocument,
  fiscalYearEndOf,
  mentionsBookkeepingAct,
} from './bookkeeping.rules'

// domain-reference §7 worked examples.
describe('bokföringslagen 7 kap. 2 §', () => {
  it('keeps a calendar fiscal year 2025 until 31 Dec 2032', () => {
    expect(bookkeepingKeepUntil('2025-12-31')).toBe('2032-12-31')
  })
  it('keeps FY 1 Jul 2025–30 Jun 2026 until 31 Dec 2033', () => {
    expect(bookkeepingKeepUntil('2026-06-30')).toBe('2033-12-31')
  })
  it('keeps FY 1 May 2024–30 Apr 2025 until 31 Dec 2032', () => {
    expect(bookkeepingKeepUntil('2025-04-30')).toBe('2032-12-31')
  })
  it('keeps an invoice of 3 Feb 2025 in FY 2025 until 31 Dec 2032, not 3 Feb 2032', () => {
    expect(bookkeepingKeepUntilForDocument('2025-02-03')).toBe('2032-12-31')
  })
  it('counts a document by the fiscal year it belongs to, across broken fiscal years', () => {
    // FY 1 Jul–30 Jun: February 2026 belongs to FY 2025/26, which ends 30 Jun 2026.
    expect(bookkeepingKeepUntilForDocument('2026-02-03', 7)).toBe('2033-12-31')
    // …and August 2025 to the same fiscal year.
    expect(bookkeepingKeepUntilForDocument('2025-08-15', 7)).toBe('2033-12-31')
    // FY 1 May–30 Apr: 30 Apr 2025 closes FY 2024/25, 1 May 2025 opens FY 2025/26.
    expect(bookkeepingKeepUntilForDocument('2025-04-30', 5)).toBe('2032-12-31')
    expect(bookkeepingKeepUntilForDocument('2025-05-01', 5)).toBe('2033-12-31')
  })
  it('used ten years for fiscal years that ended before 2011', () => {
    expect(bookkeepingKeepUntil('2010-12-31')).toBe('2020-12-31')
    expect(bookkeepingKeepUntil('2011-06-30')).toBe('2018-12-31')
  })
  it('always ends on a 31 December, seven years after the fiscal year’s end year', () => {
    const date = fc
      .date({ min: new Date('2011-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), (d, firstMonth) => {
        const end = fiscalYearEndOf(d, firstMonth)
        expect(end >= d).toBe(true)
        const keep = bookkeepingKeepUntil(end)
        expect(keep).toBe(`${Number(end.slice(0, 4)) + 7}-12-31`)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('fiscalYearEndOf', () => {
  it('finds the end of the fiscal year a date is in', () => {
    expect(fiscalYearEndOf('2025-02-03')).toBe('2025-12-31')
    expect(fiscalYearEndOf('2025-07-01', 7)).toBe('2026-06-30')
    expect(fiscalYearEndOf('2025-06-30', 7)).toBe('2025-06-30')
    expect(fiscalYearEndOf('2027-12-01', 3)).toBe('2028-02-29')
  })
  it('refuses a first month outside 1–12', () => {
    expect(() => fiscalYearEndOf('2025-01-01', 13)).toThrow(RangeError)
  })
})

describe('mentionsBookkeepingAct', () => {
  it('recognises the act by name, number or chapter and section', () => {
    expect(mentionsBookkeepingAct('Bokföringslagen (1999:1078) 7 kap. 2 §')).toBe(true)
    expect(mentionsBookkeepingAct('', 'enligt BFL 7 kap 2 §')).toBe(true)
    expect(mentionsBookkeepingAct('Swedish Bookkeeping Act')).toBe(true)
    expect(mentionsBookkeepingAct('Penningtvättslagen (2017:630)')).toBe(false)
  })
})
