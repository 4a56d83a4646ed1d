/**
 * Swedish public holidays (allmänna helgdagar) under lag (1989:253) om allmänna helgdagar as amended by SFS 2004:1320,
 * and the three eves that lag (1930:173) treats like holidays. Regulation 1182/71 Art 2 takes the public holidays of
 * the Member State where the act is done, so these decide when a Swedish controller's deadline rolls forward.
 * domain-reference §6.3, §6.4
 */
import { addDays, formatIsoDate, parseIsoDate, weekdayOf } from './calendar-date'
import type { LocalizedText } from './localized-text'

/** Codes of the allmänna helgdagar that have their own name (every other Sunday is a helgdag too). */
export type PublicHolidayCode =
  | 'new_years_day'
  | 'epiphany'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'may_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'national_day'
  | 'midsummer_day'
  | 'all_saints_day'
  | 'christmas_day'
  | 'boxing_day'

/** Codes of the eves: not allmänna helgdagar, but lag 1930:173 2 § moves Swedish statutory deadlines past them. */
export type EveCode = 'midsummer_eve' | 'christmas_eve' | 'new_years_eve'

/** One named day of a given year. */
export interface NamedDay<C extends string> {
  date: string
  code: C
  name: LocalizedText
}

/** A named public holiday. */
export type PublicHoliday = NamedDay<PublicHolidayCode>
/** A named eve. */
export type Eve = NamedDay<EveCode>

/** Swedish and English names of every code. */
export const HOLIDAY_NAMES: Readonly<Record<PublicHolidayCode | EveCode, LocalizedText>> = {
  new_years_day: { sv: 'Nyårsdagen', en: "New Year's Day" },
  epiphany: { sv: 'Trettondedag jul', en: 'Epiphany' },
  good_friday: { sv: 'Långfredagen', en: 'Good Friday' },
  easter_sunday: { sv: 'Påskdagen', en: 'Easter Sunday' },
  easter_monday: { sv: 'Annandag påsk', en: 'Easter Monday' },
  may_day: { sv: 'Första maj', en: 'May Day' },
  ascension_day: { sv: 'Kristi himmelsfärds dag', en: 'Ascension Day' },
  whit_sunday: { sv: 'Pingstdagen', en: 'Whit Sunday' },
  whit_monday: { sv: 'Annandag pingst', en: 'Whit Monday' },
  national_day: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' },
  midsummer_day: { sv: 'Midsommardagen', en: 'Midsummer Day' },
  all_saints_day: { sv: 'Alla helgons dag', en: "All Saints' Day" },
  christmas_day: { sv: 'Juldagen', en: 'Christmas Day' },
  boxing_day: { sv: 'Annandag jul', en: 'Boxing Day' },
  midsummer_eve: { sv: 'Midsommarafton', en: 'Midsummer Eve' },
  christmas_eve: { sv: 'Julafton', en: 'Christmas Eve' },
  new_years_eve: { sv: 'Nyårsafton', en: "New Year's Eve" },
}

/**
 * The first year of the SFS 2004:1320 calendar: nationaldagen (6 June) became a helgdag and annandag pingst ceased
 * to be one. Both days fall after 1 April, so "from 2005" is exact whichever 2005 entry-into-force date is used.
 */
export const NATIONAL_DAY_REFORM_YEAR = 2005

/** Years for which the tables were checked (Easter by the Gregorian computus works for every Gregorian year). */
export const SUPPORTED_YEARS = { from: 1900, to: 2200 } as const

/** Easter Sunday of `year` by the anonymous Gregorian computus (Meeus/Jones/Butcher), as `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return formatIsoDate({ year, month, day })
}

/** The first date from `year-month-fromDay` on that falls on `weekday` (0 = Sunday, 6 = Saturday). */
function firstWeekdayFrom(year: number, month: number, fromDay: number, weekday: number): string {
  const start = formatIsoDate({ year, month, day: fromDay })
  return addDays(start, (weekday - weekdayOf(start) + 7) % 7)
}

const named = <C extends PublicHolidayCode | EveCode>(date: string, code: C): NamedDay<C> => ({
  date,
  code,
  name: HOLIDAY_NAMES[code],
})

function computeHolidays(year: number): readonly PublicHoliday[] {
  const easter = easterSunday(year)
  const fixed = (month: number, day: number): string => formatIsoDate({ year, month, day })
  const days: PublicHoliday[] = [
    named(fixed(1, 1), 'new_years_day'),
    named(fixed(1, 6), 'epiphany'),
    named(addDays(easter, -2), 'good_friday'),
    named(easter, 'easter_sunday'),
    named(addDays(easter, 1), 'easter_monday'),
    named(fixed(5, 1), 'may_day'),
    named(addDays(easter, 39), 'ascension_day'),
    named(addDays(easter, 49), 'whit_sunday'),
    // Before 2005: annandag pingst; since: nationaldagen instead (SFS 2004:1320). domain-reference §6.4
    year < NATIONAL_DAY_REFORM_YEAR ? named(addDays(easter, 50), 'whit_monday') : named(fixed(6, 6), 'national_day'),
    named(firstWeekdayFrom(year, 6, 20, 6), 'midsummer_day'), // the Saturday 20–26 June
    named(firstWeekdayFrom(year, 10, 31, 6), 'all_saints_day'), // the Saturday 31 Oct–6 Nov
    named(fixed(12, 25), 'christmas_day'),
    named(fixed(12, 26), 'boxing_day'),
  ]
  // Ascension Day can be 1 May (2008) and Whit Sunday 6 June; sorting keeps the list in calendar order.
  return Object.freeze(days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)))
}

// Memoised per year: deadline rolling asks for the same year many times and the result never changes.
const holidayCache = new Map<number, readonly PublicHoliday[]>()
const holidayDateCache = new Map<number, ReadonlyMap<string, PublicHoliday>>()

/**
 * The named allmänna helgdagar of `year`, in date order. Every other Sunday is also an allmän helgdag (1989:253
 * 1 §); `isPublicHoliday` covers those. Years before 1989 are given under the same rules (the deadline engine
 * is for present-day periods; the older calendar differed for midsommar and alla helgons dag before 1953).
 */
export function holidaysOf(year: number): readonly PublicHoliday[] {
  let list = holidayCache.get(year)
  if (!list) {
    list = computeHolidays(year)
    holidayCache.set(year, list)
    holidayDateCache.set(year, new Map(list.map((h) => [h.date, h])))
  }
  return list
}

/** The eves of `year` (midsommarafton = the Friday before midsommardagen, julafton, nyårsafton). */
export function evesOf(year: number): readonly Eve[] {
  const midsummerDay = holidaysOf(year).find((h) => h.code === 'midsummer_day')
  return [
    named(addDays(midsummerDay?.date ?? formatIsoDate({ year, month: 6, day: 20 }), -1), 'midsummer_eve'),
    named(formatIsoDate({ year, month: 12, day: 24 }), 'christmas_eve'),
    named(formatIsoDate({ year, month: 12, day: 31 }), 'new_years_eve'),
  ]
}

/** The named public holiday on `date`, or `null` (a plain Sunday has no name and gives `null`). */
export function publicHolidayOn(date: string): PublicHoliday | null {
  const { year } = parseIsoDate(date)
  holidaysOf(year)
  return holidayDateCache.get(year)?.get(date) ?? null
}

/** The eve on `date`, or `null`. */
export function eveOn(date: string): Eve | null {
  const { year } = parseIsoDate(date)
  return evesOf(year).find((e) => e.date === date) ?? null
}

/** Whether `date` is an allmän helgdag: a named holiday or any Sunday (lag 1989:253 1 §). */
export function isPublicHoliday(date: string): boolean {
  return weekdayOf(date) === 0 || publicHolidayOn(date) !== null
}

/** Whether `date` is midsommarafton, julafton or nyårsafton. */
export function isEve(date: string): boolean {
  return eveOn(date) !== null
}

/**
 * Whether `date` is a working day in the sense of 1182/71 Art 2(2): not a Saturday, Sunday or public holiday.
 * With `eves: true` the three eves are not working days either (the lag 1930:173 reading). domain-reference §6.3
 */
export function isWorkingDay(date: string, options: { eves: boolean } = { eves: false }): boolean {
  const weekday = weekdayOf(date)
  if (weekday === 0 || weekday === 6) return false
  if (publicHolidayOn(date) !== null) return false
  return !(options.eves && isEve(date))
}
