import { describe, expect, it } from 'vitest'
import {
  hasPassedLia,
  legitimateInterestCoverage,
  liaCoverage,
  liaDisplayName,
  purposesWithoutPassedLia,
  type LiaCoverageActivity,
} from './lia-coverage.rules'
import { FIXTURE_IDS, passingAnswers, signedOffLia } from './lia.fixtures'
import { emptyLiaAnswers, type LegitimateInterestAssessment } from './lia.schema'

const TODAY = '2026-06-01'
const CONTRACT_PURPOSE = '4c5d6e7f-8091-4a2b-8c3d-4e5f60718293'
const activity: LiaCoverageActivity = {
  id: FIXTURE_IDS.activity,
  name: 'Nyhetsbrev',
  purposes: [
    { id: FIXTURE_IDS.purpose, description: 'Nyhetsbrev till kunder', legalBasis: 'f_legitimate_interests' },
    { id: FIXTURE_IDS.otherPurpose, description: 'Kundanalys', legalBasis: 'f_legitimate_interests' },
    { id: CONTRACT_PURPOSE, description: 'Leverans', legalBasis: 'b_contract' },
  ],
}
const draft = (overrides: Partial<LegitimateInterestAssessment> = {}) =>
  signedOffLia({ status: 'draft', signOff: null, nextReviewOn: null, ...overrides })

describe('liaCoverage', () => {
  it.each<[string, LegitimateInterestAssessment | null, string, string | null]>([
    ['no LIA', null, 'none', null],
    ['a draft, with the outcome its answers lead to', draft({ answers: emptyLiaAnswers() }), 'draft', 'incomplete'],
    ['a signed-off pass', signedOffLia(), 'passes', 'passes'],
    ['a signed-off pass past its review date', signedOffLia({ nextReviewOn: '2026-06-01' }), 'review_due', 'passes'],
    [
      'a signed-off failure, even past review',
      signedOffLia({
        nextReviewOn: '2026-01-01',
        signOff: { by: 'DPO', at: '2026-01-15T09:00:00Z', outcome: 'fails' },
      }),
      'fails',
      'fails',
    ],
  ])('%s', (_label, lia, coverage, outcome) => {
    expect(liaCoverage(lia, TODAY)).toMatchObject({ coverage, outcome })
  })

  it('reads the signed outcome, not the answers, for a signed-off LIA (the decision on record)', () => {
    const lia = signedOffLia({
      answers: { ...passingAnswers(), privacyNotice: { stated: false, link: '' } },
      signOff: { by: 'DPO', at: '2026-01-15T09:00:00Z', outcome: 'passes_with_mitigations' },
    })
    expect(liaCoverage(lia, TODAY)).toEqual({
      coverage: 'passes',
      outcome: 'passes_with_mitigations',
      reviewOn: '2027-01-15',
    })
    expect(hasPassedLia(lia, TODAY)).toBe(true)
  })
})

describe('purposesWithoutPassedLia', () => {
  it('lists every (f) purpose when there are no LIAs, and never a purpose on another basis', () => {
    const missing = purposesWithoutPassedLia(activity, [], TODAY)
    expect(missing.map((m) => [m.purposeId, m.coverage])).toEqual([
      [FIXTURE_IDS.purpose, 'none'],
      [FIXTURE_IDS.otherPurpose, 'none'],
    ])
  })

  it('drops the purpose a passed LIA covers, keeps the other', () => {
    const missing = purposesWithoutPassedLia(activity, [signedOffLia()], TODAY)
    expect(missing.map((m) => m.purposeDescription)).toEqual(['Kundanalys'])
  })

  it('counts an LIA with no purposes as covering every purpose of its activity', () => {
    expect(purposesWithoutPassedLia(activity, [signedOffLia({ purposeIds: [] })], TODAY)).toEqual([])
  })

  it('keeps a purpose whose LIA is being re-drafted or is due for review', () => {
    const lias = [signedOffLia({ purposeIds: [], nextReviewOn: '2026-05-31' })]
    expect(purposesWithoutPassedLia(activity, lias, TODAY).map((m) => m.coverage)).toEqual(['review_due', 'review_due'])
    const redraft = [draft({ purposeIds: [], version: 3 })]
    expect(purposesWithoutPassedLia(activity, redraft, TODAY).map((m) => m.coverage)).toEqual(['draft', 'draft'])
  })

  it('uses the most recently changed of several LIAs for the same purpose', () => {
    const old = signedOffLia({ id: '7a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3', updatedAt: '2025-01-01T00:00:00Z' })
    const current = draft({ updatedAt: '2026-05-01T00:00:00Z' })
    const coverage = legitimateInterestCoverage(activity, [old, current], TODAY)
    expect(coverage[0]).toMatchObject({ coverage: 'draft', lia: { id: current.id } })
  })
})

describe('liaDisplayName', () => {
  it('names an LIA by the purposes it covers, else its activities, else its interest', () => {
    expect(liaDisplayName(signedOffLia(), [activity])).toBe('Nyhetsbrev till kunder')
    expect(liaDisplayName(signedOffLia({ purposeIds: [] }), [activity])).toBe('Nyhetsbrev')
    expect(liaDisplayName(signedOffLia({ activityIds: [] }), [])).toBe(passingAnswers().interest?.description)
    expect(liaDisplayName(draft({ activityIds: [], answers: emptyLiaAnswers() }), [])).toBe('')
  })

  it('shortens a long interest to 80 characters', () => {
    const interest = { description: 'x'.repeat(200), holder: 'controller' as const, thirdPartyName: '' }
    const name = liaDisplayName(draft({ activityIds: [], answers: { ...emptyLiaAnswers(), interest } }), [])
    expect(name).toHaveLength(80)
    expect(name.endsWith('…')).toBe(true)
  })
})
