/**
 * Builders for tests: a fully acceptable review and an active agreement, which a test then changes in the one
 * place it is about.
 */
import { emptyAgreementReview, type AgreementReview, type ProcessorAgreementFields } from './agreement.schema'

/** Fixed ids so findings and reminders can be asserted by entity. */
export const FIXTURE_IDS = {
  agreement: '33333333-3333-4333-8333-333333333333',
  vendor: '22222222-2222-4222-8222-222222222222',
  review: '55555555-5555-4555-8555-555555555555',
  subProcessor: '66666666-6666-4666-8666-666666666666',
  activity: '44444444-4444-4444-8444-444444444444',
} as const

/** A review with every clause present (breach notice within 24 hours), reviewed and signed off on `reviewedOn`. */
export function acceptableReview(reviewedOn = '2026-02-01'): AgreementReview {
  const review = emptyAgreementReview(FIXTURE_IDS.review, 'DPO', reviewedOn)
  for (const a of [...Object.values(review.clauses), ...Object.values(review.extras)]) {
    a.status = 'present'
    a.clauseRef = '§ 4'
  }
  review.extras.breach_notice_hours.hours = 24
  return { ...review, signedOff: { by: 'DPO', at: `${reviewedOn}T12:00:00.000Z` }, outcome: 'acceptable' }
}

/** An active agreement with a 30-day objection window, one review and no sub-processors. */
export function activeAgreement(
  overrides: Partial<ProcessorAgreementFields> = {},
): ProcessorAgreementFields & { id: string } {
  return {
    id: FIXTURE_IDS.agreement,
    vendorId: FIXTURE_IDS.vendor,
    title: 'PUB-avtal Acme',
    version: '2.1',
    signedOn: '2026-01-10',
    effectiveOn: '2026-01-15',
    expiresOn: null,
    noticePeriodDays: null,
    nextReviewOn: '2027-01-15',
    status: 'active',
    document: null,
    subProcessorAuthorisation: 'general',
    objectionWindowDays: 30,
    subProcessors: [],
    reviews: [acceptableReview()],
    notes: '',
    ...overrides,
  }
}
