import { describe, expect, it } from 'vitest'
import {
  AgreementReviewSchema,
  EXTRA_CLAUSE_KEYS,
  MANDATORY_CLAUSE_KEYS,
  ProcessorAgreementFieldsSchema,
  ProcessorAgreementSchema,
  emptyAgreementFields,
  emptyAgreementReview,
} from './agreement.schema'
import { FIXTURE_IDS, acceptableReview, activeAgreement } from './fixtures'

const fields = () => {
  const { id: _id, ...rest } = activeAgreement()
  return rest
}
const subProcessor = {
  id: FIXTURE_IDS.subProcessor,
  name: 'Support Pvt Ltd',
  service: 'Support',
  country: 'IN',
  notifiedOn: '2026-04-01',
  objectionDeadline: null,
  decision: 'pending',
}

describe('ProcessorAgreementFieldsSchema', () => {
  it('accepts the fixture and a stored record', () => {
    expect(ProcessorAgreementFieldsSchema.safeParse(fields()).success).toBe(true)
    const stamp = {
      id: FIXTURE_IDS.agreement,
      createdAt: '2026-01-10T09:00:00Z',
      updatedAt: '2026-01-10T09:00:00Z',
      revision: 3,
    }
    expect(ProcessorAgreementSchema.safeParse({ ...stamp, ...fields() }).success).toBe(true)
  })

  it('accepts document metadata with a hex SHA-256 and refuses anything else', () => {
    const document = { name: 'pub.pdf', sha256: 'a'.repeat(64), bytes: 120_000, mimeType: 'application/pdf' }
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), document }).success).toBe(true)
    const upper = { ...document, sha256: 'A'.repeat(64) }
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), document: upper }).success).toBe(false)
    const negative = { ...document, bytes: -1 }
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), document: negative }).success).toBe(false)
  })

  it('accepts a sub-processor with an empty or known country, refuses an unknown one', () => {
    const parse = (country: string) =>
      ProcessorAgreementFieldsSchema.safeParse({ ...fields(), subProcessors: [{ ...subProcessor, country }] })
    expect(parse('IN').success).toBe(true)
    expect(parse('').success).toBe(true)
    expect(parse('QQ').success).toBe(false)
    const parsed = ProcessorAgreementFieldsSchema.parse({ ...fields(), subProcessors: [subProcessor] })
    expect(parsed.subProcessors[0]?.decidedOn).toBeNull()
  })

  it('refuses unknown status, authorisation and decision values', () => {
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), status: 'signed' }).success).toBe(false)
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), subProcessorAuthorisation: 'none' }).success).toBe(
      false,
    )
    const bad = { ...subProcessor, decision: 'ignored' }
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...fields(), subProcessors: [bad] }).success).toBe(false)
  })
})

describe('AgreementReviewSchema', () => {
  it('accepts the empty review and the acceptable fixture', () => {
    const empty = emptyAgreementReview(FIXTURE_IDS.review, 'DPO', '2026-02-01')
    expect(AgreementReviewSchema.safeParse(empty).success).toBe(true)
    expect(AgreementReviewSchema.safeParse(acceptableReview()).success).toBe(true)
  })

  it('starts every clause as missing, the breach notice without hours', () => {
    const empty = emptyAgreementReview(FIXTURE_IDS.review, 'DPO', '2026-02-01')
    expect(Object.keys(empty.clauses)).toEqual([...MANDATORY_CLAUSE_KEYS])
    expect(Object.keys(empty.extras).sort()).toEqual([...EXTRA_CLAUSE_KEYS].sort())
    expect(Object.values(empty.clauses).every((c) => c.status === 'missing')).toBe(true)
    expect(empty.extras.breach_notice_hours.hours).toBeNull()
  })

  it('refuses a review without one of the mandatory clauses', () => {
    const review = acceptableReview()
    const { h2: _h2, ...clauses } = review.clauses
    expect(AgreementReviewSchema.safeParse({ ...review, clauses }).success).toBe(false)
  })

  it('refuses negative or fractional breach-notice hours and an unknown clause status', () => {
    const review = acceptableReview()
    const withHours = (hours: number) => ({
      ...review,
      extras: { ...review.extras, breach_notice_hours: { ...review.extras.breach_notice_hours, hours } },
    })
    expect(AgreementReviewSchema.safeParse(withHours(-1)).success).toBe(false)
    expect(AgreementReviewSchema.safeParse(withHours(1.5)).success).toBe(false)
    const clauses = { ...review.clauses, a: { ...review.clauses.a, status: 'unknown' } }
    expect(AgreementReviewSchema.safeParse({ ...review, clauses }).success).toBe(false)
  })

  it('requires a name on a sign-off', () => {
    const signedOff = { by: '', at: '2026-02-01T12:00:00Z' }
    expect(AgreementReviewSchema.safeParse({ ...acceptableReview(), signedOff }).success).toBe(false)
  })
})

describe('emptyAgreementFields', () => {
  it('needs only a vendor and a title to be valid, and has a 30-day objection window', () => {
    const blank = emptyAgreementFields(FIXTURE_IDS.vendor)
    expect(ProcessorAgreementFieldsSchema.safeParse(blank).success).toBe(false)
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...blank, title: 'PUB-avtal' }).success).toBe(true)
    expect(ProcessorAgreementFieldsSchema.safeParse({ ...emptyAgreementFields(), title: 'PUB-avtal' }).success).toBe(
      false,
    )
    expect(blank.objectionWindowDays).toBe(30)
  })
})
