import { describe, expect, it } from 'vitest'
import {
  activitiesByLegalBasis,
  countByActivity,
  countByModule,
  countBySeverity,
  registerSummary,
  transfersWithoutValidMechanism,
  startPageFindings,
  varietyFirst,
  worstSeverity,
} from './aggregates.rules'
import type { Finding } from './finding'
import { completeActivity, IDS } from './fixtures'

const finding = (over: Partial<Finding>): Finding => ({
  id: Math.random().toString(36),
  code: 'x',
  check: 'x',
  severity: 'low',
  module: 'register',
  rule: '',
  entity: { collection: 'activities', id: IDS.activity, label: 'Lön' },
  activityIds: [IDS.activity],
  message: { sv: '', en: '' },
  fix: { sv: '', en: '' },
  ...over,
})

const purpose = (id: string, legalBasis: 'b_contract' | 'f_legitimate_interests' | null) => ({
  id,
  description: 'x',
  legalBasis,
  legitimateInterest: '',
  legalReference: '',
})

describe('finding counts', () => {
  const findings = [
    finding({ severity: 'high' }),
    finding({ severity: 'high', module: 'transfers', activityIds: ['a2', 'a2', IDS.activity] }),
    finding({ severity: 'medium', activityIds: [] }),
  ]

  it('counts by severity and by module, every module present', () => {
    expect(countBySeverity(findings)).toEqual({ high: 2, medium: 1, low: 0 })
    const byModule = countByModule(findings)
    expect(byModule.register).toEqual({ high: 1, medium: 1, low: 0 })
    expect(byModule.transfers).toEqual({ high: 1, medium: 0, low: 0 })
    expect(byModule.breaches).toEqual({ high: 0, medium: 0, low: 0 })
  })

  it('counts per activity, once per finding even when an activity is named twice', () => {
    const byActivity = countByActivity(findings)
    expect(byActivity.get(IDS.activity)).toEqual({ high: 2, medium: 0, low: 0 })
    expect(byActivity.get('a2')).toEqual({ high: 1, medium: 0, low: 0 })
    expect(byActivity.has('nobody')).toBe(false)
  })

  it('names the worst severity present', () => {
    expect(worstSeverity({ high: 0, medium: 2, low: 1 })).toBe('medium')
    expect(worstSeverity({ high: 0, medium: 0, low: 0 })).toBeNull()
  })
})

describe('register figures', () => {
  const activities = [
    completeActivity({ id: 'a1', purposes: [purpose('p1', 'b_contract'), purpose('p2', 'b_contract')] }),
    completeActivity({
      id: 'a2',
      purposes: [purpose('p3', 'f_legitimate_interests'), purpose('p4', null)],
      retention: [],
    }),
    completeActivity({ id: 'a3', status: 'retired', purposes: [purpose('p5', 'b_contract')] }),
  ]

  it('counts each activity in use once per basis it uses', () => {
    const counts = Object.fromEntries(activitiesByLegalBasis(activities).map((c) => [c.basis, c.activities]))
    expect(counts).toEqual({
      a_consent: 0,
      b_contract: 1,
      c_legal_obligation: 0,
      d_vital_interests: 0,
      e_public_task: 0,
      f_legitimate_interests: 1,
      none: 1,
    })
  })

  it('summarises how many activities are complete and the mean score, ignoring retired ones', () => {
    const s = registerSummary(activities)
    expect(s.activities).toBe(2)
    expect(s.complete).toBe(1)
    expect(s.averageScore).toBeGreaterThan(0.5)
    expect(s.averageScore).toBeLessThan(1)
    expect(registerSummary([])).toEqual({ activities: 0, complete: 0, averageScore: 1 })
  })
})

describe('transfersWithoutValidMechanism', () => {
  it('lists each transfer with a high transfer finding once, and nothing else', () => {
    const t = (id: string, severity: Finding['severity']) =>
      finding({ module: 'transfers', severity, entity: { collection: 'transfers', id, label: `T ${id}` } })
    const list = transfersWithoutValidMechanism([
      t('t1', 'high'),
      t('t1', 'high'),
      t('t2', 'medium'),
      finding({ module: 'transfers', severity: 'high', entity: { collection: 'vendors', id: 'v', label: 'V' } }),
    ])
    expect(list).toEqual([{ id: 't1', label: 'T t1', findings: 2 }])
  })
})

describe('varietyFirst', () => {
  it('takes one of each kind before a second of any, keeping the given order', () => {
    const f = (id: string, code: string) => finding({ id, code })
    const list = [f('a1', 'a'), f('a2', 'a'), f('a3', 'a'), f('b1', 'b'), f('c1', 'c'), f('c2', 'c')]
    expect(varietyFirst(list, 4).map((x) => x.id)).toEqual(['a1', 'b1', 'c1', 'a2'])
    expect(varietyFirst(list, 10).map((x) => x.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3'])
    expect(varietyFirst([], 3)).toEqual([])
  })
  it('for the start page, takes turns between modules first', () => {
    const f = (id: string, code: string, module: Finding['module']) => finding({ id, code, module })
    const list = [
      f('r1', 'a', 'register'),
      f('r2', 'a', 'register'),
      f('r3', 'b', 'register'),
      f('t1', 't', 'transfers'),
    ]
    expect(startPageFindings(list, 3).map((x) => x.id)).toEqual(['r1', 't1', 'r3'])
  })
})
