/**
 * How an LIA moves between draft and signed off (domain-reference §2.2 step 4, "version each LIA"): a new draft
 * starts at version 1; sign-off freezes the version as an immutable snapshot; any later change to the
 * assessment starts the next version as a draft, so what was signed is never edited in place.
 */
import { canonicalJson, err, ok, type Result } from '../kernel'
import { takeLiaVersion } from './lia-version.rules'
import { addMonthsToIsoDate, DEFAULT_REVIEW_MONTHS, effectiveOutcome } from './lia.rules'
import {
  emptyLiaAnswers,
  type LegitimateInterestAssessment,
  type LiaDecidedOutcome,
  type LiaRecordFields,
  type LiaVersion,
} from './lia.schema'

/** The fields the LIA form edits; status, version and sign-off change only through the rules below. */
export type LiaEdit = Pick<
  LiaRecordFields,
  | 'activityIds'
  | 'purposeIds'
  | 'author'
  | 'reviewer'
  | 'answers'
  | 'outcomeReasoning'
  | 'dpiaNeeded'
  | 'outcomeOverride'
  | 'nextReviewOn'
>

/** Which activities and purposes a new LIA covers (empty purposes: every purpose of the activities). */
export interface LiaLinks {
  activityIds: string[]
  purposeIds: string[]
}

/** A fresh, unanswered draft at version 1. */
export function newLiaDraft(author: string, links: LiaLinks): LiaRecordFields {
  return {
    activityIds: [...new Set(links.activityIds)],
    purposeIds: [...new Set(links.purposeIds)],
    version: 1,
    author,
    reviewer: '',
    status: 'draft',
    answers: emptyLiaAnswers(),
    outcomeReasoning: '',
    dpiaNeeded: null,
    outcomeOverride: null,
    signOff: null,
    nextReviewOn: null,
  }
}

/** The stored record without its bookkeeping (id, timestamps, revision), as the repository validates it. */
export function liaRecordFields(lia: LegitimateInterestAssessment): LiaRecordFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = lia
  return fields
}

/** The part of an LIA the form edits. */
export function liaEditOf(lia: LiaRecordFields): LiaEdit {
  const { activityIds, purposeIds, author, reviewer, answers, outcomeReasoning, dpiaNeeded } = lia
  const { outcomeOverride, nextReviewOn } = lia
  return {
    activityIds,
    purposeIds,
    author,
    reviewer,
    answers,
    outcomeReasoning,
    dpiaNeeded,
    outcomeOverride,
    nextReviewOn,
  }
}

/**
 * Whether an edit changes the assessment itself. Moving the review date is scheduling, not a new assessment,
 * so it does not re-open a signed-off LIA; everything else does.
 */
export function changesAssessment(before: LiaEdit, after: LiaEdit): boolean {
  const { nextReviewOn: _b, ...b } = before
  const { nextReviewOn: _a, ...a } = after
  return canonicalJson(b) !== canonicalJson(a)
}

/**
 * The next version as a draft: same answers, no sign-off. An override is a decision about the answers it was
 * given on, so it does not carry over to answers that are about to change; the signed version keeps it.
 */
export function startNewDraft(current: LiaRecordFields): LiaRecordFields {
  if (current.status === 'draft') return current
  return { ...current, status: 'draft', version: current.version + 1, signOff: null, outcomeOverride: null }
}

/**
 * The fields to store after the DPO saves the form. On a signed-off LIA a change to the assessment starts the
 * next version as a draft; an override set in this very edit is kept, an old one is dropped (see above).
 */
export function applyLiaEdit(current: LiaRecordFields, edit: LiaEdit): LiaRecordFields {
  if (current.status !== 'signed_off' || !changesAssessment(liaEditOf(current), edit)) return { ...current, ...edit }
  const overrideChanged = canonicalJson(edit.outcomeOverride) !== canonicalJson(current.outcomeOverride)
  return { ...startNewDraft(current), ...edit, outcomeOverride: overrideChanged ? edit.outcomeOverride : null }
}

/** The calendar date (Swedish time) of an instant. */
function stockholmDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now)
}

/** §2.2: re-review at least yearly, counted from the sign-off day. */
export function defaultLiaReviewDate(now: Date): string {
  return addMonthsToIsoDate(stockholmDate(now), DEFAULT_REVIEW_MONTHS)
}

/** Why a sign-off was refused; the UI maps the code to a message. */
export type LiaSignOffRefusal = 'already_signed_off' | 'incomplete' | 'review_date_not_after_sign_off'

/** A signed-off LIA (not yet stamped by the repository) and the version snapshot to store with it. */
export interface LiaSignOffResult {
  lia: LegitimateInterestAssessment
  version: LiaVersion
  outcome: LiaDecidedOutcome
}

/**
 * Signs off the current draft: records who signed, when and which outcome (the override's if any, else the
 * derived one), sets the next review date, and snapshots the version. "Incomplete" cannot be signed: it is a
 * state, not a decision. A failing LIA can be signed, since documenting that (f) does not hold is a decision.
 */
export function signOffLia(
  current: LegitimateInterestAssessment,
  by: string,
  now: Date,
  nextReviewOn: string | null = null,
): Result<LiaSignOffResult> {
  if (current.status === 'signed_off') return err('already_signed_off', 'The LIA is already signed off')
  const outcome = effectiveOutcome(current).outcome
  if (outcome === 'incomplete') return err('incomplete', 'An incomplete LIA cannot be signed off')
  const reviewOn = nextReviewOn ?? defaultLiaReviewDate(now)
  if (reviewOn <= stockholmDate(now)) {
    return err('review_date_not_after_sign_off', 'The next review must fall after the sign-off date')
  }
  const signOff = { by, at: now.toISOString(), outcome }
  const lia: LegitimateInterestAssessment = { ...current, status: 'signed_off', signOff, nextReviewOn: reviewOn }
  return ok({ lia, version: takeLiaVersion(lia, by, now), outcome })
}
