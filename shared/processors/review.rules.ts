/**
 * The life of a clause-by-clause review: a draft is started (carrying over the last signed review so the DPO
 * only checks what changed), filled in, and signed off; a signed review is a dated version that never changes
 * again (accountability, Art 5(2)), so earlier reviews stay readable exactly as they were signed.
 */
import { addMonths, format, parseISO } from 'date-fns'
import { canonicalJson } from '../kernel'
import { deriveReviewOutcome } from './agreement.rules'
import { emptyAgreementReview, type AgreementReview, type ProcessorAgreementFields } from './agreement.schema'

/** How long after a signed review the next one is due, unless the DPO sets another date. */
export const REVIEW_INTERVAL_MONTHS = 12

type WithReviews = Pick<ProcessorAgreementFields, 'reviews'>

/** A deep copy of plain review data (JSON values only), so the draft never shares objects with a signed review. */
const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** True once the review is signed off, and so read-only. */
export const isSignedOff = (review: AgreementReview): boolean => review.signedOff !== null

/** Signed-off reviews, newest first (by review date, then sign-off time), for the version list. */
export function signedReviews(agreement: WithReviews): AgreementReview[] {
  return agreement.reviews
    .filter(isSignedOff)
    .sort(
      (a, b) =>
        b.reviewedOn.localeCompare(a.reviewedOn) || (b.signedOff?.at ?? '').localeCompare(a.signedOff?.at ?? ''),
    )
}

/** The latest signed-off review: the one whose outcome counts (a draft is work in progress, not a review). */
export function latestSignedReview(agreement: WithReviews): AgreementReview | null {
  return signedReviews(agreement)[0] ?? null
}

/** The review being drafted, or null; the UI keeps at most one draft at a time. */
export function draftReview(agreement: WithReviews): AgreementReview | null {
  return agreement.reviews.find((r) => !isSignedOff(r)) ?? null
}

/**
 * A new draft review of the agreement as it stands: clause assessments copied from the latest signed review
 * (so a re-review starts from what was found last time), for the agreement's current version and document.
 */
export function startReview(
  agreement: WithReviews & Pick<ProcessorAgreementFields, 'version' | 'document'>,
  draft: { id: string; reviewedBy: string; reviewedOn: string },
): AgreementReview {
  const blank = emptyAgreementReview(draft.id, draft.reviewedBy, draft.reviewedOn)
  const previous = latestSignedReview(agreement)
  return {
    ...blank,
    clauses: previous ? copyOf(previous.clauses) : blank.clauses,
    extras: previous ? copyOf(previous.extras) : blank.extras,
    agreementVersion: agreement.version,
    documentSha256: agreement.document?.sha256 ?? null,
  }
}

/**
 * The review as signed: who and when, the outcome derived from its clauses at that moment, the date of the
 * sign-off as review date, and the document it was made against.
 */
export function signOff(
  review: AgreementReview,
  by: { name: string; at: Date; today: string; documentSha256: string | null },
): AgreementReview {
  return {
    ...review,
    reviewedBy: review.reviewedBy.trim() || by.name,
    reviewedOn: by.today,
    signedOff: { by: by.name, at: by.at.toISOString() },
    outcome: deriveReviewOutcome(review).outcome,
    documentSha256: by.documentSha256,
  }
}

/**
 * Ids of signed-off reviews that `after` drops or changes compared with `before`. A save whose list is not
 * empty must be refused: a signed version is evidence and stays as it was signed.
 */
export function changedSignedReviews(before: readonly AgreementReview[], after: readonly AgreementReview[]): string[] {
  const next = new Map(after.map((r) => [r.id, r]))
  return before.filter(isSignedOff).flatMap((r) => {
    const now = next.get(r.id)
    return now && canonicalJson(now) === canonicalJson(r) ? [] : [r.id]
  })
}

/**
 * The next review date after a sign-off on `reviewedOn`: a later date the DPO already set is kept, otherwise
 * one review interval on, so a completed review clears the "review due" reminder.
 */
export function nextReviewAfterSignOff(nextReviewOn: string | null, reviewedOn: string): string {
  if (nextReviewOn !== null && nextReviewOn > reviewedOn) return nextReviewOn
  return format(addMonths(parseISO(reviewedOn), REVIEW_INTERVAL_MONTHS), 'yyyy-MM-dd')
}
