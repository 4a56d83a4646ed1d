import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyLiaEdit,
  changesAssessment,
  defaultLiaReviewDate,
  liaEditOf,
  liaRecordFields,
  newLiaDraft,
  signOffLia,
  startNewDraft,
} from './lia-lifecycle.rules'
import { FIXTURE_IDS, passingAnswers, signedOffLia } from './lia.fixtures'
import {
  LiaRecordFieldsSchema,
  LiaVersionSchema,
  emptyLiaAnswers,
  type LegitimateInterestAssessment,
  type LiaOverride,
} from './lia.schema'

const NOW = new Date('2026-03-10T09:30:00.000Z')
const draft = (overrides: Partial<LegitimateInterestAssessment> = {}): LegitimateInterestAssessment =>
  signedOffLia({ status: 'draft', signOff: null, version: 1, nextReviewOn: null, ...overrides })
const override: LiaOverride = {
  outcome: 'passes',
  justification: 'Utskicken görs en gång i kvartalet; risken är godtagbar.',
  by: 'Anna Andersson',
  at: '2026-03-09T10:00:00.000Z',
}

describe('newLiaDraft', () => {
  it('starts an unanswered draft at version 1 with the links given, without duplicates', () => {
    const fields = newLiaDraft('Anna', { activityIds: [FIXTURE_IDS.activity, FIXTURE_IDS.activity], purposeIds: [] })
    expect(LiaRecordFieldsSchema.safeParse(fields).success).toBe(true)
    expect(fields).toMatchObject({ version: 1, status: 'draft', signOff: null, activityIds: [FIXTURE_IDS.activity] })
    expect(fields.answers).toEqual(emptyLiaAnswers())
  })
})

describe('applyLiaEdit', () => {
  it('saves a draft’s edit as it is, status and version untouched', () => {
    const current = liaRecordFields(draft())
    const edit = { ...liaEditOf(current), reviewer: 'Bo' }
    expect(applyLiaEdit(current, edit)).toEqual({ ...current, reviewer: 'Bo' })
  })

  it('starts version + 1 as a draft when a signed-off LIA’s answers change', () => {
    const current = liaRecordFields(signedOffLia({ outcomeOverride: override }))
    const answers = { ...passingAnswers(), interestRealAndPresent: false }
    const next = applyLiaEdit(current, { ...liaEditOf(current), answers })
    expect(next).toMatchObject({ status: 'draft', version: 3, signOff: null, outcomeOverride: null, answers })
    expect(LiaRecordFieldsSchema.safeParse(next).success).toBe(true)
  })

  it('keeps an override set in the very edit that re-opens the LIA', () => {
    const current = liaRecordFields(signedOffLia())
    const next = applyLiaEdit(current, { ...liaEditOf(current), outcomeOverride: override })
    expect(next).toMatchObject({ status: 'draft', version: 3, outcomeOverride: override })
  })

  it('moves only the review date of a signed-off LIA without re-opening it', () => {
    const current = liaRecordFields(signedOffLia())
    const next = applyLiaEdit(current, { ...liaEditOf(current), nextReviewOn: '2026-06-30' })
    expect(next).toEqual({ ...current, nextReviewOn: '2026-06-30' })
  })

  it('never lowers the version, and re-opens exactly when the assessment changed', () => {
    const reviewers = fc.constantFrom('', 'Bo', 'Anna Andersson')
    fc.assert(
      fc.property(fc.boolean(), reviewers, fc.boolean(), (signed, reviewer, lawful) => {
        const current = liaRecordFields(signed ? signedOffLia() : draft())
        const edit = { ...liaEditOf(current), reviewer, answers: { ...current.answers, interestLawful: lawful } }
        const next = applyLiaEdit(current, edit)
        const changed = changesAssessment(liaEditOf(current), edit)
        expect(next.version).toBe(current.version + (signed && changed ? 1 : 0))
        expect(next.status).toBe(signed && !changed ? 'signed_off' : 'draft')
      }),
      { numRuns: 200, seed: 42 },
    )
  })
})

describe('startNewDraft', () => {
  it('leaves a draft alone and re-opens a signed-off LIA with the same answers', () => {
    const d = liaRecordFields(draft())
    expect(startNewDraft(d)).toBe(d)
    const next = startNewDraft(liaRecordFields(signedOffLia()))
    expect(next).toMatchObject({ status: 'draft', version: 3, signOff: null, answers: passingAnswers() })
  })
})

describe('signOffLia', () => {
  it('signs the derived outcome, sets the review a year on, and snapshots the version', () => {
    const result = signOffLia(draft(), 'Anna Andersson', NOW)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { lia, version, outcome } = result.value
    expect(outcome).toBe('passes')
    expect(lia).toMatchObject({ status: 'signed_off', nextReviewOn: '2027-03-10' })
    expect(lia.signOff).toEqual({ by: 'Anna Andersson', at: NOW.toISOString(), outcome: 'passes' })
    expect(LiaVersionSchema.safeParse(version).success).toBe(true)
    expect(version).toMatchObject({ liaId: lia.id, version: 1, savedBy: 'Anna Andersson', signOff: lia.signOff })
  })

  it('signs the override’s outcome when the DPO overrode the rules', () => {
    const answers = { ...passingAnswers(), privacyNotice: { stated: false, link: '' } }
    const result = signOffLia(draft({ answers, outcomeOverride: override }), 'DPO', NOW, '2026-09-01')
    expect(result.ok && result.value.lia.signOff).toMatchObject({ outcome: 'passes' })
    expect(result.ok && result.value.version.derived.outcome).toBe('passes_with_mitigations')
    expect(result.ok && result.value.lia.nextReviewOn).toBe('2026-09-01')
  })

  it('signs a failing LIA: documenting that (f) does not hold is a decision too', () => {
    const answers = { ...passingAnswers(), interestLawful: false }
    const result = signOffLia(draft({ answers }), 'DPO', NOW)
    expect(result.ok && result.value.outcome).toBe('fails')
  })

  it.each([
    ['an incomplete LIA', draft({ answers: emptyLiaAnswers() }), null, 'incomplete'],
    ['a signed-off LIA', signedOffLia(), null, 'already_signed_off'],
    ['a review date on the sign-off day', draft(), '2026-03-10', 'review_date_not_after_sign_off'],
  ])('refuses %s', (_label, lia, reviewOn, code) => {
    const result = signOffLia(lia, 'DPO', NOW, reviewOn)
    expect(result.ok ? null : result.error.code).toBe(code)
  })
})

describe('defaultLiaReviewDate', () => {
  it('counts a year from the Swedish calendar day (00:30 CET on 1 Jan is still 1 Jan)', () => {
    expect(defaultLiaReviewDate(new Date('2025-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(defaultLiaReviewDate(new Date('2028-02-29T12:00:00Z'))).toBe('2029-02-28')
  })
})
