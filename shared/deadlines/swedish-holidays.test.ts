import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, formatIsoDate, weekdayOf } from './calendar-date'
import {
  easterSunday,
  evesOf,
  holidaysOf,
  isEve,
  isPublicHoliday,
  isWorkingDay,
  publicHolidayOn,
} from './swedish-holidays'

/** Gauss's Easter algorithm with its two exceptions: an independent oracle for the Meeus computus. */
function gaussEaster(year: number): string {
  const a = year % 19
  const b = year % 4
  const c = year % 7
  const k = Math.floor(year / 100)
  const p = Math.floor((13 + 8 * k) / 25)
  const q = Math.floor(k / 4)
  const M = (15 - p + k - q) % 30
  const N = (4 + k - q) % 7
  const d = (19 * a + M) % 30
  const e = (2 * b + 4 * c + 6 * d + N) % 7
  let day = 22 + d + e // in March; > 31 spills into April
  if (d === 29 && e === 6) day = 19 + 31
  else if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) day = 18 + 31
  return day > 31 ? formatIsoDate({ year, month: 4, day: day - 31 }) : formatIsoDate({ year, month: 3, day })
}

const datesOf = (year: number): string[] => holidaysOf(year).map((h) => h.date)

describe('Easter by the Gregorian computus', () => {
  it('matches the published Swedish påskdagen 2025–2030 (domain-reference §6.4)', () => {
    const published = ['2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21']
    expect([2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual(published)
  })

  it('gets the extreme and centennial years right', () => {
    expect(easterSunday(1943)).toBe('1943-04-25') // latest possible
    expect(easterSunday(2038)).toBe('2038-04-25')
    expect(easterSunday(2008)).toBe('2008-03-23')
    expect(easterSunday(1900)).toBe('1900-04-15')
    expect(easterSunday(2000)).toBe('2000-04-23')
  })

  it('is a Sunday between 22 March and 25 April and agrees with Gauss for every year 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year)
      expect(weekdayOf(easter), easter).toBe(0)
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`, easter).toBe(true)
      expect(easter, String(year)).toBe(gaussEaster(year))
    }
  })
})

describe('allmänna helgdagar (lag 1989:253)', () => {
  it('lists 2026 exactly as published (domain-reference §6.4)', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-06-06',
      '2026-06-20',
      '2026-10-31',
      '2026-12-25',
      '2026-12-26',
    ])
    expect(evesOf(2026).map((e) => e.date)).toEqual(['2026-06-19', '2026-12-24', '2026-12-31'])
  })

  it('lists 2027 exactly as published (domain-reference §6.4)', () => {
    expect(datesOf(2027)).toEqual([
      '2027-01-01',
      '2027-01-06',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-06-06',
      '2027-06-26',
      '2027-11-06',
      '2027-12-25',
      '2027-12-26',
    ])
  })

  it.each([
    [2025, '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-21', '2025-11-01'],
    [2028, '2028-04-14', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-24', '2028-11-04'],
    [2029, '2029-03-30', '2029-04-02', '2029-05-10', '2029-05-20', '2029-06-23', '2029-11-03'],
    [2030, '2030-04-19', '2030-04-22', '2030-05-30', '2030-06-09', '2030-06-22', '2030-11-02'],
  ])(
    'moves the Easter-based and Saturday holidays in %i',
    (year, goodFriday, easterMonday, ascension, whitSunday, midsummer, allSaints) => {
      const byCode = new Map(holidaysOf(year).map((h) => [h.code, h.date]))
      expect(byCode.get('good_friday')).toBe(goodFriday)
      expect(byCode.get('easter_monday')).toBe(easterMonday)
      expect(byCode.get('ascension_day')).toBe(ascension)
      expect(byCode.get('whit_sunday')).toBe(whitSunday)
      expect(byCode.get('midsummer_day')).toBe(midsummer)
      expect(byCode.get('all_saints_day')).toBe(allSaints)
    },
  )

  it('models the 2005 change: annandag pingst until 2004, nationaldagen from 2005', () => {
    const codes = (y: number): string[] => holidaysOf(y).map((h) => h.code)
    expect(codes(2004)).toContain('whit_monday')
    expect(codes(2004)).not.toContain('national_day')
    expect(publicHolidayOn('2004-05-31')?.code).toBe('whit_monday') // Easter 2004 was 11 April
    expect(isPublicHoliday('2004-06-07')).toBe(false) // 6 June 2004 was a Sunday; no Monday holiday
    expect(codes(2005)).toContain('national_day')
    expect(codes(2005)).not.toContain('whit_monday')
    expect(isWorkingDay('2005-05-16')).toBe(true) // the first annandag pingst that was a working day
    expect(isPublicHoliday('2005-06-06')).toBe(true)
  })

  it('places midsommardagen on the Saturday 20–26 June and alla helgons dag on the Saturday 31 Oct–6 Nov, 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const byCode = new Map(holidaysOf(year).map((h) => [h.code, h.date]))
      const midsummer = byCode.get('midsummer_day') ?? ''
      const allSaints = byCode.get('all_saints_day') ?? ''
      expect(weekdayOf(midsummer)).toBe(6)
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`).toBe(true)
      expect(weekdayOf(allSaints)).toBe(6)
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true)
      const midsummerEve = evesOf(year)[0]?.date ?? ''
      expect(midsummerEve).toBe(addDays(midsummer, -1))
      expect(weekdayOf(midsummerEve)).toBe(5)
    }
  })

  it('names holidays in Swedish and English', () => {
    expect(publicHolidayOn('2026-04-06')?.name).toEqual({ sv: 'Annandag påsk', en: 'Easter Monday' })
    expect(publicHolidayOn('2026-12-24')).toBeNull()
    expect(publicHolidayOn('2026-03-08')).toBeNull() // a plain Sunday has no name…
    expect(isPublicHoliday('2026-03-08')).toBe(true) // …but is an allmän helgdag
  })

  it('treats the eves as working days only under the strict reading', () => {
    for (const eve of ['2026-06-19', '2026-12-24', '2026-12-31']) {
      expect(isPublicHoliday(eve)).toBe(false)
      expect(isEve(eve)).toBe(true)
      expect(isWorkingDay(eve)).toBe(true)
      expect(isWorkingDay(eve, { eves: true })).toBe(false)
    }
    expect(isWorkingDay('2026-03-07')).toBe(false) // Saturday
    expect(isWorkingDay('2026-04-03')).toBe(false) // långfredagen
    expect(isWorkingDay('2026-03-10')).toBe(true)
  })

  it('never calls a holiday a working day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 12 }), (year, i) => {
        const h = holidaysOf(year)[i]
        expect(h).toBeDefined()
        if (h) expect(isWorkingDay(h.date)).toBe(false)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
