/**
 * Register completeness over time, rebuilt from the audit log. The log keeps, for every save of an activity,
 * the old value of each changed field (and the whole record on delete), so starting from today's register and
 * undoing the entries newest first gives the register as it stood at the end of each earlier day. A workspace
 * reset or restore ends the walk: what came before it is not in this log.
 */
import type { AuditEntry } from '../audit'
import { stockholmDateOf } from '../deadlines'
import { activityCompleteness, type ActivityFields, type ProcessingActivity } from '../register'

/** The register's mean completeness at the end of one day. */
export interface CompletenessPoint {
  date: string
  /** Activities in use (not retired) that day. */
  activities: number
  /** Mean completeness score, 0–1 (1 when there were none). */
  averageScore: number
}

type Stored = Record<string, unknown>

/** An activity's score, or null for one not in use (or an old record the rules cannot read). */
function scoreOf(record: Stored | undefined): number | null {
  if (!record || record.status === 'retired') return null
  try {
    return activityCompleteness(record as unknown as ActivityFields).score
  } catch {
    return null
  }
}

/** The register state being rolled back, with a running total so each step costs one record. */
class RegisterState {
  private records = new Map<string, Stored>()
  private scores = new Map<string, number>()
  private sum = 0

  constructor(activities: readonly ProcessingActivity[]) {
    for (const a of activities) this.set(a.id, { ...a })
  }

  set(id: string, record: Stored | undefined): void {
    this.sum -= this.scores.get(id) ?? 0
    this.scores.delete(id)
    if (record === undefined) {
      this.records.delete(id)
      return
    }
    this.records.set(id, record)
    const score = scoreOf(record)
    if (score !== null) {
      this.scores.set(id, score)
      this.sum += score
    }
  }

  get(id: string): Stored | undefined {
    return this.records.get(id)
  }

  point(date: string): CompletenessPoint {
    const n = this.scores.size
    return { date, activities: n, averageScore: n === 0 ? 1 : this.sum / n }
  }
}

/**
 * The Stockholm date of an audit entry's UTC time. Stockholm's offset is a whole number of hours, so the UTC hour
 * decides the date: one time-zone lookup per hour instead of one per entry (100,000 entries took 300 ms).
 */
function stockholmDayOf(at: string, byHour: Map<string, string>): string {
  if (at.length < 20 || !at.endsWith('Z')) return stockholmDateOf(at)
  const hour = at.slice(0, 13)
  let date = byHour.get(hour)
  if (date === undefined) {
    date = stockholmDateOf(`${hour}:00:00.000Z`)
    byHour.set(hour, date)
  }
  return date
}

/** True for entries before which the log cannot tell what the register held. */
const endsHistory = (e: AuditEntry): boolean =>
  e.entity === 'workspace' && (e.op === 'reset' || e.op === 'restore' || e.op === 'import')

/** Undoes one audited change to an activity. */
function undo(state: RegisterState, e: AuditEntry): void {
  if (e.op === 'create' || e.op === 'restore' || e.op === 'import') return state.set(e.entityId, undefined)
  if (e.op === 'delete') {
    const whole = e.changes.find((c) => c.field === '*')?.before
    return state.set(e.entityId, whole && typeof whole === 'object' ? { ...(whole as Stored) } : undefined)
  }
  const current = state.get(e.entityId)
  if (!current) return
  const previous = { ...current }
  for (const c of e.changes) previous[c.field] = c.before
  state.set(e.entityId, previous)
}

/**
 * One point per day on which activities changed, from `today` back to `since` (or the last reset), oldest
 * first; at most `maxPoints` (365) points, the most recent kept.
 */
export function completenessHistory(
  activities: readonly ProcessingActivity[],
  auditLog: readonly AuditEntry[],
  today: string,
  options: { since?: string; maxPoints?: number } = {},
): CompletenessPoint[] {
  const maxPoints = options.maxPoints ?? 365
  const state = new RegisterState(activities)
  const points: CompletenessPoint[] = [state.point(today)]
  let day = today
  const byHour = new Map<string, string>()
  for (let i = auditLog.length - 1; i >= 0; i--) {
    const e = auditLog[i]!
    if (endsHistory(e)) break
    if (e.entity !== 'activities') continue
    const date = stockholmDayOf(e.at, byHour)
    if (options.since !== undefined && date < options.since) break
    // Crossing into an earlier day: the state now is how that day ended.
    if (date < day) {
      if (points.length >= maxPoints) break
      day = date
      points.push(state.point(day))
    }
    undo(state, e)
  }
  return points.reverse()
}
