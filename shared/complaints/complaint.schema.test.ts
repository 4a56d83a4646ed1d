import { describe, expect, it } from 'vitest'
import { CaseDocumentSchema, ComplaintSchema, newComplaintFields, type ComplaintFields } from './complaint.schema'

const imyCase = (over: Partial<ComplaintFields> = {}): ComplaintFields => ({
  ...newComplaintFields('imy_case', 'complaint', 'Complaint about CCTV', '2026-03-02'),
  imyCaseNumber: 'IMY-2026-1234',
  responseDueAt: '2026-03-20',
  ...over,
})

describe('ComplaintSchema', () => {
  it('accepts a case and rejects unknown types, bad document dates and unknown keys', () => {
    const stored = {
      ...imyCase(),
      id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
      createdAt: '2026-03-02T08:00:00Z',
      updatedAt: '2026-03-02T08:00:00Z',
      revision: 1,
    }
    expect(ComplaintSchema.safeParse(stored).success).toBe(true)
    expect(ComplaintSchema.safeParse({ ...stored, type: 'audit' }).success).toBe(false)
    expect(
      ComplaintSchema.safeParse({ ...stored, documents: [{ name: 'Svar', sentAt: 'igår', publicRecordAck: true }] })
        .success,
    ).toBe(false)
    expect(ComplaintSchema.safeParse({ ...stored, secret: 1 }).success).toBe(false)
  })
})

describe('newComplaintFields', () => {
  it('opens a valid internal complaint with nothing decided', () => {
    const c = newComplaintFields('internal', 'complaint', 'Newsletter after opt-out', '2026-05-04')
    expect(c).toMatchObject({ status: 'open', outcome: null, responseDueAt: null, documents: [] })
    expect(
      ComplaintSchema.safeParse({
        ...c,
        id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
        createdAt: '2026-05-04T08:00:00Z',
        updatedAt: '2026-05-04T08:00:00Z',
        revision: 1,
      }).success,
    ).toBe(true)
    expect(
      ComplaintSchema.safeParse({
        ...c,
        title: '',
        id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
        createdAt: '2026-05-04T08:00:00Z',
        updatedAt: '2026-05-04T08:00:00Z',
        revision: 1,
      }).success,
    ).toBe(false)
  })

  it('keeps documents listed before direction and stored files existed valid (sent, no file)', () => {
    const doc = { name: 'Yttrande', sentAt: '2026-03-19', publicRecordAck: true }
    const parsed = CaseDocumentSchema.parse(doc)
    expect([parsed.direction, parsed.documentId]).toEqual(['sent', null])
    expect(CaseDocumentSchema.safeParse({ ...doc, documentId: 'nope' }).success).toBe(false)
    expect(CaseDocumentSchema.safeParse({ ...doc, direction: 'lost' }).success).toBe(false)
  })
})
