import { describe, expect, it } from 'vitest'
import { chainAuditEntry, diffFields, type AuditDraft, type AuditEntry } from '../audit'
import { activityCompleteness, type ProcessingActivity } from '../register'
import { completenessHistory } from './completeness-history.rules'
import { completeActivity, CONTEXT } from './fixtures'

/** Builds a chained log the way the audited repository writes it. */
function log(drafts: AuditDraft[]): AuditEntry[] {
  const out: AuditEntry[] = []
  for (const d of drafts) out.push(chainAuditEntry(d, out[out.length - 1]))
  return out
}
const at = (date: string) => `${date}T10:00:00.000Z`
const entry = (
  date: string,
  op: AuditDraft['op'],
  a: ProcessingActivity | { id: string },
  changes: AuditDraft['changes'],
): AuditDraft => ({
  at: at(date),
  actor: 'DPO',
  entity: 'activities',
  entityId: a.id,
  label: 'x',
  op,
  changes,
})

const draftA = completeActivity({ id: 'a', securityMeasures: '', retention: [] })
const fixedA = { ...draftA, securityMeasures: 'Kryptering', revision: 2 }
const b = completeActivity({ id: 'b' })
const score = (a: ProcessingActivity) => activityCompleteness(a).score

const AUDIT = log([
  {
    at: at('2026-05-20'),
    actor: 'DPO',
    entity: 'workspace',
    entityId: 'workspace',
    label: 'x',
    op: 'reset',
    changes: [],
  },
  entry('2026-06-01', 'create', draftA, diffFields({}, draftA)),
  entry('2026-06-03', 'update', fixedA, diffFields(draftA, fixedA)),
  entry('2026-06-05', 'create', b, diffFields({}, b)),
  entry('2026-06-07', 'delete', b, [{ field: '*', before: b, after: null }]),
])

describe('completenessHistory', () => {
  it('rebuilds the mean completeness at the end of each day with changes, back to the last reset', () => {
    const points = completenessHistory([fixedA], AUDIT, CONTEXT.today)
    expect(points.map((p) => [p.date, p.activities])).toEqual([
      ['2026-06-01', 1],
      ['2026-06-03', 1],
      ['2026-06-05', 2],
      ['2026-06-07', 1],
      ['2026-06-15', 1],
    ])
    expect(points[0]!.averageScore).toBeCloseTo(score(draftA))
    expect(points[1]!.averageScore).toBeCloseTo(score(fixedA))
    expect(points[2]!.averageScore).toBeCloseTo((score(fixedA) + score(b)) / 2)
    expect(points[0]!.averageScore).toBeLessThan(points[1]!.averageScore)
  })

  it('is one point for today when the log holds no activity changes', () => {
    expect(completenessHistory([], [], CONTEXT.today)).toEqual([
      { date: CONTEXT.today, activities: 0, averageScore: 1 },
    ])
  })

  it('keeps the most recent points when told to stop earlier', () => {
    expect(completenessHistory([fixedA], AUDIT, CONTEXT.today, { maxPoints: 2 }).map((p) => p.date)).toEqual([
      '2026-06-07',
      '2026-06-15',
    ])
    expect(completenessHistory([fixedA], AUDIT, CONTEXT.today, { since: '2026-06-04' }).map((p) => p.date)).toEqual([
      '2026-06-05',
      '2026-06-07',
      '2026-06-15',
    ])
  })
})
