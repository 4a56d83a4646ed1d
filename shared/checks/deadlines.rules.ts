/**
 * What is due: the dashboard's countdowns and reminders (open breaches and their 72 hours, requests due this
 * week or overdue, agreements expiring, reviews due). Everything takes `today`/`now`; nothing reads the clock.
 */
import type { WorkspaceData } from '../backup/workspace.schema'
import { notificationState, type Breach } from '../breaches'
import { addDays, daysBetween } from '../deadlines'
import { liaReviewDate } from '../lia'
import { EXPIRY_WARNING_DAYS } from '../processors'
import { isOpen, type DataSubjectRequest } from '../requests'
import { requestDueOn } from './request-due'

/** An open breach with its Art 33(1) clock. */
export interface OpenBreach {
  id: string
  title: string
  /** `awareAt + 72 h`; null while awareness is not established. */
  notifyBy: string | null
  /** Hours left to `notifyBy` (negative once passed); null without a deadline or once notified. */
  hoursLeft: number | null
  notified: boolean
  /** Not notified, not ruled out, and past the 72 hours. */
  overdue: boolean
}

/** Breaches not closed, the most urgent first (overdue, then by deadline, then those without one). */
export function openBreaches(breaches: readonly Breach[], now: Date): OpenBreach[] {
  const open = breaches
    .filter((b) => b.closedAt === null)
    .map((b): OpenBreach => {
      const s = notificationState(b, now)
      const counting = s.timeLeft !== null && !s.notified && b.imy.decision !== 'not_required'
      const hoursLeft = counting && s.timeLeft ? Math.trunc(s.timeLeft.ms / 3_600_000) : null
      return { id: b.id, title: b.title, notifyBy: s.notifyBy, hoursLeft, notified: s.notified, overdue: s.overdue }
    })
  const key = (b: OpenBreach) => (b.hoursLeft === null ? Number.MAX_SAFE_INTEGER : b.hoursLeft)
  return open.sort((a, b) => key(a) - key(b))
}

/** A request with the date it must be answered by. */
export interface DueRequest {
  id: string
  label: string
  dueOn: string
  daysLeft: number
}

/** Open requests due within `days` calendar days (the next week by default) and those already overdue. */
export function requestsDue(
  requests: readonly DataSubjectRequest[],
  today: string,
  days = 7,
): { dueSoon: DueRequest[]; overdue: DueRequest[] } {
  const dueSoon: DueRequest[] = []
  const overdue: DueRequest[] = []
  for (const r of requests) {
    if (!isOpen(r)) continue
    const dueOn = requestDueOn(r)
    const item = { id: r.id, label: r.reference || r.requester || r.type, dueOn, daysLeft: daysBetween(today, dueOn) }
    // Overdue as `isOverdue` has it (the due day itself is on time), without working the date out again.
    if (today > dueOn) overdue.push(item)
    else if (dueOn <= addDays(today, days - 1)) dueSoon.push(item)
  }
  const byDue = (a: DueRequest, b: DueRequest) => a.dueOn.localeCompare(b.dueOn)
  return { dueSoon: dueSoon.sort(byDue), overdue: overdue.sort(byDue) }
}

/** An active agreement ending soon or already past its end date. */
export interface ExpiringAgreement {
  id: string
  title: string
  vendorName: string
  expiresOn: string
  daysLeft: number
}

/** Active agreements whose end date is within the 90-day warning window or past, soonest first. */
export function agreementsExpiring(
  snapshot: Pick<WorkspaceData, 'agreements' | 'vendors'>,
  today: string,
  days = EXPIRY_WARNING_DAYS,
): ExpiringAgreement[] {
  const vendorName = new Map(snapshot.vendors.map((v) => [v.id, v.name]))
  return snapshot.agreements
    .filter((a) => a.status === 'active' && a.expiresOn !== null && daysBetween(today, a.expiresOn) <= days)
    .map((a) => ({
      id: a.id,
      title: a.title,
      vendorName: vendorName.get(a.vendorId) ?? '',
      expiresOn: a.expiresOn!,
      daysLeft: daysBetween(today, a.expiresOn!),
    }))
    .sort((a, b) => a.daysLeft - b.daysLeft)
}

/** What a review is of. */
export type ReviewKind = 'activity' | 'lia' | 'agreement' | 'tia'

/** A review due soon or overdue. */
export interface ReviewDue {
  kind: ReviewKind
  id: string
  label: string
  dueOn: string
  overdue: boolean
}

/** Activities, signed-off LIAs, active agreements and live TIAs due for review within `days` (30) or overdue. */
export function reviewsDue(snapshot: WorkspaceData, today: string, days = 30): ReviewDue[] {
  const horizon = addDays(today, days)
  const out: ReviewDue[] = []
  const add = (kind: ReviewKind, id: string, label: string, dueOn: string | null) => {
    if (dueOn !== null && dueOn <= horizon) out.push({ kind, id, label, dueOn, overdue: dueOn < today })
  }
  for (const a of snapshot.activities) if (a.status !== 'retired') add('activity', a.id, a.name, a.nextReviewOn)
  const names = new Map(snapshot.activities.map((a) => [a.id, a.name]))
  for (const l of snapshot.lias) {
    if (l.status === 'signed_off') add('lia', l.id, names.get(l.activityIds[0] ?? '') ?? '', liaReviewDate(l))
  }
  for (const a of snapshot.agreements) if (a.status === 'active') add('agreement', a.id, a.title, a.nextReviewOn)
  for (const t of snapshot.transfers) {
    if (t.tia && (t.status === 'active' || t.status === 'planned')) add('tia', t.id, t.title, t.tia.reviewDue)
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
}
