import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveLiaOutcome, failureReasons, LIA_OUTCOME_RANK, mitigationReasons } from './lia.rules'
import {
  LiaAnswersSchema,
  LiaDataTypeSchema,
  LiaSubjectGroupSchema,
  type LiaAnswers,
  type LiaImpact,
} from './lia.schema'

// A small pool, so impacts and expectations often point at mitigations that exist (and sometimes not).
const IDS = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
]
const id = fc.constantFrom(...IDS)
const text = fc.constantFrom('', ' ', 'A reason', 'Kundregister')
const rating = fc.integer({ min: 1, max: 4 })
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 4 })
const ids = fc.uniqueArray(id, { maxLength: 3 })

const impactArb: fc.Arbitrary<LiaImpact> = fc.record({
  description: text,
  likelihood: rating,
  severity: rating,
  mitigatedBy: ids,
})

/** Any schema-valid answers, including half-filled drafts. */
const answersArb: fc.Arbitrary<LiaAnswers> = fc.record({
  publicAuthorityTask: nullable(fc.boolean()),
  interest: nullable(
    fc.record({ description: text, holder: fc.constantFrom('controller', 'third_party'), thirdPartyName: text }),
  ),
  interestLawful: nullable(fc.boolean()),
  interestPreciselyArticulated: nullable(fc.boolean()),
  interestRealAndPresent: nullable(fc.boolean()),
  howProcessingAchievesInterest: nullable(text),
  lessIntrusiveAlternatives: nullable(
    fc.record({
      alternatives: fc.array(fc.record({ description: text, equallyEffective: fc.boolean(), whyRejected: text }), {
        maxLength: 2,
      }),
      reasoning: text,
    }),
  ),
  dataCategoriesJustified: nullable(
    fc.array(fc.record({ category: fc.constantFrom('E-post', 'Namn'), justified: fc.boolean(), justification: text }), {
      maxLength: 2,
    }),
  ),
  dataTypes: nullable(fc.uniqueArray(fc.constantFrom(...LiaDataTypeSchema.options), { maxLength: 3 })),
  subjectGroups: nullable(fc.uniqueArray(fc.constantFrom(...LiaSubjectGroupSchema.options), { maxLength: 3 })),
  scale: nullable(
    fc.record({
      approxPeople: nullable(fc.nat()),
      approxRecords: nullable(fc.nat()),
      duration: text,
      combinedWith: text,
    }),
  ),
  relationship: nullable(
    fc.record({
      kind: fc.constantFrom('customer', 'employee', 'no_direct_relationship'),
      powerImbalance: fc.constantFrom('none', 'some', 'significant'),
      note: text,
    }),
  ),
  reasonableExpectations: nullable(
    fc.record({ answer: fc.constantFrom('yes', 'partly', 'no'), evidence: text, changedByMitigationIds: ids }),
  ),
  impacts: nullable(fc.array(impactArb, { maxLength: 3 })),
  mitigations: nullable(fc.uniqueArray(fc.record({ id, description: text }), { maxLength: 3, selector: (m) => m.id })),
  objectionProcess: nullable(
    fc.record({
      processInPlace: fc.boolean(),
      ref: text,
      directMarketing: fc.boolean(),
      marketingOptOut: fc.boolean(),
    }),
  ),
  privacyNotice: nullable(fc.record({ stated: fc.boolean(), link: text })),
})

/** Lists that count as answered: an empty impact or subject list is still a missing answer. */
const nonEmpty = <T>(list: T[] | null): list is T[] => list !== null && list.length > 0

/**
 * Ways of making an answer worse. Mitigation-type changes only touch answers already given: filling in a
 * missing answer can rightly move an LIA from "incomplete" to "passes with mitigations".
 */
const worsenings: fc.Arbitrary<(a: LiaAnswers) => LiaAnswers> = fc.oneof(
  fc.constant((a: LiaAnswers) => ({ ...a, publicAuthorityTask: true })),
  fc
    .constantFrom('interestLawful', 'interestPreciselyArticulated', 'interestRealAndPresent')
    .map((key) => (a: LiaAnswers) => ({ ...a, [key]: false })),
  fc.constant((a: LiaAnswers) => ({
    ...a,
    lessIntrusiveAlternatives: {
      alternatives: [
        ...(a.lessIntrusiveAlternatives?.alternatives ?? []),
        { description: 'Ask', equallyEffective: true, whyRejected: '' },
      ],
      reasoning: a.lessIntrusiveAlternatives?.reasoning ?? '',
    },
  })),
  fc.constant((a: LiaAnswers) => ({ ...a, mitigations: a.mitigations && [] })),
  impactArb.map((extra) => (a: LiaAnswers) => ({
    ...a,
    impacts: nonEmpty(a.impacts) ? [...a.impacts, extra] : a.impacts,
  })),
  fc.constant((a: LiaAnswers) => ({
    ...a,
    subjectGroups: nonEmpty(a.subjectGroups) ? [...a.subjectGroups, 'children' as const] : a.subjectGroups,
  })),
  fc.constant((a: LiaAnswers) => ({ ...a, privacyNotice: a.privacyNotice && { ...a.privacyNotice, stated: false } })),
  fc.constant((a: LiaAnswers) => ({
    ...a,
    objectionProcess: a.objectionProcess && { ...a.objectionProcess, processInPlace: false },
  })),
  fc.constant((a: LiaAnswers) => ({
    ...a,
    reasonableExpectations: a.reasonableExpectations && { ...a.reasonableExpectations, answer: 'no' as const },
  })),
)

const RUNS = { numRuns: 1000, seed: 42 }

describe('deriveLiaOutcome properties', () => {
  it('generates schema-valid answers (so the properties speak about real records)', () => {
    fc.assert(
      fc.property(answersArb, (a) => LiaAnswersSchema.safeParse(a).success),
      RUNS,
    )
  })

  it('never improves the outcome when an answer is made worse', () => {
    fc.assert(
      fc.property(answersArb, worsenings, (a, worsen) => {
        const before = LIA_OUTCOME_RANK[deriveLiaOutcome(a).outcome]
        const after = LIA_OUTCOME_RANK[deriveLiaOutcome(worsen(a)).outcome]
        expect(after).toBeGreaterThanOrEqual(before)
      }),
      RUNS,
    )
  })

  it('fails exactly when a failure rule holds, and passes only with no reasons at all', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const result = deriveLiaOutcome(a)
        expect(result.outcome === 'fails').toBe(failureReasons(a).length > 0)
        expect(result.requiredMitigations).toEqual(mitigationReasons(a))
        expect(result.outcome === 'passes').toBe(result.reasons.length === 0)
      }),
      RUNS,
    )
  })

  it('leaves no impact unmitigated once each names a mitigation that exists', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const mitigations = [{ id: IDS[0] as string, description: 'Pseudonymise' }]
        const covered = (a.impacts ?? []).map((i) => ({ ...i, mitigatedBy: [IDS[0] as string] }))
        const result = deriveLiaOutcome({ ...a, mitigations, impacts: a.impacts && covered })
        expect(result.requiredMitigations.some((r) => r.code.startsWith('impact_unmitigated'))).toBe(false)
      }),
      RUNS,
    )
  })
})
