import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from './calendar-date'

describe('calendar dates', () => {
  it('knows the Gregorian leap years: 2000 and 2028 are, 2100 and 2026 are not', () => {
    expect([2000, 2028, 2100, 2026, 1900, 2400].map(isLeapYear)).toEqual([true, true, false, false, false, true])
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2026, 4)).toBe(30)
    expect(daysInMonth(2026, 12)).toBe(31)
  })

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true)
    expect(isIsoDate('2028-02-29')).toBe(true)
    for (const bad of [
      '2026-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-4-1',
      '2026-04-01T00:00',
      '',
      '1500-01-01',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false)
    }
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError)
  })

  it('names weekdays correctly (0 = Sunday)', () => {
    expect(weekdayOf('1970-01-01')).toBe(4)
    expect(weekdayOf('2026-03-10')).toBe(2) // Tue, domain-reference §6.3 row 1
    expect(weekdayOf('2026-01-31')).toBe(6)
    expect(weekdayOf('2100-02-28')).toBe(0)
    expect(weekdayOf('1900-01-01')).toBe(1)
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
  })

  it('round-trips every date between 1900 and 2200 through its day number', () => {
    const lo = toDayNumber('1900-01-01')
    const hi = toDayNumber('2200-12-31')
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (n) => {
        const date = fromDayNumber(n)
        expect(isIsoDate(date)).toBe(true)
        expect(toDayNumber(date)).toBe(n)
        expect(formatIsoDate(parseIsoDate(date))).toBe(date)
        expect(weekdayOf(addDays(date, 7))).toBe(weekdayOf(date))
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
