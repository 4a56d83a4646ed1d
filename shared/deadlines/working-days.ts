/**
 * Working days and the roll-forward of 1182/71 Art 3(4): a period (not in hours) whose last day is a public
 * holiday, Saturday or Sunday ends at the end of the next working day. domain-reference §6.3
 */
import { addDays, compareIsoDates, weekdayOf } from './calendar-date'
import type { LocalizedText } from './localized-text'
import { eveOn, isWorkingDay, publicHolidayOn } from './swedish-holidays'

/**
 * Which reading of "public holiday" to apply. `eves: true` also skips midsommarafton, julafton and nyårsafton, as
 * lag 1930:173 2 § does for Swedish statutes; whether 1182/71 does so is unverified (domain-reference §6.4).
 */
export interface DeadlineOptions {
  eves: boolean
}

/** The strict reading: only Saturdays, Sundays and allmänna helgdagar are skipped. */
export const STRICT_READING: DeadlineOptions = Object.freeze({ eves: false })
/** The reading that also skips the three eves. */
export const EVES_READING: DeadlineOptions = Object.freeze({ eves: true })

/** Why a day is not a working day. */
export type NonWorkingReason = 'saturday' | 'sunday' | 'public_holiday' | 'eve'

/** A day a deadline was moved past, with its reason and (for named holidays and eves) its name. */
export interface NonWorkingDay {
  date: string
  reason: NonWorkingReason
  name: LocalizedText | null
}

/**
 * Why `date` is not a working day under `options`, or `null` if it is one. A named holiday wins over the weekday
 * (påskdagen is reported as påskdagen, not "Sunday") because that is what the DPO recognises on a calendar.
 */
export function nonWorkingReason(date: string, options: DeadlineOptions = STRICT_READING): NonWorkingDay | null {
  const holiday = publicHolidayOn(date)
  if (holiday) return { date, reason: 'public_holiday', name: holiday.name }
  const weekday = weekdayOf(date)
  if (weekday === 6) return { date, reason: 'saturday', name: null }
  if (weekday === 0) return { date, reason: 'sunday', name: null }
  const eve = options.eves ? eveOn(date) : null
  return eve ? { date, reason: 'eve', name: eve.name } : null
}

/** The result of rolling a last day forward: the new last day and each day passed over. */
export interface RollForward {
  due: string
  skipped: NonWorkingDay[]
}

/** `date` itself if it is a working day, else the next working day, with the days passed over. */
export function explainRollForward(date: string, options: DeadlineOptions = STRICT_READING): RollForward {
  const skipped: NonWorkingDay[] = []
  let due = date
  // Terminates: no run of non-working days in Sweden exceeds four (Good Friday to Easter Monday).
  for (let reason = nonWorkingReason(due, options); reason; reason = nonWorkingReason(due, options)) {
    skipped.push(reason)
    due = addDays(due, 1)
  }
  return { due, skipped }
}

/** `date` itself if it is a working day, else the next working day (1182/71 Art 3(4)). */
export function rollForwardToWorkingDay(date: string, options: DeadlineOptions = STRICT_READING): string {
  return explainRollForward(date, options).due
}

/**
 * Working days after `from` up to and including `to`; negative (counting the other way) when `to` is earlier.
 * "Due in 3 working days" means three working days lie between today (excluded) and the due date (included).
 */
export function workingDaysBetween(from: string, to: string, options: DeadlineOptions = STRICT_READING): number {
  const order = compareIsoDates(from, to)
  if (order === 0) return 0
  const [start, end] = order < 0 ? [from, to] : [to, from]
  let count = 0
  for (let day = addDays(start, 1); compareIsoDates(day, end) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, options)) count += 1
  }
  return order < 0 ? count : -count
}

/** The `n`th working day after `date` (n ≥ 1); for n = 0, `date` rolled forward to a working day. */
export function addWorkingDays(date: string, n: number, options: DeadlineOptions = STRICT_READING): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`)
  if (n === 0) return rollForwardToWorkingDay(date, options)
  let day = date
  for (let left = n; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day, options)) left -= 1
  }
  return day
}
