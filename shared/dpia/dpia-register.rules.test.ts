import { describe, expect, it } from 'vitest'
import {
  dpiaFindingsForActivity,
  dpiaRegisterEntry,
  dpiaRequiredWithoutDpia,
  screeningFields,
  screeningForActivity,
  type DpiaRegisterActivity,
  type RegisterDpiaField,
} from './dpia-register.rules'
import { DpiaScreeningFieldsSchema, emptyDpiaScreeningAnswers, type DpiaScreeningAnswers } from './dpia.schema'

const ACTIVITY_ID = '1c8f6e4d-69b2-4a1b-8a6f-2d3e4f5a6b71'
const OTHER_ID = '2d907f5e-7ac3-4b2c-9b70-3e4f5a6b7c82'

function required(): DpiaScreeningAnswers {
  const a = emptyDpiaScreeningAnswers()
  a.criteria.evaluation_scoring = { met: true, note: 'Profilering' }
  a.criteria.matching_combining = { met: true, note: 'Samkörning' }
  return a
}
const activity = (dpia: RegisterDpiaField): DpiaRegisterActivity => ({ id: ACTIVITY_ID, name: 'Marknadsföring', dpia })

describe('dpiaRegisterEntry', () => {
  it.each<[RegisterDpiaField, ReturnType<typeof dpiaRegisterEntry>]>([
    [{ status: 'not_assessed', reference: '' }, null],
    [
      { status: 'not_needed', reference: 'Liten skala' },
      { status: 'not_needed', reason: 'Liten skala' },
    ],
    [{ status: 'needed_not_started', reference: '' }, { status: 'needed_not_started' }],
    [{ status: 'in_progress', reference: 'x' }, { status: 'in_progress' }],
    [
      { status: 'done', reference: 'dpia/2026.pdf' },
      { status: 'done', link: 'dpia/2026.pdf' },
    ],
  ])('maps %j', (field, entry) => {
    expect(dpiaRegisterEntry(field)).toEqual(entry)
  })
})

describe('dpiaRequiredWithoutDpia', () => {
  it.each<[RegisterDpiaField, boolean]>([
    [{ status: 'not_assessed', reference: '' }, true],
    [{ status: 'not_needed', reference: 'Vi tycker inte det' }, true],
    [{ status: 'needed_not_started', reference: '' }, true],
    [{ status: 'done', reference: '' }, true],
    [{ status: 'in_progress', reference: '' }, false],
    [{ status: 'done', reference: 'dpia/2026.pdf' }, false],
  ])('register %j → %s when the screening requires a DPIA', (field, expected) => {
    expect(dpiaRequiredWithoutDpia(activity(field), { answers: required() })).toBe(expected)
  })

  it('is false without a screening, or when the screening does not require one', () => {
    const none = { status: 'not_assessed', reference: '' } as const
    expect(dpiaRequiredWithoutDpia(activity(none), null)).toBe(false)
    expect(dpiaRequiredWithoutDpia(activity(none), { answers: emptyDpiaScreeningAnswers() })).toBe(false)
  })

  it('gives the finding with the activity’s name and the screening id', () => {
    const findings = dpiaFindingsForActivity(activity({ status: 'not_assessed', reference: '' }), {
      id: OTHER_ID,
      answers: required(),
    })
    expect(findings).toMatchObject([
      { code: 'dpia_required_not_referenced', activityId: ACTIVITY_ID, screeningId: OTHER_ID },
    ])
    expect(findings[0]?.message.sv).toContain('"Marknadsföring"')
  })
})

describe('screeningFields', () => {
  it('computes the result and reasons from the answers, so they cannot disagree', () => {
    const fields = screeningFields(ACTIVITY_ID, { answers: required(), note: 'Se bilaga' }, 'DPO', '2026-04-20')
    expect(DpiaScreeningFieldsSchema.safeParse(fields).success).toBe(true)
    expect(fields).toMatchObject({ activityId: ACTIVITY_ID, result: 'required', screenedBy: 'DPO', note: 'Se bilaga' })
    expect(fields.reasons.map((r) => r.code)).toEqual(['wp248_two_or_more'])
  })
})

describe('screeningForActivity', () => {
  it('finds the activity’s screening or null', () => {
    const list = [{ activityId: OTHER_ID }, { activityId: ACTIVITY_ID }]
    expect(screeningForActivity(ACTIVITY_ID, list)).toBe(list[1])
    expect(screeningForActivity('nope', list)).toBeNull()
  })
})
