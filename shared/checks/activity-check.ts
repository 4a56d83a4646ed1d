/**
 * The frame of a register check: it looks at one live activity at a time, with the shared lookups at hand,
 * and says what is wrong with it. Retired activities are skipped: they are history, not processing.
 */
import type { WorkspaceData } from '../backup/workspace.schema'
import type { ProcessingActivity } from '../register'
import {
  findingId,
  uniqueWithin,
  type CheckContext,
  type CheckDefinition,
  type EntityRef,
  type Finding,
  type Localised,
  type Severity,
} from './finding'
import { indexWorkspace, type WorkspaceIndex } from './workspace-index'

/** What a register check sees besides the activity. */
export interface ActivityCheckContext extends CheckContext {
  index: WorkspaceIndex
  snapshot: WorkspaceData
}

/** The activity as the entity of a finding. */
export const activityEntity = (a: Pick<ProcessingActivity, 'id' | 'name'>): EntityRef => ({
  collection: 'activities',
  id: a.id,
  label: a.name,
})

/** What varies between the findings of one check: severity and texts; code and rule default to the check's. */
export interface FindingSpec {
  severity: Severity
  message: Localised
  fix: Localised
  code?: string
  rule?: string
}

/** Builds the finding about the activity being checked, pointing at `field`. */
export type ActivityDraft = (spec: FindingSpec, field?: string, part?: string) => Finding

/**
 * A check that looks at one activity at a time. `runAllChecks` calls `forActivity` for every such check while
 * it holds one activity, so a register of 10,000 activities is walked once, not once per check (issue 7: the
 * whole run within 200 ms; the walk over large records, not the rules, is what costs).
 */
export interface ActivityCheckDefinition extends CheckDefinition {
  forActivity(activity: ProcessingActivity, context: ActivityCheckContext): readonly Finding[]
}

/** No findings: shared, so the many activities that pass a check allocate nothing. */
export const NONE: readonly Finding[] = Object.freeze([])

/** The findings `make` gives for the items of a list (purposes, rules …); allocates nothing when none fires. */
export function findingsOver<T>(
  items: readonly T[],
  make: (item: T, index: number) => Finding | null,
): readonly Finding[] {
  let out: Finding[] | null = null
  for (let i = 0; i < items.length; i++) {
    const f = make(items[i]!, i)
    if (f) (out ??= []).push(f)
  }
  return out ?? NONE
}

/** True for checks that can run inside the single walk over the register. */
export const isActivityCheck = (c: CheckDefinition): c is ActivityCheckDefinition =>
  typeof (c as Partial<ActivityCheckDefinition>).forActivity === 'function'

/** The context an activity check needs, built once per run. */
export function activityContext(snapshot: WorkspaceData, context: CheckContext): ActivityCheckContext {
  return { ...context, index: indexWorkspace(snapshot), snapshot }
}

/** Walks the live activities with one check: the check's own `run`. */
function runOver(def: ActivityCheckDefinition, snapshot: WorkspaceData, context: CheckContext): Finding[] {
  const ctx = activityContext(snapshot, context)
  const out: Finding[] = []
  for (const a of ctx.index.liveActivities) for (const f of def.forActivity(a, ctx)) out.push(f)
  return out
}

/** An activity check whose findings the given function builds itself (adapters over other modules). */
export function defineActivityAdapter(
  meta: Omit<CheckDefinition, 'run'>,
  forActivity: (activity: ProcessingActivity, context: ActivityCheckContext) => readonly Finding[],
): ActivityCheckDefinition {
  const def: ActivityCheckDefinition = { ...meta, forActivity, run: (s, c) => runOver(def, s, c) }
  return def
}

/**
 * A register check; `draft` makes findings about the activity at hand, each built complete in one allocation
 * because a large register can give tens of thousands of them.
 */
export function defineActivityCheck(
  meta: Omit<CheckDefinition, 'run' | 'module'>,
  check: (activity: ProcessingActivity, context: ActivityCheckContext, draft: ActivityDraft) => readonly Finding[],
): ActivityCheckDefinition {
  let current: ProcessingActivity
  let entity: EntityRef | null = null
  const used: string[] = []
  const draft: ActivityDraft = (spec, field, part) => {
    const code = spec.code ?? meta.code
    entity ??= activityEntity(current)
    const f: Finding = {
      id: uniqueWithin(used, findingId(code, current.id, part)),
      code,
      check: meta.code,
      severity: spec.severity,
      module: 'register',
      rule: spec.rule ?? meta.rule,
      entity,
      activityIds: [current.id],
      message: spec.message,
      fix: spec.fix,
    }
    if (field !== undefined) f.field = field
    return f
  }
  return defineActivityAdapter({ ...meta, module: 'register' }, (a, ctx) => {
    current = a
    entity = null
    if (used.length !== 0) used.length = 0
    return check(a, ctx, draft)
  })
}
