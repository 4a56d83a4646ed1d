/**
 * Worked examples for tests and for the UI's empty states: a newsletter to existing customers on legitimate
 * interests (Recital 47 names direct marketing as a possible legitimate interest), answered so that it passes.
 */
import type { LegitimateInterestAssessment, LiaAnswers } from './lia.schema'

/** Fixed ids so tests can refer to them. */
export const FIXTURE_IDS = {
  lia: '0b7e5d3c-58a1-4f0a-9f5e-1c2d3e4f5a60',
  activity: '1c8f6e4d-69b2-4a1b-8a6f-2d3e4f5a6b71',
  purpose: '2d907f5e-7ac3-4b2c-9b70-3e4f5a6b7c82',
  otherPurpose: '3ea18a6f-8bd4-4c3d-8c81-4f5a6b7c8d93',
  optOutMitigation: '4fb29b70-9ce5-4d4e-9d92-5a6b7c8d9ea4',
  shortRetentionMitigation: '50c3ac81-adf6-4e5f-8ea3-6b7c8d9eafb5',
} as const

/** A complete questionnaire that passes: every answer given, no failure, nothing left to mitigate. */
export function passingAnswers(): LiaAnswers {
  return {
    publicAuthorityTask: false,
    interest: {
      description: 'Tell existing customers about similar products by a monthly e-mail newsletter.',
      holder: 'controller',
      thirdPartyName: '',
    },
    interestLawful: true,
    interestPreciselyArticulated: true,
    interestRealAndPresent: true,
    howProcessingAchievesInterest: 'The e-mail address and purchase category are needed to send relevant offers.',
    lessIntrusiveAlternatives: {
      alternatives: [
        {
          description: 'Printed flyers in the shop only',
          equallyEffective: false,
          whyRejected: 'Reaches only customers who happen to visit.',
        },
      ],
      reasoning: 'No less intrusive way reaches existing customers as well.',
    },
    dataCategoriesJustified: [
      { category: 'E-mail address', justified: true, justification: 'Needed to send the newsletter.' },
      { category: 'Purchase category', justified: true, justification: 'Needed to pick relevant products.' },
    ],
    dataTypes: [],
    subjectGroups: ['customers'],
    scale: { approxPeople: 12_000, approxRecords: 12_000, duration: 'While a customer', combinedWith: '' },
    relationship: { kind: 'customer', powerImbalance: 'none', note: '' },
    reasonableExpectations: {
      answer: 'yes',
      evidence: 'Customers were told at checkout and can opt out in every e-mail.',
      changedByMitigationIds: [],
    },
    impacts: [
      {
        description: 'Unwanted e-mail',
        likelihood: 3,
        severity: 1,
        mitigatedBy: [FIXTURE_IDS.optOutMitigation],
      },
    ],
    mitigations: [
      { id: FIXTURE_IDS.optOutMitigation, description: 'One-click unsubscribe in every e-mail, honoured at once.' },
      { id: FIXTURE_IDS.shortRetentionMitigation, description: 'Purchase category kept 24 months only.' },
    ],
    objectionProcess: {
      processInPlace: true,
      ref: 'Routine DS-7',
      directMarketing: true,
      marketingOptOut: true,
    },
    privacyNotice: { stated: true, link: 'https://example.se/integritet#nyhetsbrev' },
  }
}

/** A signed-off LIA around `passingAnswers`, covering one purpose of one activity. */
export function signedOffLia(overrides: Partial<LegitimateInterestAssessment> = {}): LegitimateInterestAssessment {
  return {
    id: FIXTURE_IDS.lia,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    revision: 3,
    activityIds: [FIXTURE_IDS.activity],
    purposeIds: [FIXTURE_IDS.purpose],
    version: 2,
    author: 'Anna Andersson',
    reviewer: '',
    status: 'signed_off',
    answers: passingAnswers(),
    outcomeReasoning: 'Expected by customers, opt-out in every e-mail, low impact.',
    dpiaNeeded: false,
    outcomeOverride: null,
    signOff: { by: 'Anna Andersson', at: '2026-01-15T09:00:00.000Z', outcome: 'passes' },
    nextReviewOn: '2027-01-15',
    ...overrides,
  }
}
