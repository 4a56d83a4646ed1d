import { describe, expect, it } from 'vitest'
import { exceededLegalLimit, hasRetention, periodMonths } from './retention.rules'

describe('periodMonths', () => {
  it('reads ISO-8601 periods of years, months and days', () => {
    expect(periodMonths('P7Y')).toBe(84)
    expect(periodMonths('P1Y6M')).toBe(18)
    expect(periodMonths('P30D')).toBeCloseTo(0.986, 2)
    expect(periodMonths('')).toBeNull()
    expect(periodMonths('7 år')).toBeNull()
  })
})

describe('exceededLegalLimit', () => {
  const rule = (period: string, legalReference: string) => ({ period, legalReference })
  it('flags a bokföringslagen period beyond the seventh year (the ten years that ended in 2011)', () => {
    expect(exceededLegalLimit(rule('P10Y', 'Bokföringslagen (1999:1078) 7 kap. 2 §'))?.law).toMatch(/Bokföringslagen/)
    expect(exceededLegalLimit(rule('P7Y', 'bokföringslagen'))).toBeNull()
    // A financial year ending early in a year can need up to the end of the seventh calendar year after it.
    expect(exceededLegalLimit(rule('P7Y11M', 'BFL 1999:1078'))).toBeNull()
  })
  it('knows the anti-money-laundering and limitation periods, and stays quiet when it cannot tell', () => {
    expect(exceededLegalLimit(rule('P11Y', 'Penningtvättslagen (2017:630)'))).not.toBeNull()
    expect(exceededLegalLimit(rule('P10Y', 'Preskriptionslagen'))).toBeNull()
    expect(exceededLegalLimit(rule('P50Y', 'Avtal med kunden'))).toBeNull()
    expect(exceededLegalLimit(rule('', 'Bokföringslagen'))).toBeNull()
  })
})

describe('hasRetention', () => {
  it('accepts a period or a criterion', () => {
    expect(hasRetention({ period: 'P1Y', criterion: '' })).toBe(true)
    expect(hasRetention({ period: '', criterion: 'Tills avtalet upphör' })).toBe(true)
    expect(hasRetention({ period: '', criterion: ' ' })).toBe(false)
  })
})
