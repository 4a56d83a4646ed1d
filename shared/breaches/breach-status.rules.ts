/**
 * Where a breach stands, for the log and the dashboard: its stage in the Art 33 workflow, the 72-hour clock as a
 * countdown, and a "due soon" summary over all breaches. Pure: `now` is always a parameter. domain-reference §5.1,
 * §5.4, checks 29 and 33.
 */
import { stockholmDateOf, toEpochMs, type TimeLeft } from '../deadlines'
import type { BreachFields, SeverityBand } from './breach.schema'
import { notificationState, supplementReminder } from './breach.rules'

/**
 * The workflow stage, in the order a breach usually passes through them:
 * `investigating` (awareness not yet established) → `assessing` (IMY decision pending) → `to_notify` →
 * `supplement_due` (phased notification, supplement open) → `notified`; or `documented` (not notifiable,
 * Art 33(5)); `closed` once the DPO closes it.
 */
export type BreachStage =
  'investigating' | 'assessing' | 'to_notify' | 'supplement_due' | 'notified' | 'documented' | 'closed'

/** A breach stays open until the DPO closes it: the log keeps every breach either way (Art 33(5)). */
export function isBreachOpen(breach: Pick<BreachFields, 'closedAt'>): boolean {
  return breach.closedAt === null
}

/** The stage of `breach`. */
export function breachStage(breach: Pick<BreachFields, 'closedAt' | 'awareAt' | 'imy'>): BreachStage {
  if (!isBreachOpen(breach)) return 'closed'
  const { imy } = breach
  if (imy.notifiedAt !== null) return imy.phased && imy.phaseCompletedAt === null ? 'supplement_due' : 'notified'
  if (imy.decision === 'not_required') return 'documented'
  if (imy.decision === 'notify') return 'to_notify'
  return breach.awareAt === null ? 'investigating' : 'assessing'
}

/**
 * The 72-hour clock as the list and the breach page show it:
 * `not_started` (no awareAt) · `running` · `overdue` · `notified_on_time` · `notified_late` · `not_required`.
 */
export type BreachClockState =
  'not_started' | 'running' | 'overdue' | 'notified_on_time' | 'notified_late' | 'not_required'

/** The clock at a given moment. */
export interface BreachClock {
  state: BreachClockState
  /** awareAt + 72 h, or `null` before awareness. */
  notifyBy: string | null
  /** Left until `notifyBy` (negative once passed) while the clock matters; `null` otherwise. */
  timeLeft: TimeLeft | null
  /** For a notification already sent: hours from awareness to notification (whole hours, rounded down). */
  notifiedAfterHours: number | null
}

/** The 72-hour clock of `breach` at `now`. A notified or not-notifiable breach stops the clock. */
export function breachClock(breach: Pick<BreachFields, 'awareAt' | 'imy'>, now: Date): BreachClock {
  const state = notificationState(breach, now)
  const { awareAt, imy } = breach
  if (state.notifyBy === null || awareAt === null) {
    return { state: 'not_started', notifyBy: null, timeLeft: null, notifiedAfterHours: null }
  }
  if (imy.notifiedAt !== null) {
    const hours = Math.floor((toEpochMs(imy.notifiedAt) - toEpochMs(awareAt)) / 3_600_000)
    const clockState = state.notifiedLate ? 'notified_late' : 'notified_on_time'
    return { state: clockState, notifyBy: state.notifyBy, timeLeft: null, notifiedAfterHours: hours }
  }
  if (imy.decision === 'not_required') {
    return { state: 'not_required', notifyBy: state.notifyBy, timeLeft: null, notifiedAfterHours: null }
  }
  const clockState = state.overdue ? 'overdue' : 'running'
  return { state: clockState, notifyBy: state.notifyBy, timeLeft: state.timeLeft, notifiedAfterHours: null }
}

/** One open breach in the summary. */
export interface OpenBreachItem {
  id: string
  title: string
  stage: BreachStage
  clock: BreachClock
  band: SeverityBand | null
  /** The supplement's due date (Stockholm date) while a phased notification is open. */
  supplementDueOn: string | null
  supplementOverdue: boolean
}

/** What the dashboard shows about breaches. */
export interface OpenBreachesSummary {
  /** Breaches not yet closed. */
  open: number
  /** Open breaches whose 72-hour clock is running (not overdue). */
  clockRunning: number
  /** Open breaches past the 72 hours, not notified and not assessed "not required" (check 29). */
  overdue: number
  /** Running clocks with at most 24 hours left. */
  dueWithin24h: number
  /** Phased notifications whose supplement is still open. */
  supplementsOpen: number
  /** Of those, the ones past IMY's four weeks (check 33). */
  supplementsOverdue: number
  /** Open breaches that are still being investigated or assessed (no IMY decision yet). */
  undecided: number
  /** Every open breach, most urgent first: overdue, then by time left, then undecided, then the rest. */
  items: OpenBreachItem[]
}

const DAY_MS = 86_400_000

function urgency(item: OpenBreachItem): number {
  const { clock } = item
  if (clock.state === 'overdue' || clock.state === 'running') return clock.timeLeft?.ms ?? 0
  if (item.supplementOverdue) return DAY_MS * 365
  if (item.stage === 'investigating' || item.stage === 'assessing') return DAY_MS * 366
  return DAY_MS * 367
}

/** The open breaches of a workspace at `now`, counted and ordered for the dashboard. */
export function openBreachesSummary(
  breaches: readonly (BreachFields & { id: string })[],
  now: Date,
): OpenBreachesSummary {
  const today = stockholmDateOf(now)
  const items = breaches.filter(isBreachOpen).map((b): OpenBreachItem => {
    const reminder = supplementReminder(b, today)
    const open = reminder?.open ?? false
    return {
      id: b.id,
      title: b.title,
      stage: breachStage(b),
      clock: breachClock(b, now),
      band: b.enisa?.band ?? null,
      supplementDueOn: open ? (reminder?.dueOn ?? null) : null,
      supplementOverdue: reminder?.overdue ?? false,
    }
  })
  items.sort((a, b) => urgency(a) - urgency(b) || a.title.localeCompare(b.title, 'sv'))
  const running = items.filter((i) => i.clock.state === 'running')
  return {
    open: items.length,
    clockRunning: running.length,
    overdue: items.filter((i) => i.clock.state === 'overdue').length,
    dueWithin24h: running.filter((i) => (i.clock.timeLeft?.ms ?? Infinity) <= DAY_MS).length,
    supplementsOpen: items.filter((i) => i.supplementDueOn !== null).length,
    supplementsOverdue: items.filter((i) => i.supplementOverdue).length,
    undecided: items.filter((i) => i.stage === 'investigating' || i.stage === 'assessing').length,
    items,
  }
}
