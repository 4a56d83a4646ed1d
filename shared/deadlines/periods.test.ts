import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysBetween, fromDayNumber, toDayNumber } from './calendar-date'
import {
  addMonthsSameDate,
  dayDeadline,
  dayDeadlineReadings,
  monthDeadline,
  monthDeadlineReadings,
  weekDeadline,
} from './periods'
import { isWorkingDay } from './swedish-holidays'
import { EVES_READING, STRICT_READING, rollForwardToWorkingDay } from './working-days'

describe('addMonthsSameDate (1182/71 Art 3(2)(c))', () => {
  it.each([
    ['2026-03-10', 1, '2026-04-10'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2100-01-31', 1, '2100-02-28'], // not a leap year (÷100)
    ['2000-01-31', 1, '2000-02-29'], // leap year (÷400)
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-10-31', 14, '2027-12-31'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsSameDate(date, months)).toBe(expected)
  })

  it('rejects fractions of a month', () => {
    expect(() => addMonthsSameDate('2026-01-01', 1.5)).toThrow(RangeError)
    expect(() => monthDeadline('2026-01-01', 0)).toThrow(RangeError)
  })
})

describe('monthDeadline: the domain-reference §6.3 table', () => {
  it('Tue 10 Mar 2026 → Fri 10 Apr 2026 (working day)', () => {
    const d = monthDeadline('2026-03-10', 1)
    expect([d.nominal, d.due, d.skipped.length, d.clampedToMonthEnd]).toEqual(['2026-04-10', '2026-04-10', 0, false])
    expect(d.why.en).toBe('Fri 10 Apr 2026 is a working day')
    expect(d.why.sv).toBe('fre 10 apr 2026 är en arbetsdag')
  })

  it('Sat 31 Jan 2026 → nominal Sat 28 Feb → Mon 2 Mar 2026 (no 31 Feb; Saturday)', () => {
    const d = monthDeadline('2026-01-31', 1)
    expect([d.nominal, d.due, d.clampedToMonthEnd]).toEqual(['2026-02-28', '2026-03-02', true])
    expect(d.skipped.map((s) => s.reason)).toEqual(['saturday', 'sunday'])
    expect(d.why.en).toBe(
      'no 31 February 2026: last day of the month; Sat 28 Feb 2026: Saturday; Sun 1 Mar 2026: Sunday → Mon 2 Mar 2026',
    )
    expect(d.why.sv).toContain('31 februari 2026 finns inte')
  })

  it('Fri 6 Mar 2026 → nominal Mon 6 Apr → Tue 7 Apr 2026 (annandag påsk)', () => {
    const d = monthDeadline('2026-03-06', 1)
    expect([d.nominal, d.due]).toEqual(['2026-04-06', '2026-04-07'])
    expect(d.skipped).toEqual([
      { date: '2026-04-06', reason: 'public_holiday', name: { sv: 'Annandag påsk', en: 'Easter Monday' } },
    ])
  })

  it('Tue 19 May 2026 → Fri 19 Jun (strict) / Mon 22 Jun (eves count)', () => {
    const r = monthDeadlineReadings('2026-05-19', 1)
    expect(r.strict.due).toBe('2026-06-19')
    expect(r.withEves.due).toBe('2026-06-22')
    expect(r.withEves.skipped.map((s) => s.name?.sv ?? s.reason)).toEqual([
      'Midsommarafton',
      'Midsommardagen',
      'sunday',
    ])
    expect(r.earliest).toBe(r.strict)
  })

  it('Wed 25 Nov 2026 → nominal Fri 25 Dec → Mon 28 Dec 2026 (juldagen, annandag jul, Sunday)', () => {
    const d = monthDeadline('2026-11-25', 1)
    expect([d.nominal, d.due]).toEqual(['2026-12-25', '2026-12-28'])
    expect(d.skipped.map((s) => s.name?.sv ?? s.reason)).toEqual(['Juldagen', 'Annandag jul', 'sunday'])
  })

  it('Tue 10 Mar 2026 extended (+3 months) → Wed 10 Jun 2026', () => {
    const d = monthDeadline('2026-03-10', 3)
    expect([d.nominal, d.due]).toEqual(['2026-06-10', '2026-06-10'])
  })
})

describe('monthDeadline: month ends, leap years, holidays', () => {
  it.each([
    // received, months, nominal, due, why
    ['2028-01-31', 1, '2028-02-29', '2028-02-29', 'leap day 2028 is a Tuesday'],
    ['2000-01-31', 1, '2000-02-29', '2000-02-29', 'leap day 2000 is a Tuesday'],
    ['2100-01-31', 1, '2100-02-28', '2100-03-01', '2100 is no leap year; 28 Feb 2100 is a Sunday'],
    ['2026-01-30', 1, '2026-02-28', '2026-03-02', 'clamped and rolled'],
    ['2026-03-31', 1, '2026-04-30', '2026-04-30', '30 April 2026 is a Thursday'],
    ['2026-11-30', 3, '2027-02-28', '2027-03-01', 'extended, clamped, Sunday'],
    ['2026-12-01', 1, '2027-01-01', '2027-01-04', 'nyårsdagen Friday, weekend'],
    ['2027-12-01', 1, '2028-01-01', '2028-01-03', 'nyårsdagen Saturday'],
    ['2026-12-06', 1, '2027-01-06', '2027-01-07', 'trettondedag jul'],
    ['2026-04-01', 1, '2026-05-01', '2026-05-04', 'första maj Friday'],
    ['2026-04-14', 1, '2026-05-14', '2026-05-15', 'Kristi himmelsfärds dag'],
    ['2026-05-06', 1, '2026-06-06', '2026-06-08', 'nationaldagen Saturday'],
    ['2026-09-30', 1, '2026-10-30', '2026-10-30', 'Friday before alla helgons dag'],
    ['2027-10-06', 1, '2027-11-06', '2027-11-08', 'alla helgons dag 2027'],
    ['2025-03-18', 1, '2025-04-18', '2025-04-22', 'långfredagen 2025 → Tuesday after Easter'],
    ['2026-03-03', 1, '2026-04-03', '2026-04-07', 'långfredagen 2026'],
    ['2027-02-26', 1, '2027-03-26', '2027-03-30', 'långfredagen 2027'],
    ['2028-03-14', 1, '2028-04-14', '2028-04-18', 'långfredagen 2028'],
    ['2029-03-02', 1, '2029-04-02', '2029-04-03', 'annandag påsk 2029'],
    ['2029-04-10', 1, '2029-05-10', '2029-05-11', 'Kristi himmelsfärds dag 2029'],
    ['2030-03-19', 1, '2030-04-19', '2030-04-23', 'långfredagen 2030'],
  ])('received %s + %i month(s): nominal %s, due %s (%s)', (received, months, nominal, due) => {
    const d = monthDeadline(received, months)
    expect(d.nominal).toBe(nominal)
    expect(d.due).toBe(due)
  })

  it('moves past julafton and nyårsafton only in the eves reading', () => {
    const christmas = monthDeadlineReadings('2026-11-24', 1)
    expect([christmas.strict.due, christmas.withEves.due]).toEqual(['2026-12-24', '2026-12-28'])
    const newYear = monthDeadlineReadings('2025-10-31', 2) // nominal Wed 31 Dec 2025
    expect([newYear.strict.nominal, newYear.strict.due, newYear.withEves.due]).toEqual([
      '2025-12-31',
      '2025-12-31',
      '2026-01-02',
    ])
    expect(newYear.earliest.due).toBe('2025-12-31')
  })
})

describe('week and day periods', () => {
  it('a period in weeks ends on the same weekday (Art 3(2)(b)), rolled forward', () => {
    expect(weekDeadline('2026-03-10', 4).due).toBe('2026-04-07') // Tue → Tue
    expect(weekDeadline('2026-03-13', 3).due).toBe('2026-04-07') // Fri 3 Apr långfredagen → Tue 7 Apr
    expect(weekDeadline('2026-12-11', 2, EVES_READING).due).toBe('2026-12-28') // julafton Thursday
  })

  it('a period in days does not count the start day and rolls a weekend forward', () => {
    expect(dayDeadline('2026-03-10', 10).due).toBe('2026-03-20')
    expect(dayDeadline('2026-03-10', 11).due).toBe('2026-03-23') // Sat → Mon
  })

  it('guarantees two working days in a period of two days or more (Art 3(5))', () => {
    // Wed 23 Dec 2026 + 2 days: 25 Dec juldagen → Mon 28 Dec; strictly 24 and 28 Dec are two working days.
    const strict = dayDeadline('2026-12-23', 2)
    expect([strict.due, strict.extendedForTwoWorkingDays]).toEqual(['2026-12-28', false])
    // With julafton not a working day only 28 Dec is left, so the period runs to Tue 29 Dec.
    const eves = dayDeadline('2026-12-23', 2, EVES_READING)
    expect([eves.due, eves.extendedForTwoWorkingDays]).toEqual(['2026-12-29', true])
    expect(eves.why.en).toContain('Art 3(5)')
    // Thu 2 Apr 2026 + 2 days: Sat 4 → Tue 7 Apr, but only 7 Apr is a working day (3 Apr långfredagen) → Wed 8 Apr.
    expect(dayDeadlineReadings('2026-04-02', 2).strict.due).toBe('2026-04-08')
  })
})

describe('monthDeadline properties (1000 runs, seed 42)', () => {
  const dayNumber = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') })
  const readings = fc.constantFrom(STRICT_READING, EVES_READING)

  it('due is never before nominal, is a working day and is at most 5 days later', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 1, max: 14 }), readings, (n, months, options) => {
        const d = monthDeadline(fromDayNumber(n), months, options)
        const slack = daysBetween(d.nominal, d.due)
        expect(slack).toBeGreaterThanOrEqual(0)
        expect(slack).toBeLessThanOrEqual(5)
        expect(isWorkingDay(d.due, options)).toBe(true)
        expect(rollForwardToWorkingDay(d.due, options)).toBe(d.due)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('is monotone in the received date', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 0, max: 60 }), readings, (n, gap, options) => {
        const earlier = monthDeadline(fromDayNumber(n), 1, options)
        const later = monthDeadline(fromDayNumber(n + gap), 1, options)
        expect(earlier.due <= later.due).toBe(true)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('strict is never later than the eves reading, and earliest is the strict one', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 1, max: 3 }), (n, months) => {
        const r = monthDeadlineReadings(fromDayNumber(n), months)
        expect(r.strict.due <= r.withEves.due).toBe(true)
        expect(r.earliest.due).toBe(r.strict.due)
        expect(r.strict.nominal).toBe(r.withEves.nominal)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('day periods of two days or more always contain two working days', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 2, max: 40 }), readings, (n, days, options) => {
        const d = dayDeadline(fromDayNumber(n), days, options)
        expect(d.due >= d.nominal).toBe(true)
        expect(isWorkingDay(d.due, options)).toBe(true)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
