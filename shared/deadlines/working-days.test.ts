import { describe, expect, it } from 'vitest'
import {
  EVES_READING,
  addWorkingDays,
  explainRollForward,
  nonWorkingReason,
  rollForwardToWorkingDay,
  workingDaysBetween,
} from './working-days'

describe('working days', () => {
  it('rolls forward past Easter: långfredagen → Tue 7 Apr 2026, passing four days', () => {
    const r = explainRollForward('2026-04-03')
    expect(r.due).toBe('2026-04-07')
    expect(r.skipped.map((s) => s.name?.en ?? s.reason)).toEqual([
      'Good Friday',
      'saturday',
      'Easter Sunday',
      'Easter Monday',
    ])
  })

  it('leaves a working day alone, including an eve under the strict reading', () => {
    expect(rollForwardToWorkingDay('2026-03-10')).toBe('2026-03-10')
    expect(rollForwardToWorkingDay('2026-12-24')).toBe('2026-12-24')
    expect(rollForwardToWorkingDay('2026-12-24', EVES_READING)).toBe('2026-12-28')
  })

  it('reports a named holiday rather than its weekday', () => {
    expect(nonWorkingReason('2026-06-20')?.name?.sv).toBe('Midsommardagen') // a Saturday
    expect(nonWorkingReason('2026-06-19')).toBeNull()
    expect(nonWorkingReason('2026-06-19', EVES_READING)?.reason).toBe('eve')
  })

  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-03-09', '2026-03-13')).toBe(4) // Mon → Fri
    expect(workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1) // Fri → Mon
    expect(workingDaysBetween('2026-03-16', '2026-03-13')).toBe(-1)
    expect(workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0)
    expect(workingDaysBetween('2026-12-23', '2026-12-31')).toBe(5) // 24, 28, 29, 30, 31 Dec
    expect(workingDaysBetween('2026-12-23', '2026-12-31', EVES_READING)).toBe(3)
  })

  it('adds working days across holidays', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07') // Thu before Easter → Tue after
    expect(addWorkingDays('2026-03-13', 5)).toBe('2026-03-20')
    expect(addWorkingDays('2026-03-14', 0)).toBe('2026-03-16')
    expect(() => addWorkingDays('2026-03-14', -1)).toThrow(RangeError)
  })
})
