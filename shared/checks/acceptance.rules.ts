/**
 * Accepting a finding: the DPO decides a problem is tolerable for now, says why, and until when. The record is
 * audited by the caller; these rules only build and check it.
 */
import { FindingAcceptanceSchema, type FindingAcceptance } from './acceptance.schema'
import type { Finding } from './finding'

/** Why an acceptance cannot be saved. */
export type AcceptanceProblem = 'reason_missing' | 'expiry_not_after_today'

/** What the DPO types in: the reason and the last day the acceptance holds. */
export interface AcceptanceInput {
  reason: string
  expiresOn: string
}

/** The problems with an acceptance typed on `today`; an acceptance must look forward and say why. */
export function acceptanceProblems(input: AcceptanceInput, today: string): AcceptanceProblem[] {
  const problems: AcceptanceProblem[] = []
  if (input.reason.trim() === '') problems.push('reason_missing')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn) || input.expiresOn <= today) problems.push('expiry_not_after_today')
  return problems
}

/** The acceptance record for a finding, validated against its schema (throws on bad input). */
export function acceptFinding(
  finding: Pick<Finding, 'id'>,
  input: AcceptanceInput,
  acceptedBy: string,
  now: Date,
): FindingAcceptance {
  return FindingAcceptanceSchema.parse({
    key: finding.id,
    reason: input.reason.trim(),
    expiresOn: input.expiresOn,
    acceptedBy,
    acceptedAt: now.toISOString(),
  })
}
