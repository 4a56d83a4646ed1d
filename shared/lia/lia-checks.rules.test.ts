import { describe, expect, it } from 'vitest'
import {
  checkChildrenMitigated,
  checkLegitimateInterests,
  checkLiaCompleted,
  checkLiaFresh,
  checkMarketingOptOut,
  liaForPurpose,
  type LiaCheckActivity,
} from './lia-checks.rules'
import { FIXTURE_IDS, passingAnswers, signedOffLia } from './lia.fixtures'
import { emptyLiaAnswers, type LegitimateInterestAssessment, type LiaAnswers } from './lia.schema'

const TODAY = '2026-06-01'

function activity(patch: Partial<LiaCheckActivity> = {}): LiaCheckActivity {
  return {
    id: FIXTURE_IDS.activity,
    name: 'Nyhetsbrev',
    purposes: [{ id: FIXTURE_IDS.purpose, legalBasis: 'f_legitimate_interests', description: 'Kunderbjudanden' }],
    updatedAt: '2026-01-10T09:00:00.000Z',
    dataSubjectCategories: ['Kunder'],
    ...patch,
  }
}
const liaWith = (answers: Partial<LiaAnswers>, patch: Partial<LegitimateInterestAssessment> = {}) =>
  signedOffLia({ answers: { ...passingAnswers(), ...answers }, ...patch })
const codes = (findings: { code: string }[]): string[] => findings.map((f) => f.code)

describe('liaForPurpose', () => {
  it('finds an LIA naming the purpose, or naming the activity with no purposes', () => {
    expect(liaForPurpose(FIXTURE_IDS.activity, FIXTURE_IDS.purpose, [signedOffLia()])?.id).toBe(FIXTURE_IDS.lia)
    const wholeActivity = signedOffLia({ purposeIds: [] })
    expect(liaForPurpose(FIXTURE_IDS.activity, FIXTURE_IDS.otherPurpose, [wholeActivity])).toBe(wholeActivity)
    expect(liaForPurpose(FIXTURE_IDS.activity, FIXTURE_IDS.otherPurpose, [signedOffLia()])).toBeNull()
  })

  it('takes the most recently changed of several', () => {
    const older = signedOffLia({ updatedAt: '2025-01-01T00:00:00Z' })
    const newer = signedOffLia({ id: FIXTURE_IDS.otherPurpose, updatedAt: '2026-01-01T00:00:00+01:00' })
    expect(liaForPurpose(FIXTURE_IDS.activity, FIXTURE_IDS.purpose, [older, newer])).toBe(newer)
  })
})

describe('check 9: Art 6(1)(f) purpose needs a completed LIA that does not fail', () => {
  it('is quiet for a signed-off, passing LIA', () => {
    expect(checkLiaCompleted(activity(), [signedOffLia()])).toEqual([])
  })

  it('reports a missing LIA as high, naming activity and purpose', () => {
    const [finding, ...rest] = checkLiaCompleted(activity(), [])
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      code: 'lia_missing',
      severity: 'high',
      article: 'Art 6(1)(f); EDPB 1/2024',
      activityId: FIXTURE_IDS.activity,
      purposeId: FIXTURE_IDS.purpose,
    })
    expect(finding?.message.sv).toContain('"Kunderbjudanden" i "Nyhetsbrev"')
    expect(finding?.fix.en).not.toBe('')
  })

  it('ignores purposes on other legal bases', () => {
    const purposes = [{ id: FIXTURE_IDS.purpose, legalBasis: 'b_contract', description: 'Leverans' }]
    expect(checkLegitimateInterests(activity({ purposes }), [], TODAY)).toEqual([])
  })

  it('reports a failing LIA as high', () => {
    const findings = checkLiaCompleted(activity(), [liaWith({ interestLawful: false })])
    expect(findings).toMatchObject([{ code: 'lia_fails', severity: 'high', liaId: FIXTURE_IDS.lia }])
  })

  it('follows the DPO’s override both ways', () => {
    const at = '2026-02-01T10:00:00Z'
    const failed = liaWith({}, { outcomeOverride: { outcome: 'fails', justification: 'Too intrusive', by: 'DPO', at } })
    expect(codes(checkLiaCompleted(activity(), [failed]))).toEqual(['lia_fails'])
    const accepted = liaWith(
      { interestRealAndPresent: false },
      { outcomeOverride: { outcome: 'passes', justification: 'Launch is signed', by: 'DPO', at } },
    )
    expect(checkLiaCompleted(activity(), [accepted])).toEqual([])
  })

  it('reports an incomplete LIA as high', () => {
    const draft = signedOffLia({ status: 'draft', signOff: null, answers: emptyLiaAnswers() })
    expect(checkLiaCompleted(activity(), [draft])).toMatchObject([{ code: 'lia_incomplete', severity: 'high' }])
  })

  it('reports a complete but unsigned LIA as medium', () => {
    const draft = signedOffLia({ status: 'draft', signOff: null })
    expect(checkLiaCompleted(activity(), [draft])).toMatchObject([{ code: 'lia_not_signed_off', severity: 'medium' }])
  })
})

describe('check 10: LIA past review or older than its activity', () => {
  it('is quiet for a fresh LIA', () => {
    expect(checkLiaFresh(activity(), [signedOffLia()], TODAY)).toEqual([])
  })

  it('reports a review date that has passed', () => {
    const findings = checkLiaFresh(activity(), [signedOffLia({ nextReviewOn: '2026-05-31' })], TODAY)
    expect(findings).toMatchObject([{ code: 'lia_review_due', severity: 'medium', article: 'Art 5(2)' }])
    expect(findings[0]?.message.en).toContain('2026-05-31')
  })

  it('reports an activity changed after sign-off, comparing instants not strings', () => {
    const changed = activity({ updatedAt: '2026-01-15T10:00:01+01:00' })
    expect(codes(checkLiaFresh(changed, [signedOffLia()], TODAY))).toEqual(['lia_outdated_by_change'])
    const sameInstant = activity({ updatedAt: '2026-01-15T10:00:00+01:00' })
    expect(checkLiaFresh(sameInstant, [signedOffLia()], TODAY)).toEqual([])
  })

  it('reports an LIA shared by two purposes once', () => {
    const purposes = [
      { id: FIXTURE_IDS.purpose, legalBasis: 'f_legitimate_interests', description: 'A' },
      { id: FIXTURE_IDS.otherPurpose, legalBasis: 'f_legitimate_interests', description: 'B' },
    ]
    const lia = signedOffLia({
      purposeIds: [FIXTURE_IDS.purpose, FIXTURE_IDS.otherPurpose],
      nextReviewOn: '2026-01-01',
    })
    expect(codes(checkLiaFresh(activity({ purposes }), [lia], TODAY))).toEqual(['lia_review_due'])
  })

  it('leaves drafts to check 9', () => {
    const draft = signedOffLia({ status: 'draft', signOff: null, nextReviewOn: '2020-01-01' })
    expect(checkLiaFresh(activity({ updatedAt: '2030-01-01T00:00:00Z' }), [draft], TODAY)).toEqual([])
  })
})

describe('check 12: legitimate interests with children and no mitigation', () => {
  it('is quiet when children are not involved', () => {
    expect(checkChildrenMitigated(activity(), [liaWith({ mitigations: [] })])).toEqual([])
  })

  it('reports children named in the LIA with no mitigation', () => {
    const lia = liaWith({ subjectGroups: ['children'], mitigations: [] })
    expect(checkChildrenMitigated(activity(), [lia])).toMatchObject([
      { code: 'lia_children_unmitigated', severity: 'high', liaId: FIXTURE_IDS.lia },
    ])
  })

  it.each(['Skolbarn', 'Elever', 'Children under 13', 'Minderåriga spelare'])(
    'recognises "%s" in the register’s subject categories',
    (category) => {
      const findings = checkChildrenMitigated(activity({ dataSubjectCategories: [category] }), [])
      expect(codes(findings)).toEqual(['lia_children_unmitigated'])
      expect(findings[0]).not.toHaveProperty('liaId')
    },
  )

  it('does not mistake "Elevatorservice" or "Kunder" for children', () => {
    expect(checkChildrenMitigated(activity({ dataSubjectCategories: ['Elevatorservice', 'Kunder'] }), [])).toEqual([])
  })

  it('is quiet once a mitigation is recorded', () => {
    const lia = liaWith({ subjectGroups: ['children'] })
    expect(checkChildrenMitigated(activity({ dataSubjectCategories: ['Barn'] }), [lia])).toEqual([])
  })
})

describe('check 13: direct marketing without objection and opt-out', () => {
  const process = (processInPlace: boolean, marketingOptOut: boolean) => ({
    objectionProcess: { processInPlace, ref: '', directMarketing: true, marketingOptOut },
  })

  it('is quiet when both the objection process and opt-out exist', () => {
    expect(checkMarketingOptOut(activity(), [signedOffLia()])).toEqual([])
  })

  it.each([
    [false, true],
    [true, false],
    [false, false],
  ])('reports marketing with process %s and opt-out %s', (inPlace, optOut) => {
    const findings = checkMarketingOptOut(activity(), [liaWith(process(inPlace, optOut))])
    expect(findings).toMatchObject([{ code: 'marketing_without_opt_out', severity: 'high', article: 'Art 21(2)–(4)' }])
  })

  it('uses the register’s own marketing flag when there is no LIA', () => {
    const purposes = [
      {
        id: FIXTURE_IDS.purpose,
        legalBasis: 'f_legitimate_interests',
        description: 'Erbjudanden',
        directMarketing: true,
      },
    ]
    expect(codes(checkMarketingOptOut(activity({ purposes }), []))).toEqual(['marketing_without_opt_out'])
  })

  it('is quiet for processing that is not direct marketing', () => {
    const lia = liaWith({
      objectionProcess: { processInPlace: true, ref: '', directMarketing: false, marketingOptOut: false },
    })
    expect(checkMarketingOptOut(activity(), [lia])).toEqual([])
  })
})

describe('checkLegitimateInterests', () => {
  it('runs checks 9, 10, 12 and 13 together', () => {
    const purposes = [
      {
        id: FIXTURE_IDS.purpose,
        legalBasis: 'f_legitimate_interests',
        description: 'Erbjudanden',
        directMarketing: true,
      },
    ]
    const findings = checkLegitimateInterests(activity({ purposes, dataSubjectCategories: ['Barn'] }), [], TODAY)
    expect(codes(findings)).toEqual(['lia_missing', 'lia_children_unmitigated', 'marketing_without_opt_out'])
  })
})
