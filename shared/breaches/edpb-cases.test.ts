import { describe, expect, it } from 'vitest'
import { EDPB_EXAMPLE_CASES, similarCases } from './edpb-cases'

describe('EDPB 01/2021 example cases (domain-reference §5.2)', () => {
  it('holds all 18 cases in order with the §5.2 outcomes', () => {
    expect(EDPB_EXAMPLE_CASES.map((c) => c.no)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
    const outcome = (no: number): [boolean, boolean] => {
      const c = EDPB_EXAMPLE_CASES[no - 1]
      return [c?.notifySa ?? false, c?.informSubjects ?? false]
    }
    expect(outcome(1)).toEqual([false, false])
    expect(outcome(2)).toEqual([true, false])
    expect(outcome(3)).toEqual([true, true])
    expect(outcome(8)).toEqual([true, false])
    expect(outcome(10)).toEqual([false, false])
    expect(outcome(11)).toEqual([true, true])
    expect(outcome(16)).toEqual([true, false])
    expect(EDPB_EXAMPLE_CASES.filter((c) => c.informSubjects).length).toBe(9)
    // Telling the subjects without notifying the SA never happens: high risk implies risk.
    expect(EDPB_EXAMPLE_CASES.every((c) => c.notifySa || !c.informSubjects)).toBe(true)
  })

  it('suggests the closest cases for a breach', () => {
    const [best, second] = similarCases(['device_stolen', 'encrypted'])
    expect(best?.case.no).toBe(10)
    expect(best?.score).toBe(1)
    expect(second?.case.no).toBe(11)
    expect(similarCases(['ransomware', 'backup', 'no_exfiltration'], 2).map((m) => m.case.no)).toEqual([1, 3])
    expect(similarCases([])).toEqual([])
  })
})
