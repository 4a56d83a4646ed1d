import { describe, expect, it } from 'vitest'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../kernel'
import payroll from '../../test/fixtures/activity-payroll.json'
import {
  ActivityFieldsSchema,
  emptyActivityFields,
  ProcessingActivitySchema,
  type ActivityFields,
  type ProcessingActivity,
} from './activity.schema'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

/** A stored activity with a fixed id and fixed timestamps. */
const fixtureActivity = (n: number, change: Partial<ActivityFields> = {}): ProcessingActivity => ({
  ...completeActivityFields({ name: `Behandling ${n}`, ...change }),
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
  revision: 1,
})

const record = fixtureActivity(1)
const paths = (value: unknown) => {
  const r = ProcessingActivitySchema.safeParse(value)
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
}

describe('ProcessingActivitySchema', () => {
  it('accepts a stored activity unchanged', () => {
    expect(ProcessingActivitySchema.parse(record)).toEqual(record)
  })

  it('refuses unknown keys at the top and inside nested objects', () => {
    expect(ProcessingActivitySchema.safeParse({ ...record, isAdmin: true }).error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['isAdmin'],
    })
    const purposes = [{ ...record.purposes[0]!, extra: 1 }]
    expect(paths({ ...record, purposes })).toEqual(['purposes.0'])
    expect(paths({ ...record, dpia: { ...record.dpia, link: 'x' } })).toEqual(['dpia'])
  })

  it('refuses values outside the enums, naming the path', () => {
    expect(paths({ ...record, role: 'owner' })).toEqual(['role'])
    expect(paths({ ...record, status: 'archived' })).toEqual(['status'])
    expect(paths({ ...record, purposes: [{ ...record.purposes[0]!, legalBasis: 'consent' }] })).toEqual([
      'purposes.0.legalBasis',
    ])
    expect(paths({ ...record, specialCategories: [{ category: 'health', condition: 'k_other' }] })).toEqual([
      'specialCategories.0.condition',
    ])
    expect(paths({ ...record, identityNumbers: { kind: 'ssn', justification: null } })).toEqual([
      'identityNumbers.kind',
    ])
  })

  it('refuses bad formats: country code, period, review date, revision, id', () => {
    expect(paths({ ...record, recipients: [{ name: 'X', kind: 'processor', country: 'se', vendorId: null }] })).toEqual(
      ['recipients.0.country'],
    )
    expect(paths({ ...record, retention: [{ ...record.retention[0]!, period: 'P12' }] })).toEqual([
      'retention.0.period',
    ])
    expect(paths({ ...record, nextReviewOn: '2027-02-30' })).toEqual(['nextReviewOn'])
    expect(paths({ ...record, revision: 0 })).toEqual(['revision'])
    expect(paths({ ...record, id: 'activity-1' })).toEqual(['id'])
  })

  it('bounds text: a name must be non-blank and at most SHORT_TEXT_MAX, notes at most LONG_TEXT_MAX', () => {
    expect(paths({ ...record, name: '' })).toEqual(['name'])
    expect(paths({ ...record, name: 'x'.repeat(SHORT_TEXT_MAX + 1) })).toEqual(['name'])
    expect(paths({ ...record, notes: 'x'.repeat(LONG_TEXT_MAX + 1) })).toEqual(['notes'])
    expect(paths({ ...record, dataSubjectCategories: Array.from({ length: 201 }, () => 'x') })).toEqual([
      'dataSubjectCategories',
    ])
    expect(paths({ ...record, notes: 'x'.repeat(LONG_TEXT_MAX) })).toEqual([])
  })

  it('trims short text', () => {
    expect(ProcessingActivitySchema.parse({ ...record, name: '  Lönehantering  ' }).name).toBe('Lönehantering')
  })
})

describe('ActivityFieldsSchema', () => {
  it('refuses bookkeeping fields, which belong to the record, not the form', () => {
    expect(ActivityFieldsSchema.safeParse({ ...completeActivityFields(), id: record.id }).success).toBe(false)
  })

  it('fills defaults for optional text and lists', () => {
    const { description: _d, notes: _n, systems: _s, sources: _so, ...required } = completeActivityFields()
    const parsed = ActivityFieldsSchema.parse(required)
    expect(parsed).toMatchObject({ description: '', notes: '', systems: [], sources: [] })
  })

  it('accepts the empty form once it has a name', () => {
    expect(ActivityFieldsSchema.safeParse(emptyActivityFields()).success).toBe(false)
    expect(ActivityFieldsSchema.safeParse({ ...emptyActivityFields(), name: 'Ny' }).success).toBe(true)
  })
})
