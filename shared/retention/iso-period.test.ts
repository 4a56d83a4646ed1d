import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addPeriod, formatIsoPeriod, parseIsoPeriod, periodInWords, samePeriod } from './iso-period'

describe('parseIsoPeriod', () => {
  it('reads years, months and days', () => {
    expect(parseIsoPeriod('P12M')).toEqual({ years: 0, months: 12, days: 0 })
    expect(parseIsoPeriod('P7Y')).toEqual({ years: 7, months: 0, days: 0 })
    expect(parseIsoPeriod('P1Y6M15D')).toEqual({ years: 1, months: 6, days: 15 })
    expect(parseIsoPeriod(' p30d ')).toEqual({ years: 0, months: 0, days: 30 })
  })
  it('refuses empty, bare P, weeks, times and garbage', () => {
    for (const bad of ['', 'P', 'P1W', 'PT12H', '12M', 'P-1M', 'P1.5Y', 'P1M1Y']) expect(parseIsoPeriod(bad)).toBeNull()
  })
  it('round-trips through formatIsoPeriod', () => {
    const part = fc.nat({ max: 99 })
    fc.assert(
      fc.property(part, part, part, (years, months, days) => {
        fc.pre(years + months + days > 0)
        const parts = { years, months, days }
        expect(parseIsoPeriod(formatIsoPeriod(parts))).toEqual(parts)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('periodInWords', () => {
  it('says the period in Swedish and English, keeping the register’s unit', () => {
    expect(periodInWords('P12M', 'sv')).toBe('12 månader')
    expect(periodInWords('P12M', 'en')).toBe('12 months')
    expect(periodInWords('P1M', 'sv')).toBe('1 månad')
    expect(periodInWords('P7Y', 'sv')).toBe('7 år')
    expect(periodInWords('P1Y', 'en')).toBe('1 year')
    expect(periodInWords('P1Y6M', 'sv')).toBe('1 år och 6 månader')
    expect(periodInWords('P2Y1M1D', 'en')).toBe('2 years, 1 month and 1 day')
    expect(periodInWords('P30D', 'sv')).toBe('30 dagar')
  })
  it('gives null for what is not a period', () => {
    expect(periodInWords('', 'sv')).toBeNull()
    expect(periodInWords('tolv månader', 'sv')).toBeNull()
  })
})

describe('samePeriod and addPeriod', () => {
  it('treats P1Y and P12M as the same retention', () => {
    expect(samePeriod(parseIsoPeriod('P1Y')!, parseIsoPeriod('P12M')!)).toBe(true)
    expect(samePeriod(parseIsoPeriod('P1Y')!, parseIsoPeriod('P365D')!)).toBe(false)
  })
  it('adds months on the same date, clamped to the month end, then days', () => {
    expect(addPeriod('2026-03-10', { years: 0, months: 12, days: 0 })).toBe('2027-03-10')
    expect(addPeriod('2026-01-31', { years: 0, months: 1, days: 0 })).toBe('2026-02-28')
    expect(addPeriod('2027-02-28', { years: 1, months: 0, days: 1 })).toBe('2028-02-29')
    expect(addPeriod('2024-02-29', { years: 1, months: 0, days: 0 })).toBe('2025-02-28')
  })
})
