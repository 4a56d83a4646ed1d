import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, passingAnswers, signedOffLia } from './lia.fixtures'
import { LIA_QUESTIONS } from './lia.questions'
import {
  addMonthsToIsoDate,
  deriveLiaOutcome,
  effectiveOutcome,
  isAnswered,
  isReviewDue,
  liaReviewDate,
  missingAnswers,
} from './lia.rules'
import { emptyLiaAnswers, type LiaAnswers, type LiaImpact } from './lia.schema'

const UNKNOWN_ID = '9f9f9f9f-9f9f-4f9f-8f9f-9f9f9f9f9f9f'
const codes = (a: LiaAnswers): string[] => deriveLiaOutcome(a).reasons.map((r) => r.code)
const withAnswers = (patch: Partial<LiaAnswers>): LiaAnswers => ({ ...passingAnswers(), ...patch })
const impact = (likelihood: number, severity: number, mitigatedBy: string[] = []): LiaImpact => ({
  description: 'Profiling feels intrusive',
  likelihood,
  severity,
  mitigatedBy,
})

describe('deriveLiaOutcome: passes', () => {
  it('passes the worked newsletter example with no reasons and nothing to mitigate', () => {
    expect(deriveLiaOutcome(passingAnswers())).toEqual({ outcome: 'passes', reasons: [], requiredMitigations: [] })
  })
})

describe('deriveLiaOutcome: fails (§2.2 "fails if")', () => {
  const cases: [string, Partial<LiaAnswers>, string][] = [
    ['0.1 public authority', { publicAuthorityTask: true }, 'public_authority_task'],
    ['1.2 not lawful', { interestLawful: false }, 'interest_not_lawful'],
    ['1.3 not precise', { interestPreciselyArticulated: false }, 'interest_not_precise'],
    ['1.4 not real and present', { interestRealAndPresent: false }, 'interest_not_real'],
  ]
  it.each(cases)('fails on %s', (_label, patch, code) => {
    const result = deriveLiaOutcome(withAnswers(patch))
    expect(result.outcome).toBe('fails')
    expect(result.reasons.map((r) => r.code)).toEqual([code])
  })

  it('fails when 2.2 shows an equally effective, less intrusive alternative', () => {
    const alternatives = {
      alternatives: [{ description: 'Ask in the shop', equallyEffective: true, whyRejected: 'Cheaper by e-mail' }],
      reasoning: '',
    }
    expect(codes(withAnswers({ lessIntrusiveAlternatives: alternatives }))).toEqual(['less_intrusive_alternative'])
  })

  it('fails when 3.5 is "no" and no mitigation changes expectations', () => {
    const expectations = { answer: 'no' as const, evidence: '', changedByMitigationIds: [] }
    expect(codes(withAnswers({ reasonableExpectations: expectations }))).toEqual(['not_expected'])
  })

  it('does not fail on 3.5 "no" when an existing mitigation changes expectations', () => {
    const ids = [FIXTURE_IDS.shortRetentionMitigation]
    const expectations = { answer: 'no' as const, evidence: '', changedByMitigationIds: ids }
    expect(deriveLiaOutcome(withAnswers({ reasonableExpectations: expectations })).outcome).toBe('passes')
  })

  it('still fails on 3.5 "no" when the named mitigation does not exist', () => {
    const expectations = { answer: 'no' as const, evidence: '', changedByMitigationIds: [UNKNOWN_ID] }
    expect(codes(withAnswers({ reasonableExpectations: expectations }))).toEqual(['not_expected'])
  })

  it('does not fail on 3.5 "partly"', () => {
    const expectations = { answer: 'partly' as const, evidence: '', changedByMitigationIds: [] }
    expect(deriveLiaOutcome(withAnswers({ reasonableExpectations: expectations })).outcome).toBe('passes')
  })

  it('fails for children with a high-severity impact, even a mitigated one', () => {
    const a = withAnswers({
      subjectGroups: ['customers', 'children'],
      impacts: [impact(1, 3, [FIXTURE_IDS.optOutMitigation])],
    })
    expect(codes(a)).toEqual(['children_high_severity'])
  })

  it('does not fail for children when every impact is below high severity', () => {
    expect(deriveLiaOutcome(withAnswers({ subjectGroups: ['children'], impacts: [impact(2, 2)] })).outcome).toBe(
      'passes',
    )
  })

  it('does not apply the children rule to adults with a high-severity impact', () => {
    const a = withAnswers({ impacts: [impact(1, 4, [FIXTURE_IDS.optOutMitigation])] })
    expect(deriveLiaOutcome(a).outcome).toBe('passes')
  })

  it('fails even when the rest is unanswered, since no further answer can cure it', () => {
    const result = deriveLiaOutcome({ ...emptyLiaAnswers(), publicAuthorityTask: true })
    expect(result.outcome).toBe('fails')
    expect(result.reasons.map((r) => r.questionId)).toEqual(['publicAuthorityTask'])
  })

  it('lists every failure, in questionnaire order', () => {
    expect(codes(withAnswers({ interestRealAndPresent: false, publicAuthorityTask: true }))).toEqual([
      'public_authority_task',
      'interest_not_real',
    ])
  })
})

describe('deriveLiaOutcome: incomplete', () => {
  it('lists all seventeen questions for an empty questionnaire', () => {
    const result = deriveLiaOutcome(emptyLiaAnswers())
    expect(result.outcome).toBe('incomplete')
    expect(result.reasons.map((r) => r.questionId)).toEqual(LIA_QUESTIONS.map((q) => q.id))
    expect(result.reasons[0]?.text).toEqual({ sv: 'Fråga 0.1 är inte besvarad.', en: 'Question 0.1 is not answered.' })
  })

  it.each(LIA_QUESTIONS.map((q) => [q.number, q.id] as const))('is incomplete when %s is unanswered', (_n, id) => {
    const result = deriveLiaOutcome(withAnswers({ [id]: null }))
    expect(result.outcome).toBe('incomplete')
    expect(result.reasons.map((r) => r.questionId)).toEqual([id])
  })

  it('needs a named third party when the interest is a third party’s', () => {
    const interest = {
      description: 'Fraud prevention for the card issuer',
      holder: 'third_party' as const,
      thirdPartyName: ' ',
    }
    expect(missingAnswers(withAnswers({ interest }))).toEqual(['interest'])
    expect(isAnswered(withAnswers({ interest: { ...interest, thirdPartyName: 'Kortbolaget AB' } }), 'interest')).toBe(
      true,
    )
  })

  it('treats blank text as unanswered', () => {
    expect(missingAnswers(withAnswers({ howProcessingAchievesInterest: '   ' }))).toEqual([
      'howProcessingAchievesInterest',
    ])
    const interest = { description: '', holder: 'controller' as const, thirdPartyName: '' }
    expect(missingAnswers(withAnswers({ interest }))).toEqual(['interest'])
  })

  it('needs at least an alternative or reasoning for 2.2', () => {
    const none = { alternatives: [], reasoning: '' }
    expect(missingAnswers(withAnswers({ lessIntrusiveAlternatives: none }))).toEqual(['lessIntrusiveAlternatives'])
    const reasoned = { alternatives: [], reasoning: 'None exists: the newsletter is the contact.' }
    expect(missingAnswers(withAnswers({ lessIntrusiveAlternatives: reasoned }))).toEqual([])
  })

  it('needs at least one data category, subject group and impact, but accepts no data types or mitigations', () => {
    const empty = withAnswers({
      dataCategoriesJustified: [],
      subjectGroups: [],
      impacts: [],
      dataTypes: [],
      mitigations: [],
    })
    expect(missingAnswers(empty)).toEqual(['dataCategoriesJustified', 'subjectGroups', 'impacts'])
  })

  it('stays incomplete while still listing what will need mitigating', () => {
    const result = deriveLiaOutcome(withAnswers({ privacyNotice: { stated: false, link: '' }, scale: null }))
    expect(result.outcome).toBe('incomplete')
    expect(result.requiredMitigations.map((r) => r.code)).toEqual(['not_in_privacy_notice'])
  })
})

describe('deriveLiaOutcome: passes with mitigations (§2.2 "needs mitigation if")', () => {
  it('needs mitigation for an impact scoring 3 × 3 = 9 with no mitigation', () => {
    const result = deriveLiaOutcome(withAnswers({ impacts: [impact(3, 3)] }))
    expect(result.outcome).toBe('passes_with_mitigations')
    expect(result.requiredMitigations.map((r) => r.code)).toEqual(['impact_unmitigated:0'])
    expect(result.reasons[0]?.text.en).toBe('Impact 1 has risk score 9 (≥ 9) but no mitigation.')
  })

  it('does not need mitigation below the threshold (4 × 2 = 8)', () => {
    expect(deriveLiaOutcome(withAnswers({ impacts: [impact(4, 2)] })).outcome).toBe('passes')
  })

  it('accepts a high-risk impact covered by an existing mitigation', () => {
    expect(deriveLiaOutcome(withAnswers({ impacts: [impact(4, 4, [FIXTURE_IDS.optOutMitigation])] })).outcome).toBe(
      'passes',
    )
  })

  it('does not count a mitigation id that is not in 3.7', () => {
    const result = deriveLiaOutcome(withAnswers({ impacts: [impact(2, 1), impact(4, 4, [UNKNOWN_ID])] }))
    expect(result.requiredMitigations.map((r) => r.code)).toEqual(['impact_unmitigated:1'])
  })

  it('needs mitigation without an Art 21 objection process (3.8 false)', () => {
    const objectionProcess = { processInPlace: false, ref: '', directMarketing: false, marketingOptOut: false }
    expect(codes(withAnswers({ objectionProcess }))).toEqual(['no_objection_process'])
  })

  it('needs mitigation for direct marketing without an opt-out', () => {
    const objectionProcess = { processInPlace: true, ref: 'DS-7', directMarketing: true, marketingOptOut: false }
    expect(codes(withAnswers({ objectionProcess }))).toEqual(['no_marketing_opt_out'])
  })

  it('needs mitigation when the interest is not in the privacy notice (3.9 false)', () => {
    expect(codes(withAnswers({ privacyNotice: { stated: false, link: '' } }))).toEqual(['not_in_privacy_notice'])
  })

  it('needs a data category that is not justified to be dropped or justified', () => {
    const categories = [{ category: 'Date of birth', justified: false, justification: '' }]
    const result = deriveLiaOutcome(withAnswers({ dataCategoriesJustified: categories }))
    expect(result.outcome).toBe('passes_with_mitigations')
    expect(result.reasons[0]?.code).toBe('category_not_justified:Date of birth')
  })
})

describe('effectiveOutcome', () => {
  const override = {
    outcome: 'passes' as const,
    justification: 'Shop is closing',
    by: 'DPO',
    at: '2026-02-01T10:00:00Z',
  }

  it('is the derived outcome without an override', () => {
    const result = effectiveOutcome(signedOffLia())
    expect(result).toMatchObject({ outcome: 'passes', override: null, overridden: false })
  })

  it('lets the override win while keeping the derived outcome visible', () => {
    const answers = withAnswers({ privacyNotice: { stated: false, link: '' } })
    const result = effectiveOutcome(signedOffLia({ answers, outcomeOverride: override }))
    expect(result.outcome).toBe('passes')
    expect(result.derived.outcome).toBe('passes_with_mitigations')
    expect(result.override).toEqual(override)
    expect(result.overridden).toBe(true)
  })

  it('does not call an override that agrees with the rules "overridden"', () => {
    expect(effectiveOutcome(signedOffLia({ outcomeOverride: override })).overridden).toBe(false)
  })
})

describe('review date', () => {
  it('is due on and after nextReviewOn, not before', () => {
    const lia = signedOffLia({ nextReviewOn: '2027-01-15' })
    expect(isReviewDue(lia, '2027-01-14')).toBe(false)
    expect(isReviewDue(lia, '2027-01-15')).toBe(true)
    expect(isReviewDue(lia, '2028-06-01')).toBe(true)
  })

  it('defaults to a year after sign-off, on the Swedish calendar date', () => {
    // 23:30 UTC on 28 Feb is 00:30 on 1 March in Stockholm.
    const lia = signedOffLia({
      nextReviewOn: null,
      signOff: { by: 'DPO', at: '2025-02-28T23:30:00Z', outcome: 'passes' },
    })
    expect(liaReviewDate(lia)).toBe('2026-03-01')
    expect(isReviewDue(lia, '2026-02-28')).toBe(false)
    expect(isReviewDue(lia, '2026-03-01')).toBe(true)
  })

  it('has no review date for an unsigned draft without one', () => {
    const draft = signedOffLia({ status: 'draft', signOff: null, nextReviewOn: null })
    expect(liaReviewDate(draft)).toBeNull()
    expect(isReviewDue(draft, '2099-12-31')).toBe(false)
  })

  it('adds months with month-end clamping', () => {
    expect(addMonthsToIsoDate('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonthsToIsoDate('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonthsToIsoDate('2026-11-30', 2)).toBe('2027-01-30')
  })
})
