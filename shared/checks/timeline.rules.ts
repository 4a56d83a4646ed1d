/**
 * Month-by-month series for the dashboard charts: breaches per month by ENISA severity band (domain-reference
 * §5.3) and requests per month with the share answered within the Art 12(3) time limit (§6.2).
 */
import type { Breach, SeverityBand } from '../breaches'
import { stockholmDateOf } from '../deadlines'
import { isOpen, type DataSubjectRequest } from '../requests'
import { requestDueOn } from './request-due'

/** The `YYYY-MM` of each of the last `count` months up to and including `today`'s, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const total = y * 12 + (m - 1) - (count - 1 - i)
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  })
}

/** A breach's severity band, or `unassessed` before the ENISA assessment. */
export type BreachBand = SeverityBand | 'unassessed'
/** The bands in chart order, mildest first. */
export const BREACH_BANDS: readonly BreachBand[] = ['low', 'medium', 'high', 'very_high', 'unassessed']

/** Breaches that became known in one month, per band. */
export type BreachMonth = { month: string } & Record<BreachBand, number>

/** When a breach counts as having happened to us: awareness, else detection, else the record's creation. */
const breachMonth = (b: Breach): string => stockholmDateOf(b.awareAt ?? b.detectedAt ?? b.createdAt).slice(0, 7)

/** Breaches per month over the last `months` months (12), by ENISA band. */
export function breachesPerMonth(breaches: readonly Breach[], today: string, months = 12): BreachMonth[] {
  const rows = new Map<string, BreachMonth>(
    lastMonths(today, months).map((month) => [
      month,
      { month, low: 0, medium: 0, high: 0, very_high: 0, unassessed: 0 },
    ]),
  )
  for (const b of breaches) {
    const row = rows.get(breachMonth(b))
    if (row) row[b.enisa?.band ?? 'unassessed']++
  }
  return [...rows.values()]
}

/** Requests received in one month and how they were handled. */
export interface RequestMonth {
  month: string
  received: number
  answeredOnTime: number
  /** Answered after the due date, or still open past it. */
  late: number
  /** Still open and not yet due. */
  pending: number
  /** answeredOnTime / (answeredOnTime + late), or null when none was due yet. */
  onTimeRate: number | null
}

/** Requests per month of receipt over the last `months` months (12), with the on-time rate. */
export function requestsPerMonth(requests: readonly DataSubjectRequest[], today: string, months = 12): RequestMonth[] {
  const rows = new Map<string, RequestMonth>(
    lastMonths(today, months).map((month) => [
      month,
      { month, received: 0, answeredOnTime: 0, late: 0, pending: 0, onTimeRate: null },
    ]),
  )
  for (const r of requests) {
    const row = rows.get(r.receivedAt.slice(0, 7))
    if (!row) continue
    row.received++
    // `answeredLate` and `isOverdue` of shared/requests, sharing one due date.
    const due = requestDueOn(r)
    if (r.respondedAt !== null) row[r.respondedAt > due ? 'late' : 'answeredOnTime']++
    else if (isOpen(r) && today > due) row.late++
    else if (r.status !== 'withdrawn') row.pending++
  }
  for (const row of rows.values()) {
    const decided = row.answeredOnTime + row.late
    row.onTimeRate = decided === 0 ? null : row.answeredOnTime / decided
  }
  return [...rows.values()]
}
