/**
 * ENISA's breach-severity method (Recommendations for a methodology of the assessment of severity of personal
 * data breaches, v1.0, Dec 2013): SE = DPC × EI + CB. domain-reference §5.3
 */
import type { EnisaAssessment, EnisaInput, SeverityBand } from './breach.schema'

/** ENISA's base data-processing-context score per kind of data. */
export const DPC_BASE = Object.freeze({ simple: 1, behavioural: 2, financial: 3, sensitive: 4 })
/** A kind of data for the DPC base score. */
export type DpcDataKind = keyof typeof DPC_BASE

/**
 * The DPC: the highest base score among the kinds of data involved (ENISA: "highest if several"), plus the
 * DPO's context adjustment (volume, vulnerable subjects up; public or invalid data down), clamped to 1–4.
 */
export function dataProcessingContext(kinds: readonly DpcDataKind[], adjustment = 0): number {
  const base = kinds.length === 0 ? DPC_BASE.simple : Math.max(...kinds.map((k) => DPC_BASE[k]))
  return Math.min(4, Math.max(1, base + adjustment))
}

// Scores are sums of quarters, which binary floating point holds exactly; rounding guards odd DPC adjustments.
const round = (n: number): number => Math.round(n * 1000) / 1000

/** The circumstances-of-breach addend: confidentiality + integrity + availability + 0.5 if malicious. */
export function circumstancesScore(cb: EnisaInput['cb']): number {
  return round(cb.c + cb.i + cb.a + (cb.malicious ? 0.5 : 0))
}

/** SE = DPC × EI + CB. */
export function severityScore(input: EnisaInput): number {
  return round(input.dpc * input.ei + circumstancesScore(input.cb))
}

/** The band of a severity score: < 2 low, 2–<3 medium, 3–<4 high, ≥ 4 very high. */
export function severityBand(se: number): SeverityBand {
  if (se < 2) return 'low'
  if (se < 3) return 'medium'
  if (se < 4) return 'high'
  return 'very_high'
}

/** The inputs with their score and band, ready to store on the breach. */
export function assessSeverity(input: EnisaInput): EnisaAssessment {
  const se = severityScore(input)
  const { dpc, ei, cb } = input
  const dataKinds = input.dataKinds ?? []
  const contextAdjustment = input.contextAdjustment ?? 0
  return { dpc, dataKinds, contextAdjustment, ei, cb: { ...cb }, se, band: severityBand(se) }
}

/** Whether a stored assessment's score and band still match its inputs (an edited import could make them drift). */
export function isAssessmentConsistent(stored: EnisaAssessment): boolean {
  const fresh = assessSeverity(stored)
  return fresh.se === stored.se && fresh.band === stored.band
}
