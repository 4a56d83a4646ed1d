/**
 * The figures the dashboard and the register list show, computed from the records and the findings as pure
 * functions, so the numbers on screen are tested like the checks themselves.
 */
import { activityCompleteness, LEGAL_BASES, type LegalBasis, type ProcessingActivity } from '../register'
import { CHECK_MODULES, SEVERITIES, type CheckModule, type Finding, type Severity } from './finding'

/** A count per severity. */
export type SeverityCounts = Record<Severity, number>

/** Zero of each severity. */
export const noFindings = (): SeverityCounts => ({ high: 0, medium: 0, low: 0 })

/** How many findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = noFindings()
  for (const f of findings) counts[f.severity]++
  return counts
}

/** Findings per module and severity; every module is present, with zeros where nothing fires. */
export function countByModule(findings: readonly Finding[]): Record<CheckModule, SeverityCounts> {
  const counts = Object.fromEntries(CHECK_MODULES.map((m) => [m, noFindings()])) as Record<CheckModule, SeverityCounts>
  for (const f of findings) counts[f.module][f.severity]++
  return counts
}

/** Findings per register activity and severity, for the register list's findings column. */
export function countByActivity(findings: readonly Finding[]): Map<string, SeverityCounts> {
  const counts = new Map<string, SeverityCounts>()
  for (const f of findings) {
    for (const id of new Set(f.activityIds)) {
      let c = counts.get(id)
      if (!c) counts.set(id, (c = noFindings()))
      c[f.severity]++
    }
  }
  return counts
}

/** The highest severity present, or null when there is none. */
export function worstSeverity(counts: SeverityCounts): Severity | null {
  return SEVERITIES.find((s) => counts[s] > 0) ?? null
}

/** Activities in use (not retired): what the register figures are about. */
const inUse = (activities: readonly ProcessingActivity[]) => activities.filter((a) => a.status !== 'retired')

/** How many activities use a legal basis; `none` counts activities with a purpose lacking one. */
export interface LegalBasisCount {
  basis: LegalBasis | 'none'
  activities: number
}

/** Activities per Art 6(1) basis: an activity counts once for each basis its purposes use. */
export function activitiesByLegalBasis(activities: readonly ProcessingActivity[]): LegalBasisCount[] {
  const counts = new Map<LegalBasis | 'none', number>([...LEGAL_BASES, 'none' as const].map((b) => [b, 0]))
  for (const a of inUse(activities)) {
    for (const b of new Set(a.purposes.map((p) => p.legalBasis ?? ('none' as const)))) {
      counts.set(b, (counts.get(b) ?? 0) + 1)
    }
  }
  return [...counts].map(([basis, n]) => ({ basis, activities: n }))
}

/** The register in three numbers. */
export interface RegisterSummary {
  activities: number
  /** Activities with every Art 30 field present. */
  complete: number
  /** Mean completeness score, 0–1 (1 for an empty register: nothing is missing). */
  averageScore: number
}

/** How many activities are in use and how complete they are. */
export function registerSummary(activities: readonly ProcessingActivity[]): RegisterSummary {
  const live = inUse(activities)
  let complete = 0
  let sum = 0
  for (const a of live) {
    const c = activityCompleteness(a)
    if (c.missing.length === 0) complete++
    sum += c.score
  }
  return { activities: live.length, complete, averageScore: live.length === 0 ? 1 : sum / live.length }
}

/** One transfer record whose ground the checks do not accept. */
export interface TransferWithoutMechanism {
  id: string
  label: string
  findings: number
}

/**
 * Transfer records whose Chapter V ground fails: those with a high-severity transfer finding (adequacy that does
 * not cover, bundled consent, no TIA, wrong SCC module …). Taken from the open findings, so an accepted one is
 * not counted.
 */
export function transfersWithoutValidMechanism(findings: readonly Finding[]): TransferWithoutMechanism[] {
  const byTransfer = new Map<string, TransferWithoutMechanism>()
  for (const f of findings) {
    if (f.module !== 'transfers' || f.entity.collection !== 'transfers' || f.severity !== 'high') continue
    const known = byTransfer.get(f.entity.id)
    if (known) known.findings++
    else byTransfer.set(f.entity.id, { id: f.entity.id, label: f.entity.label, findings: 1 })
  }
  return [...byTransfer.values()]
}

/**
 * The first `n` findings taken in turns from each kind (`key`, the code by default): the first of every kind,
 * then the second of every kind, and so on, in the order given. On the start page one problem repeated across
 * many records (a processor named in every activity) would otherwise push every other problem out of view.
 */
export function varietyFirst(
  findings: readonly Finding[],
  n: number,
  key: (f: Finding) => string = (f) => f.code,
): Finding[] {
  const queues = new Map<string, Finding[]>()
  for (const f of findings) {
    const k = key(f)
    const list = queues.get(k)
    if (list) list.push(f)
    else queues.set(k, [f])
  }
  const out: Finding[] = []
  const lists = [...queues.values()]
  for (let round = 0; out.length < n && lists.some((q) => q.length > round); round++) {
    for (const q of lists) {
      const f = q[round]
      if (f && out.length < n) out.push(f)
    }
  }
  return out
}

/** The start page's pick: taken in turns from each module, and within a module from each kind of problem. */
export function startPageFindings(findings: readonly Finding[], n: number): Finding[] {
  return varietyFirst(varietyFirst(findings, findings.length), n, (f) => f.module)
}
