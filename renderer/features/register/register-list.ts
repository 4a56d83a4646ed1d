/**
 * The register list's order and pages: pure, over rows the store keeps in Swedish name order, so that only the
 * page on screen ever reaches the table (a table that sorts and pages 10k items itself redoes that on every
 * keystroke: safety-and-speed.md §6, "Vuetify tables").
 */
import { SEVERITIES, type SeverityCounts } from '@shared/checks'
import { ACTIVITY_STATUSES, ROLES, type ActivityRole } from '@shared/register'

/** Swedish order for names and departments (å, ä, ö after z; case does not split the list). */
export const swedishOrder = new Intl.Collator('sv')

/** A column the list can be ordered by, as the table's sort header reports it (Vuetify's SortItem). */
export interface RegisterSort {
  key: string
  order?: boolean | 'asc' | 'desc'
}

export interface SortableRow {
  activity: {
    id: string
    role: ActivityRole
    status: (typeof ACTIVITY_STATUSES)[number]
    department: string
    updatedAt: string
  }
  completeness: { score: number }
}

/** Findings weigh by severity: any high count outranks any number of medium ones, and so on. */
export function findingWeight(counts: SeverityCounts | undefined): number {
  return counts ? SEVERITIES.reduce((w, s) => w * 1000 + Math.min(counts[s], 999), 0) : 0
}

type SortValue = number | string
/** A row's value in one column; `index` is its place in name order. */
type Extract = (row: SortableRow, index: number, counts: ReadonlyMap<string, SeverityCounts>) => SortValue

// Role and status sort in the order the register defines them (draft → active → retired), not by label.
const EXTRACTORS: Readonly<Record<string, Extract>> = {
  name: (_r, index) => index,
  role: (r) => ROLES.indexOf(r.activity.role),
  department: (r) => r.activity.department,
  status: (r) => ACTIVITY_STATUSES.indexOf(r.activity.status),
  completeness: (r) => r.completeness.score,
  findings: (r, _i, counts) => findingWeight(counts.get(r.activity.id)),
  updatedAt: (r) => r.activity.updatedAt,
}

const compareValues = (a: SortValue, b: SortValue): number =>
  typeof a === 'string' && typeof b === 'string' ? swedishOrder.compare(a, b) : a < b ? -1 : a > b ? 1 : 0

/**
 * Orders rows that are already in name order by the table's sort columns. Ties keep name order; sorting by name
 * alone only keeps or reverses the list. Columns the list does not know are ignored.
 */
export function sortRows<R extends SortableRow>(
  rows: readonly R[],
  sortBy: readonly RegisterSort[],
  findingCounts: ReadonlyMap<string, SeverityCounts> = new Map(),
): readonly R[] {
  const columns = sortBy.flatMap((s) => {
    const extract = s.order === false ? undefined : EXTRACTORS[s.key]
    return extract ? [{ key: s.key, extract, sign: s.order === 'desc' ? -1 : 1 }] : []
  })
  const first = columns[0]
  if (!first) return rows
  if (first.key === 'name') return first.sign < 0 ? [...rows].reverse() : rows
  // Each sort value is computed once per row, not once per comparison.
  const keyed = rows.map((row, i) => ({ row, i, values: columns.map((c) => c.extract(row, i, findingCounts)) }))
  keyed.sort((a, b) => {
    for (let k = 0; k < columns.length; k++) {
      const c = compareValues(a.values[k]!, b.values[k]!)
      if (c !== 0) return c * columns[k]!.sign
    }
    return a.i - b.i
  })
  return keyed.map((k) => k.row)
}

/** The rows of page `page` (1-based) of `size` rows; a page past the end shows the last one. */
export function pageOf<R>(rows: readonly R[], page: number, size: number): readonly R[] {
  if (size <= 0) return rows
  const last = Math.max(1, Math.ceil(rows.length / size))
  const start = (Math.min(Math.max(1, page), last) - 1) * size
  return rows.slice(start, start + size)
}
