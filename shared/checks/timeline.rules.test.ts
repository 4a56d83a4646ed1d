import { describe, expect, it } from 'vitest'
import { breach, CONTEXT, request } from './fixtures'
import { breachesPerMonth, lastMonths, requestsPerMonth } from './timeline.rules'

describe('lastMonths', () => {
  it('counts back across a year end, oldest first', () => {
    expect(lastMonths('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(lastMonths('2026-06-15', 12)).toHaveLength(12)
  })
})

describe('breachesPerMonth', () => {
  it('counts breaches by the month they became known and their ENISA band', () => {
    const enisa = breach().enisa!
    const rows = breachesPerMonth(
      [
        breach({ id: 'b1', awareAt: '2026-06-01T09:00:00+02:00' }),
        breach({ id: 'b2', awareAt: '2026-05-31T23:30:00Z', enisa: { ...enisa, band: 'low' } }),
        breach({ id: 'b3', awareAt: null, detectedAt: '2026-04-10T09:00:00+02:00', enisa: null }),
        breach({ id: 'b4', awareAt: '2024-01-10T09:00:00+01:00' }),
      ],
      CONTEXT.today,
      3,
    )
    expect(rows).toEqual([
      { month: '2026-04', low: 0, medium: 0, high: 0, very_high: 0, unassessed: 1 },
      { month: '2026-05', low: 0, medium: 0, high: 0, very_high: 0, unassessed: 0 },
      // 23:30 UTC on 31 May is already 1 June in Stockholm.
      { month: '2026-06', low: 1, medium: 0, high: 1, very_high: 0, unassessed: 0 },
    ])
  })
})

describe('requestsPerMonth', () => {
  it('counts requests per month of receipt with the share answered on time', () => {
    const open = { status: 'in_progress' as const, respondedAt: null }
    const rows = requestsPerMonth(
      [
        request({ id: 'r1', receivedAt: '2026-05-04', respondedAt: '2026-05-20' }),
        request({ id: 'r2', receivedAt: '2026-05-05', respondedAt: '2026-06-10' }),
        request({ id: 'r3', receivedAt: '2026-05-06', ...open }),
        request({ id: 'r4', receivedAt: '2026-06-10', ...open }),
        request({ id: 'r5', receivedAt: '2026-06-11', status: 'withdrawn', respondedAt: null }),
      ],
      CONTEXT.today,
      2,
    )
    expect(rows).toEqual([
      { month: '2026-05', received: 3, answeredOnTime: 1, late: 2, pending: 0, onTimeRate: 1 / 3 },
      { month: '2026-06', received: 2, answeredOnTime: 0, late: 0, pending: 1, onTimeRate: null },
    ])
  })
})
