/**
 * The one shape every compliance check returns (domain-reference §9), whatever module it comes from, so the
 * findings view, the dashboard, the register list and the inspection pack can list them side by side. Each
 * module's own check functions keep their own finding shapes; the adapters in this folder translate them.
 */
import type { WorkspaceData } from '../backup/workspace.schema'

/** A text in both interface languages. */
export interface Localised {
  sv: string
  en: string
}

/** How urgently the DPO should act: high = likely unlawful now, low = tidy-up or reminder. */
export const SEVERITIES = ['high', 'medium', 'low'] as const
/** How urgently the DPO should act. */
export type Severity = (typeof SEVERITIES)[number]

/** The parts of the app a finding belongs to, in the order the findings view groups them. */
export const CHECK_MODULES = [
  'register',
  'lia',
  'dpia',
  'processors',
  'vendors',
  'transfers',
  'breaches',
  'requests',
  'complaints',
] as const
/** The part of the app a finding belongs to. */
export type CheckModule = (typeof CHECK_MODULES)[number]

/** Where a finding's record lives: a workspace collection, or the organisation profile. */
export type EntityCollection =
  | 'activities'
  | 'vendors'
  | 'agreements'
  | 'transfers'
  | 'lias'
  | 'dpiaScreenings'
  | 'breaches'
  | 'requests'
  | 'complaints'
  | 'organisation'

/** The record a finding is about, with a name to show without loading it. */
export interface EntityRef {
  collection: EntityCollection
  id: string
  label: string
}

/** One problem found by a check, with the rule it breaks and what to do about it. */
export interface Finding {
  /** `${code}:${entity.id}`, plus `:${part}` when one record can have the problem more than once (a purpose id, a clause). */
  id: string
  /** What exactly is wrong, e.g. `register/purpose-without-basis` or `transfers/consent-bundled`. */
  code: string
  /** The `CheckDefinition.code` that found it. */
  check: string
  severity: Severity
  module: CheckModule
  /** The article or guideline it derives from, e.g. `Art 6(1), 5(2)`. */
  rule: string
  entity: EntityRef
  /** Path in the record of the field to fix, e.g. `purposes[0].legalBasis`. */
  field?: string
  /** The register activities concerned (may be none), so the register list can count the finding per activity. */
  activityIds: string[]
  message: Localised
  fix: Localised
}

/** The moment the checks run for: rules that depend on the date read it from here, never from the clock. */
export interface CheckContext {
  /** The Stockholm calendar date, `YYYY-MM-DD`. */
  today: string
  now: Date
}

/** One registered check, documented by its own metadata. */
export interface CheckDefinition {
  /** Stable code, e.g. `register/purpose-without-basis`; findings carry it as `check`. */
  code: string
  module: CheckModule
  title: Localised
  /** The article or guideline it derives from. */
  rule: string
  /** What it checks, in a sentence or two. */
  description: Localised
  /** The number in domain-reference §9, or null for a related check not numbered there. */
  reference: number | null
  run(snapshot: WorkspaceData, context: CheckContext): Finding[]
}

/** The fields a check supplies; `id`, `check` and `module` are derived. */
export type FindingDraft = Omit<Finding, 'id' | 'check' | 'module'> & {
  /** Distinguishes several findings of one code on one record (a purpose id, a clause key). */
  part?: string
}

/** The stable id of a finding: the same problem on the same record keeps its id across runs. */
export function findingId(code: string, entityId: string, part?: string): string {
  return part ? `${code}:${entityId}:${part}` : `${code}:${entityId}`
}

/**
 * Makes `id` unique among `used`, the ids already given to the same record by the same check, with a `:2`,
 * `:3` … suffix, so each finding can be accepted on its own. Uniqueness is settled per record while its
 * findings are made, not by hashing every id of the run: a large register gives tens of thousands of them.
 */
export function uniqueWithin(used: string[], id: string): string {
  let unique = id
  for (let n = 2; used.includes(unique); n++) unique = `${id}:${n}`
  used.push(unique)
  return unique
}

/**
 * Completes a check's drafts into findings of that check, in one allocation each. Drafts about one record come
 * together (the checks go record by record), so repeated ids are caught among the findings of that record.
 */
export function toFindings(
  definition: Pick<CheckDefinition, 'code' | 'module'>,
  drafts: readonly FindingDraft[],
): Finding[] {
  const out: Finding[] = []
  let record = ''
  const used: string[] = []
  for (const d of drafts) {
    if (d.entity.id !== record) {
      record = d.entity.id
      if (used.length !== 0) used.length = 0
    }
    const f: Finding = {
      id: uniqueWithin(used, findingId(d.code, d.entity.id, d.part)),
      code: d.code,
      check: definition.code,
      severity: d.severity,
      module: definition.module,
      rule: d.rule,
      entity: d.entity,
      activityIds: d.activityIds,
      message: d.message,
      fix: d.fix,
    }
    if (d.field !== undefined) f.field = d.field
    out.push(f)
  }
  return out
}

// The modules' codes are a small fixed set; each is translated once rather than once per finding.
const namespaced = new Map<string, string>()

/** `module/some-code` from a module's own code (`breach_late_without_reason` → `breaches/breach-late-without-reason`). */
export function namespacedCode(module: CheckModule, code: string): string {
  const key = `${module} ${code}`
  let out = namespaced.get(key)
  if (out === undefined) {
    const kebab = code.replaceAll('_', '-')
    out = kebab.includes('/') ? kebab : `${module}/${kebab}`
    if (namespaced.size < 1000) namespaced.set(key, out)
  }
  return out
}

/** True when free text has something other than white space in it. */
export const filled = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0

/** The rank of a severity for sorting: high first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 }

/** A check from its metadata and a function producing drafts; ids, check code and module are filled in. */
export function defineCheck(
  meta: Omit<CheckDefinition, 'run'>,
  run: (snapshot: WorkspaceData, context: CheckContext) => FindingDraft[],
): CheckDefinition {
  return { ...meta, run: (snapshot, context) => toFindings(meta, run(snapshot, context)) }
}

/**
 * A short stable sub-id from a text, for module findings that do not expose which item they are about: the
 * same message on the same record gives the same id run after run (djb2, base 36).
 */
export function textPart(text: string): string {
  let h = 5381
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
}
