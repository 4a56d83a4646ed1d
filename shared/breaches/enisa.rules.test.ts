import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EnisaInput } from './breach.schema'
import {
  assessSeverity,
  circumstancesScore,
  dataProcessingContext,
  isAssessmentConsistent,
  severityBand,
  severityScore,
} from './enisa.rules'

const none = { c: 0, i: 0, a: 0, malicious: false } as const

describe('ENISA severity SE = DPC × EI + CB (domain-reference §5.3)', () => {
  it('scores worked examples', () => {
    // Simple data, negligible identification, nothing else: 1 × 0.25 = 0.25 → low.
    expect(assessSeverity({ dpc: 1, ei: 0.25, cb: none })).toMatchObject({ se: 0.25, band: 'low' })
    // Financial data, fully identifiable, confidentiality +0.25: 3 × 1 + 0.25 = 3.25 → high.
    expect(assessSeverity({ dpc: 3, ei: 1, cb: { ...none, c: 0.25 } })).toMatchObject({ se: 3.25, band: 'high' })
    // Sensitive data, fully identifiable, malicious and confidentiality +0.5: 4 + 1 = 5 → very high.
    expect(assessSeverity({ dpc: 4, ei: 1, cb: { ...none, c: 0.5, malicious: true } })).toMatchObject({
      se: 5,
      band: 'very_high',
    })
    // Behavioural data, significant identification: 2 × 0.75 = 1.5, + availability 0.5 = 2 → medium.
    expect(assessSeverity({ dpc: 2, ei: 0.75, cb: { ...none, a: 0.5 } })).toMatchObject({ se: 2, band: 'medium' })
  })

  it('puts the band edges where §5.3 does: < 2 low, 2–<3 medium, 3–<4 high, ≥ 4 very high', () => {
    expect([1.99, 2, 2.99, 3, 3.99, 4, 6].map(severityBand)).toEqual([
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very_high',
      'very_high',
    ])
  })

  it('adds the circumstances: each of C, I, A up to 0.5, malicious 0.5', () => {
    expect(circumstancesScore({ c: 0.5, i: 0.5, a: 0.5, malicious: true })).toBe(2)
    expect(circumstancesScore(none)).toBe(0)
  })

  it('takes the highest DPC base among the data kinds, adjusts and clamps to 1–4', () => {
    expect(dataProcessingContext(['simple', 'financial'])).toBe(3)
    expect(dataProcessingContext(['sensitive'], 1)).toBe(4)
    expect(dataProcessingContext(['simple'], -1)).toBe(1)
    expect(dataProcessingContext(['behavioural'], 1)).toBe(3)
    expect(dataProcessingContext([])).toBe(1)
  })

  it('notices a stored score that no longer matches its inputs', () => {
    const stored = assessSeverity({ dpc: 3, ei: 1, cb: none })
    expect(isAssessmentConsistent(stored)).toBe(true)
    expect(isAssessmentConsistent({ ...stored, ei: 0.25 })).toBe(false)
  })

  it('scores between 0.25 and 6 and grows with every input (property)', () => {
    const quarter = fc.constantFrom<0 | 0.25 | 0.5>(0, 0.25, 0.5)
    const input: fc.Arbitrary<EnisaInput> = fc.record({
      dpc: fc.integer({ min: 4, max: 16 }).map((q) => q / 4),
      ei: fc.constantFrom<0.25 | 0.5 | 0.75 | 1>(0.25, 0.5, 0.75, 1),
      cb: fc.record({ c: quarter, i: quarter, a: quarter, malicious: fc.boolean() }),
    })
    fc.assert(
      fc.property(input, (x) => {
        const se = severityScore(x)
        expect(se).toBeGreaterThanOrEqual(0.25)
        expect(se).toBeLessThanOrEqual(6)
        expect(severityScore({ ...x, cb: { ...x.cb, malicious: true } })).toBeGreaterThanOrEqual(se)
        expect(severityScore({ ...x, dpc: Math.min(4, x.dpc + 0.25) })).toBeGreaterThanOrEqual(se)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
