/**
 * How urgent a complaint or IMY case is, for the list and the dashboard, and the case timeline. The reply clock
 * is IMY's date (or the internal target); check 40 warns five working days ahead. domain-reference §6.5, §9
 */
import { toEpochMs } from '../deadlines'
import { REPLY_WARNING_WORKING_DAYS, replyState } from './complaint.rules'
import type { CaseTimelineEntry, ComplaintFields, ComplaintKind, ComplaintStatus } from './complaint.schema'

/** Where a case stands on a given day. */
export type ComplaintUrgency = 'reply_overdue' | 'reply_due_soon' | 'open' | 'closed'

/** A case stays open until the DPO closes it; a decided IMY case may still be appealed or followed up. */
export function isComplaintOpen(c: Pick<ComplaintFields, 'status'>): boolean {
  return c.status !== 'closed'
}

/** The urgency of a case on `today`: reply overdue, reply due within five working days, open, or closed. */
export function complaintUrgency(c: ComplaintFields, today: string): ComplaintUrgency {
  if (!isComplaintOpen(c)) return 'closed'
  const reply = replyState(c, today)
  if (reply === null) return 'open'
  if (reply.overdue) return 'reply_overdue'
  return reply.workingDaysLeft <= REPLY_WARNING_WORKING_DAYS ? 'reply_due_soon' : 'open'
}

/** One open case in the summary. */
export interface ComplaintDueItem {
  id: string
  kind: ComplaintKind
  title: string
  imyCaseNumber: string
  status: ComplaintStatus
  /** The reply date while a reply is owed, else `null`. */
  replyDueOn: string | null
  urgency: Exclude<ComplaintUrgency, 'closed'>
}

/** What the dashboard shows about complaints and IMY cases. */
export interface ComplaintsDueSummary {
  open: number
  /** Open IMY cases (supervision, complaints forwarded by IMY …). */
  openImyCases: number
  awaitingReply: number
  replyOverdue: number
  replyDueSoon: number
  /** Open cases: owed replies first, earliest date first; then the rest by title. */
  items: ComplaintDueItem[]
}

function byReplyDate(a: ComplaintDueItem, b: ComplaintDueItem): number {
  if (a.replyDueOn !== b.replyDueOn) {
    if (a.replyDueOn === null) return 1
    if (b.replyDueOn === null) return -1
    return a.replyDueOn < b.replyDueOn ? -1 : 1
  }
  return a.title.localeCompare(b.title, 'sv')
}

/** The open cases of a workspace on `today`, counted and sorted by reply date. */
export function complaintsDueSummary(
  complaints: readonly (ComplaintFields & { id: string })[],
  today: string,
): ComplaintsDueSummary {
  const items: ComplaintDueItem[] = []
  for (const c of complaints) {
    const urgency = complaintUrgency(c, today)
    if (urgency === 'closed') continue
    const { id, kind, title, imyCaseNumber, status } = c
    items.push({ id, kind, title, imyCaseNumber, status, replyDueOn: replyState(c, today)?.dueOn ?? null, urgency })
  }
  items.sort(byReplyDate)
  return {
    open: items.length,
    openImyCases: items.filter((i) => i.kind === 'imy_case').length,
    awaitingReply: items.filter((i) => i.replyDueOn !== null).length,
    replyOverdue: items.filter((i) => i.urgency === 'reply_overdue').length,
    replyDueSoon: items.filter((i) => i.urgency === 'reply_due_soon').length,
    items,
  }
}

/** The case with one more dated event, kept in time order; `null` for an empty text. */
export function addCaseTimelineEvent<F extends Pick<ComplaintFields, 'timeline'>>(
  fields: F,
  at: string,
  text: string,
): F | null {
  if (text.trim() === '') return null
  const entry: CaseTimelineEntry = { at, text: text.trim() }
  const timeline = [...fields.timeline, entry].sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at))
  return { ...fields, timeline }
}
