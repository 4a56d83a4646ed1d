import { describe, expect, it } from 'vitest'
import { ART35_3_CASES, IMY_DPIA_LIST, WP248_CRITERIA } from './dpia.criteria'
import { Art35_3CaseSchema, ImyListItemSchema, Wp248CriterionSchema } from './dpia.schema'

describe('DPIA screening texts', () => {
  it('has a text for every criterion, case and list item, in schema order', () => {
    expect(Object.keys(WP248_CRITERIA)).toEqual(Wp248CriterionSchema.options)
    expect(Object.keys(ART35_3_CASES)).toEqual(Art35_3CaseSchema.options)
    expect(Object.keys(IMY_DPIA_LIST)).toEqual(ImyListItemSchema.options)
  })

  it('has nine WP248 criteria', () => {
    expect(Object.keys(WP248_CRITERIA)).toHaveLength(9)
  })

  it('marks every IMY-list item unverified, since the domain reference does not quote the list', () => {
    expect(Object.values(IMY_DPIA_LIST).every((item) => !item.verified)).toBe(true)
  })

  it('has distinct, non-empty Swedish and English text everywhere', () => {
    for (const item of [
      ...Object.values(WP248_CRITERIA),
      ...Object.values(ART35_3_CASES),
      ...Object.values(IMY_DPIA_LIST),
    ]) {
      expect(item.label.sv.trim()).not.toBe('')
      expect(item.label.en.trim()).not.toBe('')
      expect(item.label.sv).not.toBe(item.label.en)
      expect(item.source).not.toBe('')
    }
  })
})
