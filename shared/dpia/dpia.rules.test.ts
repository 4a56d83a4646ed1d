import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IMY_DPIA_LIST } from './dpia.criteria'
import { checkDpiaReferenced, DPIA_RESULT_RANK, screenDpia, type DpiaCheckActivity } from './dpia.rules'
import {
  Art35_3CaseSchema,
  DpiaScreeningAnswersSchema,
  DpiaScreeningSchema,
  emptyDpiaScreeningAnswers,
  ImyListItemSchema,
  Wp248CriterionSchema,
  type DpiaScreeningAnswers,
  type Wp248Criterion,
} from './dpia.schema'

const ACTIVITY_ID = '1c8f6e4d-69b2-4a1b-8a6f-2d3e4f5a6b71'
const SCREENING_ID = '6ad4bd92-bef7-4f60-9fb4-7c8d9eafb0c6'

function answers(met: Wp248Criterion[], extra: Partial<DpiaScreeningAnswers> = {}): DpiaScreeningAnswers {
  const base = emptyDpiaScreeningAnswers()
  for (const c of met) base.criteria[c] = { met: true, note: 'Se bilaga' }
  return { ...base, ...extra }
}

describe('screenDpia', () => {
  it('does not require a DPIA when nothing is ticked', () => {
    expect(screenDpia(emptyDpiaScreeningAnswers())).toEqual({
      result: 'not_required',
      reasons: [
        {
          code: 'wp248_none',
          text: { sv: 'Inget av WP248:s kriterier är uppfyllt.', en: 'None of the WP248 criteria is met.' },
        },
      ],
    })
  })

  it('recommends a DPIA for one criterion, naming it', () => {
    const outcome = screenDpia(answers(['large_scale']))
    expect(outcome.result).toBe('recommended')
    expect(outcome.reasons.map((r) => r.code)).toEqual(['wp248_one'])
    expect(outcome.reasons[0]?.text.en).toContain('data processed on a large scale')
  })

  it('requires a DPIA for two criteria (WP248 example: employee monitoring = systematic monitoring + vulnerable subjects)', () => {
    const outcome = screenDpia(answers(['systematic_monitoring', 'vulnerable_subjects']))
    expect(outcome.result).toBe('required')
    expect(outcome.reasons[0]?.code).toBe('wp248_two_or_more')
    expect(outcome.reasons[0]?.text.sv).toMatch(/^2 av WP248:s nio kriterier/)
  })

  it.each(Art35_3CaseSchema.options)('requires a DPIA for Art 35(3) case %s alone', (c) => {
    const outcome = screenDpia(answers([], { art35_3: [c] }))
    expect(outcome.result).toBe('required')
    expect(outcome.reasons.map((r) => r.code)).toEqual([`art35_3:${c}`, 'wp248_none'])
  })

  it.each(ImyListItemSchema.options)('requires a DPIA for IMY-list item %s alone', (item) => {
    const outcome = screenDpia(answers([], { imyListItems: [item] }))
    expect(outcome.result).toBe('required')
    expect(outcome.reasons[0]?.code).toBe(`imy_list:${item}`)
    expect(outcome.reasons[0]?.text.en).toContain(IMY_DPIA_LIST[item].label.en)
  })

  it('lists every mandatory reason once, before the criteria count', () => {
    const a = answers(['large_scale'], {
      art35_3: ['c_public_area_monitoring_large_scale', 'c_public_area_monitoring_large_scale'],
      imyListItems: ['camera_surveillance_public'],
    })
    expect(screenDpia(a).reasons.map((r) => r.code)).toEqual([
      'art35_3:c_public_area_monitoring_large_scale',
      'imy_list:camera_surveillance_public',
      'wp248_one',
    ])
  })
})

const answersArb: fc.Arbitrary<DpiaScreeningAnswers> = fc
  .record({
    met: fc.subarray(Wp248CriterionSchema.options),
    art35_3: fc.subarray(Art35_3CaseSchema.options),
    imyListItems: fc.subarray(ImyListItemSchema.options),
  })
  .map(({ met, ...rest }) => answers(met, rest))

const additions = fc.record({
  met: fc.subarray(Wp248CriterionSchema.options),
  art35_3: fc.subarray(Art35_3CaseSchema.options),
  imyListItems: fc.subarray(ImyListItemSchema.options),
})

describe('screenDpia properties', () => {
  const RUNS = { numRuns: 1000, seed: 42 }

  it('generates schema-valid answers', () => {
    fc.assert(
      fc.property(answersArb, (a) => DpiaScreeningAnswersSchema.safeParse(a).success),
      RUNS,
    )
  })

  it('never lowers the result when more criteria, cases or list items are ticked', () => {
    fc.assert(
      fc.property(answersArb, additions, (a, more) => {
        const b = structuredClone(a)
        for (const c of more.met) b.criteria[c].met = true
        b.art35_3 = [...new Set([...b.art35_3, ...more.art35_3])]
        b.imyListItems = [...new Set([...b.imyListItems, ...more.imyListItems])]
        expect(DPIA_RESULT_RANK[screenDpia(b).result]).toBeGreaterThanOrEqual(DPIA_RESULT_RANK[screenDpia(a).result])
      }),
      RUNS,
    )
  })

  it('follows WP248 and Art 35 exactly: required iff 2+ criteria or a mandatory item', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const met = Object.values(a.criteria).filter((c) => c.met).length
        const mandatory = a.art35_3.length + a.imyListItems.length > 0
        const expected = mandatory || met >= 2 ? 'required' : met === 1 ? 'recommended' : 'not_required'
        expect(screenDpia(a).result).toBe(expected)
      }),
      RUNS,
    )
  })
})

describe('DpiaScreeningSchema', () => {
  it('accepts a screening with its result and reasons, and refuses a missing criterion', () => {
    const a = answers(['evaluation_scoring', 'large_scale'])
    const screening = {
      id: SCREENING_ID,
      createdAt: '2026-03-01T09:00:00Z',
      updatedAt: '2026-03-01T09:00:00Z',
      revision: 1,
      activityId: ACTIVITY_ID,
      answers: a,
      ...screenDpia(a),
      screenedBy: 'Anna Andersson',
      screenedOn: '2026-03-01',
      note: '',
    }
    expect(DpiaScreeningSchema.safeParse(screening).success).toBe(true)
    const { large_scale: _dropped, ...criteria } = a.criteria
    expect(DpiaScreeningAnswersSchema.safeParse({ ...a, criteria }).success).toBe(false)
  })
})

describe('checkDpiaReferenced', () => {
  const required = { id: SCREENING_ID, answers: answers(['evaluation_scoring', 'large_scale']) }
  const activity = (dpia: DpiaCheckActivity['dpia']): DpiaCheckActivity => ({
    id: ACTIVITY_ID,
    name: 'Kreditprövning',
    dpia,
  })

  it.each([
    ['no DPIA field', null, 'dpia_required_not_referenced', 'high'],
    ['"not needed"', { status: 'not_needed', reason: 'Small' } as const, 'dpia_required_not_referenced', 'high'],
    ['"needed, not started"', { status: 'needed_not_started' } as const, 'dpia_required_not_started', 'high'],
    ['"done" without a link', { status: 'done', link: ' ' } as const, 'dpia_done_without_reference', 'medium'],
  ])('reports a required DPIA with %s', (_label, dpia, code, severity) => {
    const findings = checkDpiaReferenced(activity(dpia), required)
    expect(findings).toMatchObject([
      { code, severity, article: 'Art 35(1)', activityId: ACTIVITY_ID, screeningId: SCREENING_ID },
    ])
    expect(findings[0]?.message.sv).toContain('"Kreditprövning"')
  })

  it('is quiet when the DPIA is in progress or done with a reference', () => {
    expect(checkDpiaReferenced(activity({ status: 'in_progress' }), required)).toEqual([])
    expect(checkDpiaReferenced(activity({ status: 'done', link: 'dpia/kredit-2026.pdf' }), required)).toEqual([])
  })

  it('is quiet without a screening, or when the screening does not require a DPIA', () => {
    expect(checkDpiaReferenced(activity(null), null)).toEqual([])
    expect(checkDpiaReferenced(activity(null), { answers: answers(['large_scale']) })).toEqual([])
  })

  it('recomputes the result instead of trusting a stale stored one', () => {
    const stale = { answers: answers([], { imyListItems: ['employee_monitoring'] }), result: 'not_required' as const }
    const findings = checkDpiaReferenced(activity(null), stale)
    expect(findings.map((f) => f.code)).toEqual(['dpia_required_not_referenced'])
    expect(findings[0]).not.toHaveProperty('screeningId')
  })
})
