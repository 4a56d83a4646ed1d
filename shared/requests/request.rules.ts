/**
 * Deadlines of a data-subject request under Art 12(3), counted by the 1182/71 engine. The due date uses the
 * strict reading (only allmänna helgdagar and weekends skipped): it is never later than the eves reading, so an
 * alert on it is never late. domain-reference §6.2, §6.3
 */
import {
  STRICT_READING,
  monthDeadline,
  monthDeadlineReadings,
  workingDaysBetween,
  type Deadline,
  type DeadlineReadings,
} from '../deadlines'
import type { DataSubjectRequestFields, RequestExtension, RequestStatus } from './request.schema'

/** Art 12(3): at the latest one month from receipt. */
export const RESPONSE_MONTHS = 1
/** Art 12(3): extendable by at most two further months. */
export const MAX_EXTENSION_MONTHS = 2

const CLOSED: ReadonlySet<RequestStatus> = new Set(['answered', 'refused', 'withdrawn'])

/** Whether the request still awaits a reply. */
export function isOpen(request: Pick<DataSubjectRequestFields, 'status'>): boolean {
  return !CLOSED.has(request.status)
}

/** The first-month due date (strict reading): received 10 Mar 2026 → Fri 10 Apr 2026. */
export function firstDueDate(receivedAt: string): Deadline {
  return monthDeadline(receivedAt, RESPONSE_MONTHS, STRICT_READING)
}

/** The first-month deadline under both readings of the eves, for showing the difference to the DPO. */
export function firstDueReadings(receivedAt: string): DeadlineReadings {
  return monthDeadlineReadings(receivedAt, RESPONSE_MONTHS)
}

/**
 * The extended due date: `1 + months` months counted from receipt, then rolled (received 10 Mar 2026 + 3 months →
 * Wed 10 Jun 2026). The alternative reading (two months from the first due date) is unverified; counting from
 * receipt is never later, so it is the safe one. domain-reference §6.3
 */
export function extendedDueDate(receivedAt: string, months: number = MAX_EXTENSION_MONTHS): Deadline {
  if (!Number.isInteger(months) || months < 1 || months > MAX_EXTENSION_MONTHS) {
    throw new RangeError(`An Art 12(3) extension is 1 or 2 months: ${months}`)
  }
  return monthDeadline(receivedAt, RESPONSE_MONTHS + months, STRICT_READING)
}

/** Why an extension is not valid. */
export type ExtensionProblem = 'after_first_month' | 'no_reasons'

/** Whether an extension notified on `extension.notifiedOn` is valid: within the first month and with reasons. */
export function extensionProblems(receivedAt: string, extension: RequestExtension): ExtensionProblem[] {
  const problems: ExtensionProblem[] = []
  if (extension.notifiedOn > firstDueDate(receivedAt).due) problems.push('after_first_month')
  if (extension.reasons.trim() === '') problems.push('no_reasons')
  return problems
}

/** Whether the request carries an extension that satisfies Art 12(3). */
export function hasValidExtension(request: Pick<DataSubjectRequestFields, 'receivedAt' | 'extension'>): boolean {
  return request.extension !== null && extensionProblems(request.receivedAt, request.extension).length === 0
}

/** Whether an extension can still be notified on `today` (the first month has not ended). */
export function canStillExtend(
  request: Pick<DataSubjectRequestFields, 'receivedAt' | 'extension'>,
  today: string,
): boolean {
  return request.extension === null && today <= firstDueDate(request.receivedAt).due
}

/** The deadline that applies: the extended one if validly extended, else the first month. */
export function requestDueDate(request: Pick<DataSubjectRequestFields, 'receivedAt' | 'extension'>): Deadline {
  const { extension } = request
  return extension !== null && hasValidExtension(request)
    ? extendedDueDate(request.receivedAt, extension.months)
    : firstDueDate(request.receivedAt)
}

/** Open and past its applicable due date on `today` (the due day itself is still on time). */
export function isOverdue(request: DataSubjectRequestFields, today: string): boolean {
  return isOpen(request) && today > requestDueDate(request).due
}

/** Open, not overdue, and due within `n` working days of `today` (0 = due today). */
export function isDueWithinWorkingDays(request: DataSubjectRequestFields, today: string, n: number): boolean {
  if (!isOpen(request) || isOverdue(request, today)) return false
  return workingDaysBetween(today, requestDueDate(request).due, STRICT_READING) <= n
}

/** Working days from `today` to the applicable due date (negative once overdue). */
export function workingDaysLeft(request: DataSubjectRequestFields, today: string): number {
  return workingDaysBetween(today, requestDueDate(request).due, STRICT_READING)
}

/** Answered, refused or withdrawn after the applicable due date. */
export function answeredLate(request: DataSubjectRequestFields): boolean {
  return request.respondedAt !== null && request.respondedAt > requestDueDate(request).due
}
