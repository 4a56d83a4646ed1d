/**
 * Periods counted under Regulation (EEC, Euratom) No 1182/71, which governs time limits in EU acts such as the
 * GDPR's "one month" (Art 12(3)). Pure functions on `YYYY-MM-DD` strings. domain-reference §6.3
 *
 * - Art 3(1): the day of the event (e.g. receipt) is not counted.
 * - Art 3(2)(b)/(c): a period in weeks or months ends on the same weekday / the same date; in months, if that date
 *   does not exist, on the last day of the month.
 * - Art 3(3)–(4): weekends and holidays count, but a last day that is a Saturday, Sunday or public holiday moves to
 *   the next working day.
 * - Art 3(5): a period of two days or more contains at least two working days.
 */
import { addDays, daysInMonth, formatIsoDate, parseIsoDate } from './calendar-date'
import { explainDeadline } from './deadline-text'
import type { LocalizedText } from './localized-text'
import {
  EVES_READING,
  STRICT_READING,
  explainRollForward,
  workingDaysBetween,
  type DeadlineOptions,
  type NonWorkingDay,
} from './working-days'

/** The unit a period is expressed in (hour periods are absolute instants: see `hoursDeadline`). */
export type PeriodUnit = 'days' | 'weeks' | 'months'

/** A computed deadline with everything needed to explain it. */
export interface Deadline {
  /** The day of the event (receipt, awareness…), not counted. */
  start: string
  length: number
  unit: PeriodUnit
  /** The last day by Art 3(2) before any roll-forward. */
  nominal: string
  /** The last day after Art 3(4)–(5): the period ends at the end of this day. */
  due: string
  /** The reading used: whether the eves were skipped. */
  eves: boolean
  /** True when the same date does not exist in the last month (31 Jan + 1 month). */
  clampedToMonthEnd: boolean
  /** Days passed over by the roll-forward, in order. */
  skipped: NonWorkingDay[]
  /** True when Art 3(5) moved the end to reach two working days. */
  extendedForTwoWorkingDays: boolean
  why: LocalizedText
}

/** Both readings of the eves question; `earliest` is the one to alert on (domain-reference §6.4). */
export interface DeadlineReadings {
  strict: Deadline
  withEves: Deadline
  earliest: Deadline
}

function assertWholeNumber(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number: ${n}`)
}

/**
 * The same date `months` later (earlier if negative), or the last day of that month when it has no such date:
 * 31 Jan + 1 month = 28 Feb (29 Feb in 2028, 2000; 28 Feb in 2100). 1182/71 Art 3(2)(c).
 */
export function addMonthsSameDate(date: string, months: number): string {
  assertWholeNumber(months, 'Months')
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  })
}

interface Nominal {
  start: string
  length: number
  unit: PeriodUnit
  nominal: string
  clampedToMonthEnd: boolean
}

/** Rolls a nominal last day forward (Art 3(4)) and applies Art 3(5) to day periods. */
function finish(n: Nominal, options: DeadlineOptions): Deadline {
  const rolled = explainRollForward(n.nominal, options)
  let { due } = rolled
  const skipped = [...rolled.skipped]
  let extendedForTwoWorkingDays = false
  // Art 3(5) only bites on short day periods; any week or month already holds two working days.
  if (n.unit === 'days' && n.length >= 2) {
    while (workingDaysBetween(n.start, due, options) < 2) {
      const next = explainRollForward(addDays(due, 1), options)
      skipped.push(...next.skipped)
      due = next.due
      extendedForTwoWorkingDays = true
    }
  }
  const s = parseIsoDate(n.start)
  const t = parseIsoDate(n.nominal)
  const clampedFrom = n.clampedToMonthEnd ? { day: s.day, month: t.month, year: t.year } : null
  const why = explainDeadline({ clampedFrom, skipped, extendedForTwoWorkingDays, due })
  return { ...n, due, eves: options.eves, skipped, extendedForTwoWorkingDays, why }
}

/**
 * A period of `months` months from `received`: nominal = same date (clamped), due = rolled forward.
 * Example (§6.3): received Sat 31 Jan 2026, 1 month → nominal Sat 28 Feb, due Mon 2 Mar 2026.
 */
export function monthDeadline(received: string, months: number, options: DeadlineOptions = STRICT_READING): Deadline {
  assertWholeNumber(months, 'Months')
  if (months < 1) throw new RangeError(`A period in months must be at least 1: ${months}`)
  const nominal = addMonthsSameDate(received, months)
  const clampedToMonthEnd = parseIsoDate(nominal).day !== parseIsoDate(received).day
  return finish({ start: received, length: months, unit: 'months', nominal, clampedToMonthEnd }, options)
}

/** A period of `weeks` weeks from `start`: ends on the same weekday, then rolled forward (Art 3(2)(b)). */
export function weekDeadline(start: string, weeks: number, options: DeadlineOptions = STRICT_READING): Deadline {
  assertWholeNumber(weeks, 'Weeks')
  if (weeks < 1) throw new RangeError(`A period in weeks must be at least 1: ${weeks}`)
  const nominal = addDays(start, 7 * weeks)
  return finish({ start, length: weeks, unit: 'weeks', nominal, clampedToMonthEnd: false }, options)
}

/** A period of `days` days from `start` (the start day not counted), rolled forward, with Art 3(5) applied. */
export function dayDeadline(start: string, days: number, options: DeadlineOptions = STRICT_READING): Deadline {
  assertWholeNumber(days, 'Days')
  if (days < 1) throw new RangeError(`A period in days must be at least 1: ${days}`)
  const nominal = addDays(start, days)
  return finish({ start, length: days, unit: 'days', nominal, clampedToMonthEnd: false }, options)
}

/** Computes a deadline under both readings. The eves only ever add skipped days, so strict is never later. */
function readings(compute: (options: DeadlineOptions) => Deadline): DeadlineReadings {
  const strict = compute(STRICT_READING)
  const withEves = compute(EVES_READING)
  return { strict, withEves, earliest: strict.due <= withEves.due ? strict : withEves }
}

/** `monthDeadline` under both readings, e.g. received 19 May 2026: strict Fri 19 Jun, with eves Mon 22 Jun. */
export function monthDeadlineReadings(received: string, months: number): DeadlineReadings {
  return readings((options) => monthDeadline(received, months, options))
}

/** `weekDeadline` under both readings. */
export function weekDeadlineReadings(start: string, weeks: number): DeadlineReadings {
  return readings((options) => weekDeadline(start, weeks, options))
}

/** `dayDeadline` under both readings. */
export function dayDeadlineReadings(start: string, days: number): DeadlineReadings {
  return readings((options) => dayDeadline(start, days, options))
}
