/**
 * Running the registered checks over a workspace and setting aside the findings the DPO has accepted. An
 * acceptance holds through its expiry date; from the day after, the finding is back among the open ones.
 */
import type { WorkspaceData } from '../backup/workspace.schema'
import type { FindingAcceptance } from './acceptance.schema'
import { activityContext, isActivityCheck } from './activity-check'
import { CHECKS } from './catalogue'
import {
  CHECK_MODULES,
  SEVERITIES,
  SEVERITY_RANK,
  type CheckContext,
  type CheckDefinition,
  type Finding,
} from './finding'

/** A check that threw: reported, not fatal, so one broken record cannot hide every other finding. */
export interface CheckFailure {
  check: string
  error: string
}

/** A finding set aside by an acceptance that still holds. */
export interface AcceptedFinding {
  finding: Finding
  acceptance: FindingAcceptance
}

/** The result of a run, split the way the findings view shows it. */
export interface CheckRun {
  /** Findings to act on: not accepted, or accepted and expired. */
  open: Finding[]
  /** Findings hidden by an acceptance that still holds. */
  accepted: AcceptedFinding[]
  /** Acceptances still in force whose finding no longer fires (the problem was fixed meanwhile). */
  dormant: FindingAcceptance[]
  failures: CheckFailure[]
}

/** True while the acceptance holds: through its expiry date (`today` is a Stockholm ISO date). */
export const isAcceptanceActive = (a: Pick<FindingAcceptance, 'expiresOn'>, today: string): boolean =>
  today <= a.expiresOn

const MODULE_RANK = new Map(CHECK_MODULES.map((m, i) => [m, i]))
// One collator for every comparison: `localeCompare(…, 'sv')` builds one per call, too slow for 20,000 findings.
const collator = new Intl.Collator('sv')

/**
 * Severity first, then module, keeping check and register order within each: a stable bucket sort, linear in
 * the number of findings, where comparing them would cost more than the checks on a large register.
 */
function byRank(findings: readonly Finding[]): Finding[] {
  const buckets: Finding[][] = Array.from({ length: SEVERITIES.length * CHECK_MODULES.length }, () => [])
  for (const f of findings) {
    buckets[SEVERITY_RANK[f.severity] * CHECK_MODULES.length + MODULE_RANK.get(f.module)!]!.push(f)
  }
  return buckets.flat()
}

/** Severity first, then module, then record and message, so the list reads the same on every run. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (MODULE_RANK.get(a.module) ?? 0) - (MODULE_RANK.get(b.module) ?? 0) ||
    collator.compare(a.entity.label, b.entity.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Runs a check, or reports it as failed; returns whether it ran. */
function attempt(check: CheckDefinition, failures: CheckFailure[], work: () => void): boolean {
  try {
    work()
    return true
  } catch (e) {
    failures.push({ check: check.code, error: e instanceof Error ? e.message : String(e) })
    return false
  }
}

/**
 * Every finding of every check, most severe first, with failures reported beside them. The checks that look at one
 * activity at a time share one walk over the register; a check that throws is dropped from the walk.
 */
export function runAllChecks(
  snapshot: WorkspaceData,
  context: CheckContext,
  checks: readonly CheckDefinition[] = CHECKS,
): { findings: Finding[]; failures: CheckFailure[] } {
  const findings: Finding[] = []
  const failures: CheckFailure[] = []
  const collect = (list: readonly Finding[]) => {
    for (const f of list) findings.push(f)
  }
  for (const check of checks.filter((c) => !isActivityCheck(c))) {
    attempt(check, failures, () => collect(check.run(snapshot, context)))
  }
  let walking = checks.filter(isActivityCheck)
  const ctx = activityContext(snapshot, context)
  for (const a of ctx.index.liveActivities) {
    for (let i = 0; i < walking.length; i++) {
      const check = walking[i]!
      if (!attempt(check, failures, () => collect(check.forActivity(a, ctx)))) {
        walking = walking.filter((c) => c !== check)
        i--
      }
    }
  }
  return { findings: byRank(findings), failures }
}

/** Runs the checks and splits the findings into open and accepted by the acceptances in force on `today`. */
export function evaluateChecks(
  snapshot: WorkspaceData,
  context: CheckContext,
  acceptances: readonly FindingAcceptance[],
  checks: readonly CheckDefinition[] = CHECKS,
): CheckRun {
  const { findings, failures } = runAllChecks(snapshot, context, checks)
  const active = new Map(acceptances.filter((a) => isAcceptanceActive(a, context.today)).map((a) => [a.key, a]))
  // Most runs have few or no acceptances: with none, nothing needs matching.
  if (active.size === 0) return { open: findings, accepted: [], dormant: [], failures }
  const open: Finding[] = []
  const accepted: AcceptedFinding[] = []
  for (const finding of findings) {
    const acceptance = active.get(finding.id)
    if (acceptance) accepted.push({ finding, acceptance })
    else open.push(finding)
  }
  const matched = new Set(accepted.map((a) => a.acceptance.key))
  const dormant = [...active.values()].filter((a) => !matched.has(a.key))
  return { open, accepted, dormant, failures }
}

/** The open findings: every finding minus those accepted and not yet expired. */
export function runChecks(
  snapshot: WorkspaceData,
  context: CheckContext,
  acceptances: readonly FindingAcceptance[] = [],
): Finding[] {
  return evaluateChecks(snapshot, context, acceptances).open
}
