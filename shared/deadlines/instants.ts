/**
 * Absolute instants: hour periods and the Europe/Stockholm calendar. An hour period (Art 33(1)'s 72 h) runs through
 * nights, weekends and holidays and is not rolled forward (1182/71 Art 3(4) is only for periods not in hours), so it
 * is plain millisecond arithmetic on the instant. Turning an instant into a Swedish calendar day and back goes
 * through `TZDate`, so DST changes (last Sunday of March and October) give 23- and 25-hour days, not off-by-one
 * dates. domain-reference §5.1, §6.3
 */
import { TZDate } from '@date-fns/tz'
import { IsoDateTime } from '../kernel'
import { addDays, formatIsoDate, parseIsoDate } from './calendar-date'

/** The time zone of the organisations DPO Desk serves and of IMY. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm'

const MS_PER_HOUR = 3_600_000
const MS_PER_MINUTE = 60_000

/** Art 33(1): notify the supervisory authority within 72 hours of becoming aware. */
export const BREACH_NOTIFICATION_HOURS = 72

/** Milliseconds since the epoch of an ISO date-time with offset or a `Date`; throws `RangeError` on garbage. */
export function toEpochMs(instant: string | Date): number {
  if (instant instanceof Date) {
    const ms = instant.getTime()
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date')
    return ms
  }
  // The offset is required: "14:20" without one would be read in the machine's zone, which is the bug to avoid.
  if (!IsoDateTime.safeParse(instant).success) throw new RangeError(`Not an ISO date-time with offset: ${instant}`)
  return Date.parse(instant)
}

/**
 * The instant `hours` hours after `awareAt`, as a UTC ISO string. Aware Fri 19 Jun 2026 14:20 (+02:00) + 72 h =
 * Mon 22 Jun 2026 14:20 (+02:00): weekends and holidays count, nothing rolls forward.
 */
export function hoursDeadline(awareAt: string | Date, hours: number): string {
  if (!Number.isFinite(hours)) throw new RangeError(`Hours must be a finite number: ${hours}`)
  return new Date(toEpochMs(awareAt) + hours * MS_PER_HOUR).toISOString()
}

/** Time left until a deadline, for a countdown ("41 h 12 min left" / "3 h 5 min overdue"). */
export interface TimeLeft {
  /** Deadline minus now: negative once the deadline has passed. */
  ms: number
  /** True only after the deadline instant; at the instant itself the act is still on time. */
  overdue: boolean
  /** Whole hours of |ms|. */
  hours: number
  /** Whole minutes of |ms| beyond `hours`. */
  minutes: number
}

/** How long remains until `deadline` at `now` (or how long it is overdue). */
export function timeLeft(deadline: string | Date, now: Date): TimeLeft {
  const ms = toEpochMs(deadline) - toEpochMs(now)
  const abs = Math.abs(ms)
  return {
    ms,
    overdue: ms < 0,
    hours: Math.floor(abs / MS_PER_HOUR),
    minutes: Math.floor((abs % MS_PER_HOUR) / MS_PER_MINUTE),
  }
}

/** The Swedish calendar date (`YYYY-MM-DD`) at `instant`: 2026-03-28T23:30:00Z is already 2026-03-29 in Stockholm. */
export function stockholmDateOf(instant: string | Date): string {
  const local = new TZDate(toEpochMs(instant), SWEDISH_TIME_ZONE)
  return formatIsoDate({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() })
}

/** The Stockholm wall-clock time `HH:mm` at `instant`. */
export function stockholmTimeOf(instant: string | Date): string {
  const local = new TZDate(toEpochMs(instant), SWEDISH_TIME_ZONE)
  return `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`
}

/**
 * The instant (UTC ISO) of wall-clock `time` (`HH:mm`) on `date` in Stockholm. A time skipped by the spring DST change
 * (02:30 on the last Sunday of March) maps to the hour after it; an ambiguous autumn time maps to one of its two
 * instants, as `TZDate` resolves it. Use whole days (`stockholmStartOfDay`) for deadlines.
 */
export function stockholmInstant(date: string, time: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!m) throw new RangeError(`Not a time HH:mm: ${time}`)
  const { year, month, day } = parseIsoDate(date)
  const local = new TZDate(year, month - 1, day, Number(m[1]), Number(m[2]), 0, SWEDISH_TIME_ZONE)
  return new Date(local.getTime()).toISOString()
}

/** The first instant of `date` in Stockholm (midnight never falls in a Swedish DST gap, which is at 02:00). */
export function stockholmStartOfDay(date: string): string {
  return stockholmInstant(date, '00:00')
}

/**
 * The end of `date` in Stockholm as an exclusive bound: the first instant of the next day. A period "ends with the
 * expiry of the last hour" of its last day (1182/71 Art 3(2)), so an act is on time while `now < stockholmEndOfDay`.
 */
export function stockholmEndOfDay(date: string): string {
  return stockholmStartOfDay(addDays(date, 1))
}

/** Length of `date` in Stockholm in hours: 23 on the last Sunday of March, 25 on the last Sunday of October. */
export function stockholmDayLengthHours(date: string): number {
  return (toEpochMs(stockholmEndOfDay(date)) - toEpochMs(stockholmStartOfDay(date))) / MS_PER_HOUR
}

/** Time left until the end of the Stockholm day `dueDate`: how a day-counted deadline is shown as a countdown. */
export function timeLeftUntilEndOf(dueDate: string, now: Date): TimeLeft {
  return timeLeft(stockholmEndOfDay(dueDate), now)
}
