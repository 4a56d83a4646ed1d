import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateTimeText, parsePeriodText, periodText, yesNo } from './text.rules'

describe('periods in words', () => {
  it('writes ISO periods as a reader says them, in both languages', () => {
    expect(periodText('P12M', 'sv')).toBe('12 månader')
    expect(periodText('P1Y6M', 'sv')).toBe('1 år 6 månader')
    expect(periodText('P7Y', 'en')).toBe('7 years')
    expect(periodText('P1D', 'en')).toBe('1 day')
    expect(periodText('', 'sv')).toBe('')
  })

  it('reads Swedish, English and French periods back, and refuses prose', () => {
    expect(parsePeriodText('5 ans')).toBe('P5Y')
    expect(parsePeriodText('6 months 1 year')).toBe('P1Y6M')
    expect(parsePeriodText('P30D')).toBe('P30D')
    expect(parsePeriodText('2 ans après le dernier contact')).toBeNull()
    expect(parsePeriodText('Till och med det sjunde året')).toBeNull()
  })

  it('reads back every period it writes (property)', () => {
    const part = fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined })
    fc.assert(
      fc.property(part, part, part, (y, m, d) => {
        fc.pre(y !== undefined || m !== undefined || d !== undefined)
        const iso = `P${y === undefined ? '' : `${y}Y`}${m === undefined ? '' : `${m}M`}${d === undefined ? '' : `${d}D`}`
        for (const lang of ['sv', 'en'] as const) expect(parsePeriodText(periodText(iso, lang))).toBe(iso)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('dates and yes/no', () => {
  it('prints instants in Swedish time, summer and winter', () => {
    expect(dateTimeText('2026-01-15T12:00:00.000Z')).toBe('2026-01-15 13:00')
    expect(dateTimeText('2026-06-15T12:00:00.000Z')).toBe('2026-06-15 14:00')
    expect(dateTimeText(null)).toBe('')
  })
  it('leaves an undecided answer empty', () => {
    expect([yesNo(true, 'sv'), yesNo(false, 'en'), yesNo(null, 'sv')]).toEqual(['Ja', 'No', ''])
  })
})
