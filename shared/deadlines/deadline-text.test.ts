import { describe, expect, it } from 'vitest'
import { explainDeadline, formatDeadlineDate } from './deadline-text'
import { monthDeadline } from './periods'
import { EVES_READING } from './working-days'

describe('deadline explanations', () => {
  it('formats dates with the weekday in both languages', () => {
    expect(formatDeadlineDate('2026-12-25', 'en')).toBe('Fri 25 Dec 2026')
    expect(formatDeadlineDate('2026-12-25', 'sv')).toBe('fre 25 dec 2026')
    expect(formatDeadlineDate('2026-05-01', 'sv')).toBe('fre 1 maj 2026')
  })

  it('names the holidays passed over, in Swedish and English', () => {
    const d = monthDeadline('2026-11-25', 1)
    expect(d.why.sv).toBe(
      'fre 25 dec 2026: Juldagen; lör 26 dec 2026: Annandag jul; sön 27 dec 2026: söndag → mån 28 dec 2026',
    )
    expect(d.why.en).toBe(
      'Fri 25 Dec 2026: Christmas Day; Sat 26 Dec 2026: Boxing Day; Sun 27 Dec 2026: Sunday → Mon 28 Dec 2026',
    )
  })

  it('names an eve when the eves reading skips it', () => {
    expect(monthDeadline('2026-05-19', 1, EVES_READING).why.en).toMatch(/^Fri 19 Jun 2026: Midsummer Eve; Sat 20 Jun/)
  })

  it('explains an Art 3(5) extension and a clamp', () => {
    const text = explainDeadline({
      clampedFrom: { day: 31, month: 2, year: 2026 },
      skipped: [],
      extendedForTwoWorkingDays: true,
      due: '2026-03-02',
    })
    expect(text.sv).toBe(
      '31 februari 2026 finns inte: månadens sista dag; minst två arbetsdagar (art. 3.5) → mån 2 mar 2026',
    )
    expect(text.en).toContain('at least two working days (Art 3(5))')
  })
})
