/**
 * The findings view's filter and grouping: pure, over the findings of one run, so typing in the search box
 * stays fast with thousands of findings and the grouping is tested without a browser.
 */
import {
  CHECK_MODULES,
  compareFindings,
  SEVERITIES,
  type CheckModule,
  type Finding,
  type Localised,
  type Severity,
} from '@shared/checks'

/** What the DPO narrows the list by. */
export interface FindingFilters {
  text: string
  severity: Severity[]
  module: CheckModule[]
}

/** No filter. */
export const noFilters = (): FindingFilters => ({ text: '', severity: [], module: [] })

/** The findings matching every filter; words in the text are AND-ed over message, fix, rule and record name. */
export function filterFindings(
  findings: readonly Finding[],
  f: FindingFilters,
  pick: (text: Localised) => string,
): Finding[] {
  const words = f.text.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
  return findings.filter((x) => {
    if (f.severity.length > 0 && !f.severity.includes(x.severity)) return false
    if (f.module.length > 0 && !f.module.includes(x.module)) return false
    if (words.length === 0) return true
    const hay = `${pick(x.message)}\n${pick(x.fix)}\n${x.rule}\n${x.entity.label}`.toLocaleLowerCase('sv')
    return words.every((w) => hay.includes(w))
  })
}

/** Findings of one module within one severity. */
export interface ModuleGroup {
  module: CheckModule
  findings: Finding[]
}

/** Findings of one severity, by module. */
export interface SeverityGroup {
  severity: Severity
  count: number
  modules: ModuleGroup[]
}

/** Groups by severity (high first), then by module in the app's order; empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity)
    const modules = CHECK_MODULES.map((module) => ({
      module,
      findings: ofSeverity.filter((f) => f.module === module).sort(compareFindings),
    })).filter((g) => g.findings.length > 0)
    return { severity, count: ofSeverity.length, modules }
  }).filter((g) => g.count > 0)
}

/** Filters from a route query (`?severity=high&module=transfers`), ignoring unknown values. */
export function filtersFromQuery(query: Record<string, unknown>): FindingFilters {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : [])
  return {
    text: typeof query.q === 'string' ? query.q : '',
    severity: list(query.severity).filter((s): s is Severity => (SEVERITIES as readonly string[]).includes(s)),
    module: list(query.module).filter((m): m is CheckModule => (CHECK_MODULES as readonly string[]).includes(m)),
  }
}
