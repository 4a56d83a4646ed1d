/**
 * How urgent a data-subject request is, for the list chips and the dashboard: overdue, due within a week, open or
 * closed, and the deadline under both readings of the eves question (domain-reference §6.4: compute both, alert on
 * the earlier). Pure: `today` is a parameter.
 */
import { daysBetween, monthDeadlineReadings, type Deadline, type DeadlineReadings } from '../deadlines'
import { hasValidExtension, isOpen, isOverdue, requestDueDate, RESPONSE_MONTHS } from './request.rules'
import type { DataSubjectRequestFields, RequestStatus, RequestType } from './request.schema'

/** "Due this week": due within this many calendar days of today (a rolling week, so Friday still sees Monday). */
export const DUE_SOON_DAYS = 7

/** Where a request stands on a given day. */
export type RequestUrgency = 'overdue' | 'due_this_week' | 'open' | 'closed'

/** The urgency of `request` on `today`. */
export function requestUrgency(request: DataSubjectRequestFields, today: string): RequestUrgency {
  if (!isOpen(request)) return 'closed'
  if (isOverdue(request, today)) return 'overdue'
  return daysBetween(today, requestDueDate(request).due) <= DUE_SOON_DAYS ? 'due_this_week' : 'open'
}

/** The applicable deadline with both readings, for showing the difference to the DPO. */
export interface RequestDeadlineReadings {
  /** The deadline alerts use (strict reading: never later than the other). */
  applicable: Deadline
  readings: DeadlineReadings
  /** True when the eves reading gives a later day (e.g. a nominal last day on midsommarafton). */
  differ: boolean
  /** Whether a valid Art 12(3) extension applies. */
  extended: boolean
}

/** Both readings of the applicable deadline: first month, or 1 + extension months when validly extended. */
export function requestDeadlineReadings(
  request: Pick<DataSubjectRequestFields, 'receivedAt' | 'extension'>,
): RequestDeadlineReadings {
  const extended = hasValidExtension(request)
  const months = RESPONSE_MONTHS + (extended && request.extension ? request.extension.months : 0)
  const readings = monthDeadlineReadings(request.receivedAt, months)
  return {
    applicable: requestDueDate(request),
    readings,
    differ: readings.strict.due !== readings.withEves.due,
    extended,
  }
}

/** One request in the summary. */
export interface RequestDueItem {
  id: string
  type: RequestType
  reference: string
  status: RequestStatus
  dueOn: string
  urgency: Exclude<RequestUrgency, 'closed'>
  /** Calendar days from today to the due date; negative once overdue. */
  daysLeft: number
}

/** What the dashboard shows about requests. */
export interface RequestsDueSummary {
  open: number
  overdue: number
  dueThisWeek: number
  /** Open requests, earliest due first. */
  items: RequestDueItem[]
}

/** The open requests of a workspace on `today`, counted and sorted by due date. */
export function requestsDueSummary(
  requests: readonly (DataSubjectRequestFields & { id: string })[],
  today: string,
): RequestsDueSummary {
  const items: RequestDueItem[] = []
  for (const r of requests) {
    const urgency = requestUrgency(r, today)
    if (urgency === 'closed') continue
    const dueOn = requestDueDate(r).due
    items.push({
      id: r.id,
      type: r.type,
      reference: r.reference,
      status: r.status,
      dueOn,
      urgency,
      daysLeft: daysBetween(today, dueOn),
    })
  }
  items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.reference.localeCompare(b.reference, 'sv')))
  return {
    open: items.length,
    overdue: items.filter((i) => i.urgency === 'overdue').length,
    dueThisWeek: items.filter((i) => i.urgency === 'due_this_week').length,
    items,
  }
}
