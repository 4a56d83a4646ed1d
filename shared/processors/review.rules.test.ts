import { describe, expect, it } from 'vitest'
import { emptyAgreementReview } from './agreement.schema'
import { FIXTURE_IDS, acceptableReview, activeAgreement } from './fixtures'
import {
  changedSignedReviews,
  draftReview,
  latestSignedReview,
  nextReviewAfterSignOff,
  signOff,
  signedReviews,
  startReview,
} from './review.rules'

const OTHER = '77777777-7777-4777-8777-777777777777'
const DRAFT = '88888888-8888-4888-8888-888888888888'
const SHA = 'b'.repeat(64)

describe('signed reviews and the draft', () => {
  it('orders signed reviews newest first and leaves drafts out', () => {
    const old = acceptableReview('2025-01-01')
    const newer = { ...acceptableReview('2026-03-01'), id: OTHER }
    const draft = emptyAgreementReview(DRAFT, 'DPO', '2026-06-01')
    const agreement = { reviews: [old, draft, newer] }
    expect(signedReviews(agreement).map((r) => r.id)).toEqual([OTHER, FIXTURE_IDS.review])
    expect(latestSignedReview(agreement)?.id).toBe(OTHER)
    expect(draftReview(agreement)?.id).toBe(DRAFT)
    expect(latestSignedReview({ reviews: [draft] })).toBeNull()
    expect(draftReview({ reviews: [old] })).toBeNull()
  })
})

describe('startReview', () => {
  it('starts blank (every clause missing) when the agreement was never reviewed', () => {
    const a = activeAgreement({ reviews: [], version: '3.0' })
    const r = startReview(a, { id: DRAFT, reviewedBy: 'Åsa', reviewedOn: '2026-05-04' })
    expect(r).toMatchObject({
      id: DRAFT,
      agreementVersion: '3.0',
      signedOff: null,
      outcome: null,
      documentSha256: null,
    })
    expect(r.clauses.a.status).toBe('missing')
  })

  it('carries over the last signed assessment and the current document, as a fresh copy', () => {
    const signed = acceptableReview('2026-02-01')
    signed.clauses.e.status = 'partial'
    const document = { name: 'pub.pdf', sha256: SHA, bytes: 10, mimeType: 'application/pdf', documentId: null }
    const a = activeAgreement({ reviews: [signed], document })
    const r = startReview(a, { id: DRAFT, reviewedBy: 'Åsa', reviewedOn: '2026-05-04' })
    expect(r.clauses.e.status).toBe('partial')
    expect(r.clauses.a).toEqual({ status: 'present', clauseRef: '§ 4', comment: '' })
    expect(r.documentSha256).toBe(SHA)
    r.clauses.a.status = 'missing'
    expect(signed.clauses.a.status).toBe('present')
  })
})

describe('signOff', () => {
  it('fixes who, when, the date, the derived outcome and the document', () => {
    const draft = { ...acceptableReview(), signedOff: null, outcome: null, reviewedBy: '' }
    draft.clauses.h2.status = 'missing'
    const at = new Date('2026-05-04T08:30:00.000Z')
    const signed = signOff(draft, { name: 'Åsa Öberg', at, today: '2026-05-04', documentSha256: SHA })
    expect(signed).toMatchObject({
      reviewedBy: 'Åsa Öberg',
      reviewedOn: '2026-05-04',
      signedOff: { by: 'Åsa Öberg', at: '2026-05-04T08:30:00.000Z' },
      outcome: 'not_acceptable',
      documentSha256: SHA,
    })
  })

  it('keeps a reviewer already named on the draft', () => {
    const draft = { ...acceptableReview(), signedOff: null, reviewedBy: 'Extern jurist' }
    const at = new Date('2026-05-04T08:30:00.000Z')
    expect(signOff(draft, { name: 'DPO', at, today: '2026-05-04', documentSha256: null }).reviewedBy).toBe(
      'Extern jurist',
    )
  })
})

describe('changedSignedReviews', () => {
  const signed = acceptableReview()
  const draft = emptyAgreementReview(DRAFT, 'DPO', '2026-06-01')

  it('allows the draft to change and a new review to be added', () => {
    const changedDraft = { ...draft, notes: 'Pågår' }
    expect(changedSignedReviews([signed, draft], [structuredClone(signed), changedDraft])).toEqual([])
  })

  it('names a signed review that was edited or removed', () => {
    const edited = structuredClone(signed)
    edited.clauses.a.comment = 'ändrad i efterhand'
    expect(changedSignedReviews([signed], [edited])).toEqual([signed.id])
    expect(changedSignedReviews([signed, draft], [draft])).toEqual([signed.id])
  })

  it('does not care about key order', () => {
    const reordered = Object.fromEntries(Object.entries(signed).reverse()) as typeof signed
    expect(changedSignedReviews([signed], [reordered])).toEqual([])
  })
})

describe('nextReviewAfterSignOff', () => {
  it('moves a due or missing date a year on, keeps a later one', () => {
    expect(nextReviewAfterSignOff(null, '2026-05-04')).toBe('2027-05-04')
    expect(nextReviewAfterSignOff('2026-04-01', '2026-05-04')).toBe('2027-05-04')
    expect(nextReviewAfterSignOff('2026-05-04', '2026-05-04')).toBe('2027-05-04')
    expect(nextReviewAfterSignOff('2026-11-30', '2026-05-04')).toBe('2026-11-30')
  })
})
