import { describe, expect, it } from 'vitest'
import payroll from '../../test/fixtures/activity-payroll.json'
import { emptyActivityFields, type ActivityFields } from './activity.schema'
import { validateActivityForSave } from './activity.validation'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

const draft = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...emptyActivityFields(),
  name: 'Kameraövervakning',
  ...change,
})
const rule = (period: string) => ({ ...completeActivityFields().retention[0]!, period })

describe('validateActivityForSave', () => {
  it('lets a draft be saved with only a name', () => {
    expect(validateActivityForSave(draft())).toEqual([])
  })

  it('requires a name, even for a draft', () => {
    expect(validateActivityForSave(draft({ name: '  ' }))).toEqual([{ field: 'name', code: 'required' }])
  })

  it('requires purposes and both category lists once the activity is active (domain-reference §1.1)', () => {
    expect(validateActivityForSave(draft({ status: 'active' }))).toEqual([
      { field: 'purposes', code: 'required_active' },
      { field: 'dataSubjectCategories', code: 'required_active' },
      { field: 'personalDataCategories', code: 'required_active' },
    ])
  })

  it('requires each purpose of an active activity to have a description and a legal basis', () => {
    const base = completeActivityFields()
    const purposes = [
      { ...base.purposes[0]!, description: '' },
      { ...base.purposes[1]!, legalBasis: null },
    ]
    expect(validateActivityForSave({ ...base, purposes })).toEqual([
      { field: 'purposes[0].description', code: 'purpose_description' },
      { field: 'purposes[1].legalBasis', code: 'purpose_basis' },
    ])
    // A draft may carry the same undecided purposes.
    expect(validateActivityForSave({ ...base, purposes, status: 'draft' })).toEqual([])
    // Retired activities are not held to the active rules either.
    expect(validateActivityForSave({ ...base, purposes, status: 'retired' })).toEqual([])
  })

  it('accepts a complete active activity', () => {
    expect(validateActivityForSave(completeActivityFields())).toEqual([])
  })

  it.each(['P12', '12M', 'P', 'P1.5Y', 'PT5H', 'p12m', ' P12M', '7 år'])(
    'refuses the retention period %j in any status',
    (period) => {
      const expected = [{ field: 'retention[1].period', code: 'period' }]
      expect(validateActivityForSave(draft({ retention: [rule('P12M'), rule(period)] }))).toEqual(expected)
      expect(validateActivityForSave(completeActivityFields({ retention: [rule(''), rule(period)] }))).toEqual(expected)
    },
  )

  it.each(['', 'P12M', 'P7Y', 'P1Y6M', 'P30D', 'P1Y2M3D'])('accepts the retention period %j', (period) => {
    expect(validateActivityForSave(draft({ retention: [rule(period)] }))).toEqual([])
  })
})
