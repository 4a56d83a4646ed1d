/**
 * Calendar dates as `YYYY-MM-DD` strings. Legal periods are counted in whole days (Regulation 1182/71 Art 3), so
 * they are computed on a plain day count, never on a `Date` in the machine's time zone: a deadline must not move
 * by a day because the DPO's laptop is set to another zone or a DST change falls inside the period.
 */

/** Milliseconds in one calendar day (UTC days have no DST). */
const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day of the week as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** A date split into numbers; `month` is 1–12. */
export interface DateParts {
  year: number
  month: number
  day: number
}

/** True for leap years of the Gregorian calendar (2000 and 2028 are, 2100 is not). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether `value` is a real Gregorian calendar date written `YYYY-MM-DD` (no 30 February, year 1583 or later). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Before 1583 the Gregorian computus and weekday arithmetic would silently give a fictitious calendar.
  return year >= 1583 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Splits a `YYYY-MM-DD` date; throws `RangeError` for anything else, since callers validate input with zod first. */
export function parseIsoDate(value: string): DateParts {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`)
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** Writes date parts as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days since 1970-01-01 (negative before it): lets dates be added and compared as integers. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date)
  return Date.UTC(year, month - 1, day) / MS_PER_DAY
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The date `days` days after `date` (before it if negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Day of the week of `date` (0 = Sunday). */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday
}

/** Compares two ISO dates for `Array.prototype.sort`; string order equals date order for `YYYY-MM-DD`. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b
}

/** The earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  return compareIsoDates(a, b) <= 0 ? a : b
}
