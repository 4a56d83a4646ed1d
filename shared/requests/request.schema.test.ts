import { describe, expect, it } from 'vitest'
import { DataSubjectRequestSchema, newRequestFields, type DataSubjectRequestFields } from './request.schema'

const request = (over: Partial<DataSubjectRequestFields> = {}): DataSubjectRequestFields => ({
  ...newRequestFields('access', '2026-03-10', 'electronic'),
  ...over,
})

describe('DataSubjectRequestSchema', () => {
  it('accepts a logged request and rejects bad dates, extension lengths and unknown keys', () => {
    const stored = {
      ...request(),
      id: '0d8a3c4e-1b2f-4a5b-8c6d-7e8f9a0b1c2d',
      createdAt: '2026-03-10T09:00:00Z',
      updatedAt: '2026-03-10T09:00:00Z',
      revision: 1,
    }
    expect(DataSubjectRequestSchema.safeParse(stored).success).toBe(true)
    expect(DataSubjectRequestSchema.safeParse({ ...stored, receivedAt: '2026-02-30' }).success).toBe(false)
    expect(
      DataSubjectRequestSchema.safeParse({
        ...stored,
        extension: { notifiedOn: '2026-03-20', reasons: 'x', months: 3 },
      }).success,
    ).toBe(false)
    expect(DataSubjectRequestSchema.safeParse({ ...stored, type: 'complaint' }).success).toBe(false)
    expect(DataSubjectRequestSchema.safeParse({ ...stored, extra: true }).success).toBe(false)
    expect(DataSubjectRequestSchema.safeParse({ ...stored, type: 'withdraw_consent' }).success).toBe(true)
  })
})
