/**
 * The DPIA screening beside the register: how a stored screening is built, and the register's "DPIA required
 * but none referenced" fact. The register stores its DPIA field as `{ status, reference }` (domain-reference
 * §1.4: `not_needed`+reason | `needed_not_started` | `in_progress` | `done`+link); this module reads that shape
 * structurally, so it does not depend on the register module.
 */
import { checkDpiaReferenced, screenDpia, type DpiaFinding, type DpiaRegisterEntry } from './dpia.rules'
import type { DpiaScreening, DpiaScreeningAnswers, DpiaScreeningFields } from './dpia.schema'

/** The register's DPIA field as the activity stores it; `not_assessed` means nobody has decided yet. */
export interface RegisterDpiaField {
  status: 'not_assessed' | 'not_needed' | 'needed_not_started' | 'in_progress' | 'done'
  reference: string
}

/** The fields of an activity the DPIA facts read. */
export interface DpiaRegisterActivity {
  id: string
  name: string
  dpia: RegisterDpiaField
}

/**
 * The register field in the shape `checkDpiaReferenced` reads. "Not assessed" is no entry at all; the one
 * free-text reference serves as the reason for "not needed" and as the link for "done".
 */
export function dpiaRegisterEntry(field: RegisterDpiaField): DpiaRegisterEntry | null {
  if (field.status === 'not_assessed') return null
  if (field.status === 'not_needed') return { status: 'not_needed', reason: field.reference }
  if (field.status === 'done') return { status: 'done', link: field.reference }
  return { status: field.status }
}

/** The screening stored for an activity, if any (one per activity). */
export function screeningForActivity<S extends Pick<DpiaScreening, 'activityId'>>(
  activityId: string,
  screenings: readonly S[],
): S | null {
  return screenings.find((s) => s.activityId === activityId) ?? null
}

/** domain-reference §1.4 / Art 35(1): the activity's screening requires a DPIA and the register shows none. */
export function dpiaFindingsForActivity(
  activity: DpiaRegisterActivity,
  screening: { id?: string; answers: DpiaScreeningAnswers } | null,
): DpiaFinding[] {
  return checkDpiaReferenced(
    { id: activity.id, name: activity.name, dpia: dpiaRegisterEntry(activity.dpia) },
    screening,
  )
}

/**
 * The register's "DPIA required without DPIA" fact as a predicate: true when the screening (recomputed from its
 * answers) requires a DPIA and the register has none referenced, not started, or done without a reference.
 */
export function dpiaRequiredWithoutDpia(
  activity: DpiaRegisterActivity,
  screening: { id?: string; answers: DpiaScreeningAnswers } | null,
): boolean {
  return dpiaFindingsForActivity(activity, screening).length > 0
}

/** The editable part of a screening. */
export interface DpiaScreeningInput {
  answers: DpiaScreeningAnswers
  note: string
}

/** Builds the stored screening; the result is computed here, never typed in, so it always matches the answers. */
export function screeningFields(
  activityId: string,
  input: DpiaScreeningInput,
  screenedBy: string,
  screenedOn: string,
): DpiaScreeningFields {
  const { result, reasons } = screenDpia(input.answers)
  return { activityId, answers: input.answers, result, reasons, screenedBy, screenedOn, note: input.note }
}
