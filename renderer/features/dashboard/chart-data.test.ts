import { describe, expect, it } from 'vitest'
import { countByModule, type Finding } from '@shared/checks'
import {
  breachesChart,
  completenessChart,
  findingsChart,
  legalBasisChart,
  monthLabel,
  requestsChart,
} from './chart-data'

/** Echoes the key and its parameters, so the tests see which text is asked for. */
const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}${JSON.stringify(params)}` : key)

describe('dashboard charts', () => {
  it('names months in the UI language', () => {
    expect(monthLabel('2026-06', 'en')).toBe('Jun 2026')
    expect(monthLabel('2026-01', 'sv')).toMatch(/^jan\.? 2026$/)
  })

  it('draws activities per legal basis, with the same figures in the table', () => {
    const c = legalBasisChart(
      [
        { basis: 'b_contract', activities: 3 },
        { basis: 'none', activities: 2 },
      ],
      t,
    )
    expect(c.chart).toMatchObject({
      kind: 'bar',
      horizontal: true,
      labels: ['register.legalBasis.b_contract', 'register.legalBasis.none'],
    })
    expect(c.chart.series[0]).toMatchObject({ data: [3, 2], color: 'primary' })
    expect(c.table.rows).toEqual([
      ['register.legalBasis.b_contract', '3'],
      ['register.legalBasis.none', '2'],
    ])
    expect(c.summary).toBe('dashboard.charts.legalBasisSummary{"n":2}')
    expect(c.table.links).toEqual(['/register?basis=b_contract', '/register?basis=none'])
  })

  it('stacks findings by severity per module, leaving out modules without findings', () => {
    const f = (severity: Finding['severity'], module: Finding['module']) =>
      ({ severity, module, activityIds: [] }) as unknown as Finding
    const c = findingsChart(countByModule([f('high', 'transfers'), f('low', 'transfers'), f('high', 'register')]), t)
    expect(c.chart.labels).toEqual(['checks.modules.register', 'checks.modules.transfers'])
    expect(c.chart.series.map((s) => [s.color, s.data])).toEqual([
      ['error', [1, 1]],
      ['warning', [0, 0]],
      ['info', [0, 1]],
    ])
    expect(c.table.rows[1]).toEqual(['checks.modules.transfers', '1', '0', '1'])
    expect(c.table.links).toEqual(['/checks?module=register', '/checks?module=transfers'])
  })

  it('draws breaches per month stacked by band', () => {
    const row = { month: '2026-06', low: 1, medium: 0, high: 2, very_high: 0, unassessed: 1 }
    const c = breachesChart([row], t, 'en')
    expect(c.chart.stacked).toBe(true)
    expect(c.chart.series.map((s) => s.data[0])).toEqual([1, 0, 2, 0, 1])
    expect(c.table.rows).toEqual([['Jun 2026', '1', '0', '2', '0', '1']])
  })

  it('puts the on-time rate of requests on a percent axis, empty where nothing was due', () => {
    const c = requestsChart(
      [
        { month: '2026-05', received: 3, answeredOnTime: 1, late: 2, pending: 0, onTimeRate: 1 / 3 },
        { month: '2026-06', received: 2, answeredOnTime: 0, late: 0, pending: 2, onTimeRate: null },
      ],
      t,
      'en',
    )
    const rate = c.chart.series.find((s) => s.axis === 'percent')!
    expect(rate).toMatchObject({ type: 'line', data: [33, null] })
    expect(c.table.rows.map((r) => r[4])).toEqual(['33 %', '–'])
  })

  it('draws completeness over time in percent', () => {
    const c = completenessChart(
      [
        { date: '2026-06-01', activities: 2, averageScore: 0.5 },
        { date: '2026-06-15', activities: 3, averageScore: 0.9 },
      ],
      t,
      (d) => d,
    )
    expect(c.chart).toMatchObject({ kind: 'line', labels: ['2026-06-01', '2026-06-15'] })
    expect(c.chart.series[0]!.data).toEqual([50, 90])
    expect(c.summary).toBe('dashboard.charts.completenessSummary{"value":"90 %"}')
  })
})
