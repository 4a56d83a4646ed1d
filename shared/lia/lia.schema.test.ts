import { describe, expect, it } from 'vitest'
import { passingAnswers, signedOffLia } from './lia.fixtures'
import { emptyLiaAnswers, LegitimateInterestAssessmentSchema, LiaAnswersSchema, LiaOverrideSchema } from './lia.schema'

describe('LegitimateInterestAssessmentSchema', () => {
  it('accepts the worked example', () => {
    expect(LegitimateInterestAssessmentSchema.safeParse(signedOffLia()).success).toBe(true)
  })

  it('accepts an empty draft, so a half-done LIA can be saved', () => {
    const draft = signedOffLia({ status: 'draft', signOff: null, answers: emptyLiaAnswers(), nextReviewOn: null })
    expect(LegitimateInterestAssessmentSchema.safeParse(draft).success).toBe(true)
  })

  it('refuses a signed-off LIA without its sign-off', () => {
    const result = LegitimateInterestAssessmentSchema.safeParse(signedOffLia({ signOff: null }))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['signOff'])
  })

  it('refuses unknown keys, as an import must', () => {
    expect(LegitimateInterestAssessmentSchema.safeParse({ ...signedOffLia(), extra: 1 }).success).toBe(false)
    expect(LiaAnswersSchema.safeParse({ ...passingAnswers(), extra: 1 }).success).toBe(false)
  })

  it('refuses ratings outside 1–4 and mitigation ids that are not uuids', () => {
    const impacts = [{ description: 'x', likelihood: 5, severity: 1, mitigatedBy: [] }]
    expect(LiaAnswersSchema.safeParse({ ...passingAnswers(), impacts }).success).toBe(false)
    const mitigations = [{ id: 'm1', description: 'x' }]
    expect(LiaAnswersSchema.safeParse({ ...passingAnswers(), mitigations }).success).toBe(false)
  })

  it('refuses an override without a justification', () => {
    const override = { outcome: 'passes', justification: '', by: 'DPO', at: '2026-02-01T10:00:00Z' }
    expect(LiaOverrideSchema.safeParse(override).success).toBe(false)
  })

  it('refuses "incomplete" as an override or sign-off outcome', () => {
    const override = { outcome: 'incomplete', justification: 'x', by: 'DPO', at: '2026-02-01T10:00:00Z' }
    expect(LiaOverrideSchema.safeParse(override).success).toBe(false)
    const signOff = { by: 'DPO', at: '2026-02-01T10:00:00Z', outcome: 'incomplete' }
    expect(LegitimateInterestAssessmentSchema.safeParse(signedOffLia({ signOff } as never)).success).toBe(false)
  })
})
