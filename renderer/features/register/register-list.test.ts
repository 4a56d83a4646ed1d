import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SeverityCounts } from '@shared/checks'
import type { ActivityRole } from '@shared/register'
import { findingWeight, pageOf, sortRows, swedishOrder, type SortableRow } from './register-list'

type Status = SortableRow['activity']['status']

const row = (
  id: string,
  role: ActivityRole,
  status: Status,
  department: string,
  score: number,
  updatedAt: string,
): SortableRow => ({ activity: { id, role, status, department, updatedAt }, completeness: { score } })

/** In name order, as the store keeps them (the ids stand for the names). */
const ROWS = [
  row('a', 'processor', 'active', 'Ekonomi', 1, '2026-03-01T00:00:00.000Z'),
  row('b', 'controller', 'retired', 'Ärendehantering', 0.5, '2026-01-01T00:00:00.000Z'),
  row('c', 'controller', 'draft', 'arkiv', 0.5, '2026-02-01T00:00:00.000Z'),
  row('d', 'joint_controller', 'active', 'Zon', 0.9, '2026-04-01T00:00:00.000Z'),
]
const ids = (rows: readonly SortableRow[]) => rows.map((r) => r.activity.id)
const counts = (high: number, medium: number, low: number): SeverityCounts => ({ high, medium, low })

describe('sortRows', () => {
  it('leaves the name order alone without a sort, and only reverses it for name descending', () => {
    expect(sortRows(ROWS, [])).toBe(ROWS)
    expect(sortRows(ROWS, [{ key: 'name', order: 'asc' }])).toBe(ROWS)
    expect(ids(sortRows(ROWS, [{ key: 'name', order: 'desc' }]))).toEqual(['d', 'c', 'b', 'a'])
  })

  it('orders role and status as the register defines them, not alphabetically by label or code', () => {
    expect(ids(sortRows(ROWS, [{ key: 'status', order: 'asc' }]))).toEqual(['c', 'a', 'd', 'b'])
    expect(ids(sortRows(ROWS, [{ key: 'role', order: 'asc' }]))).toEqual(['b', 'c', 'd', 'a'])
  })

  it('orders departments in Swedish: case does not split the list, and Ä comes after Z', () => {
    expect(ids(sortRows(ROWS, [{ key: 'department' }]))).toEqual(['c', 'a', 'd', 'b'])
  })

  it('keeps name order among equal values, also when descending', () => {
    expect(ids(sortRows(ROWS, [{ key: 'completeness', order: 'desc' }]))).toEqual(['a', 'd', 'b', 'c'])
    expect(ids(sortRows(ROWS, [{ key: 'completeness', order: 'asc' }]))).toEqual(['b', 'c', 'd', 'a'])
  })

  it('uses later sort columns to break ties, name among them', () => {
    const sorted = sortRows(ROWS, [
      { key: 'completeness', order: 'asc' },
      { key: 'name', order: 'desc' },
    ])
    expect(ids(sorted)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('sorts by findings with any high finding above any number of medium ones', () => {
    const findings = new Map([
      ['a', counts(0, 7, 0)],
      ['b', counts(1, 0, 0)],
      ['d', counts(0, 7, 2)],
    ])
    expect(ids(sortRows(ROWS, [{ key: 'findings', order: 'desc' }], findings))).toEqual(['b', 'd', 'a', 'c'])
  })

  it('sorts by when the activity last changed, and ignores unknown or switched-off columns', () => {
    expect(ids(sortRows(ROWS, [{ key: 'updatedAt', order: 'desc' }]))).toEqual(['d', 'a', 'c', 'b'])
    expect(sortRows(ROWS, [{ key: 'legalBases', order: 'asc' }])).toBe(ROWS)
    expect(sortRows(ROWS, [{ key: 'status', order: false }])).toBe(ROWS)
  })

  it('is a permutation of its input that agrees with a plain comparison sort', () => {
    const arb = fc.array(
      fc.record({
        score: fc.integer({ min: 0, max: 4 }),
        department: fc.constantFrom('Ekonomi', 'ekonomi', 'Åtgärd', 'HR'),
      }),
      { maxLength: 40 },
    )
    fc.assert(
      fc.property(arb, fc.constantFrom<'asc' | 'desc'>('asc', 'desc'), (specs, order) => {
        const rows = specs.map((s, i) => row(String(i), 'controller', 'active', s.department, s.score / 4, ''))
        const sorted = sortRows(rows, [
          { key: 'department', order },
          { key: 'completeness', order: 'asc' },
        ])
        const sign = order === 'desc' ? -1 : 1
        const expected = [...rows].sort(
          (x, y) =>
            sign * swedishOrder.compare(x.activity.department, y.activity.department) ||
            x.completeness.score - y.completeness.score ||
            Number(x.activity.id) - Number(y.activity.id),
        )
        expect(ids(sorted)).toEqual(ids(expected))
      }),
    )
  })
})

describe('findingWeight', () => {
  it('is zero without findings and ranks severities before counts', () => {
    expect(findingWeight(undefined)).toBe(0)
    expect(findingWeight(counts(0, 0, 0))).toBe(0)
    expect(findingWeight(counts(1, 0, 0))).toBeGreaterThan(findingWeight(counts(0, 999, 999)))
    expect(findingWeight(counts(0, 1, 0))).toBeGreaterThan(findingWeight(counts(0, 0, 999)))
  })
})

describe('pageOf', () => {
  const list = Array.from({ length: 120 }, (_, i) => i)

  it('cuts the list into pages of the given size', () => {
    expect(pageOf(list, 1, 50)).toEqual(list.slice(0, 50))
    expect(pageOf(list, 3, 50)).toEqual(list.slice(100, 120))
  })

  it('shows the last page for a page past the end (a filter shrank the list) and the first for page 0', () => {
    expect(pageOf(list, 9, 50)).toEqual(list.slice(100, 120))
    expect(pageOf(list, 0, 50)).toEqual(list.slice(0, 50))
    expect(pageOf([], 4, 50)).toEqual([])
  })

  it('gives every row for a size of -1 (Vuetify’s “all”)', () => {
    expect(pageOf(list, 2, -1)).toEqual(list)
  })
})
