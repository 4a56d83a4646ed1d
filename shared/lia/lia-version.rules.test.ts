import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../kernel'
import { diffLiaVersions, takeLiaVersion } from './lia-version.rules'
import { passingAnswers, signedOffLia } from './lia.fixtures'
import { LiaVersionSchema, emptyLiaAnswers, type LiaAnswers } from './lia.schema'

const NOW = new Date('2026-02-01T08:15:00.000Z')

describe('takeLiaVersion', () => {
  it('snapshots answers, the derived outcome, and who saved it when', () => {
    const version = takeLiaVersion(signedOffLia(), 'Anna Andersson', NOW)
    expect(LiaVersionSchema.safeParse(version).success).toBe(true)
    expect(version).toMatchObject({ liaId: signedOffLia().id, version: 2, savedBy: 'Anna Andersson' })
    expect(version.savedAt).toBe('2026-02-01T08:15:00.000Z')
    expect(version.derived.outcome).toBe('passes')
    expect(version.answers).toEqual(passingAnswers())
  })

  it('is not changed by later edits to the live LIA, and cannot be edited itself', () => {
    const lia = signedOffLia()
    const version = takeLiaVersion(lia, 'DPO', NOW)
    lia.answers.publicAuthorityTask = true
    lia.answers.mitigations?.pop()
    expect(version.answers.publicAuthorityTask).toBe(false)
    expect(version.answers.mitigations).toHaveLength(2)
    expect(Object.isFrozen(version.answers.mitigations)).toBe(true)
    expect(() => {
      version.answers.interestLawful = false
    }).toThrow(TypeError)
  })

  it('keeps the derived outcome of its own time beside any override', () => {
    const override = { outcome: 'passes' as const, justification: 'Accepted risk', by: 'DPO', at: NOW.toISOString() }
    const answers = { ...passingAnswers(), privacyNotice: { stated: false, link: '' } }
    const version = takeLiaVersion(signedOffLia({ answers, outcomeOverride: override }), 'DPO', NOW)
    expect(version.derived.outcome).toBe('passes_with_mitigations')
    expect(version.outcomeOverride).toEqual(override)
  })
})

describe('diffLiaVersions', () => {
  it('finds nothing between identical answers', () => {
    expect(diffLiaVersions({ answers: passingAnswers() }, { answers: passingAnswers() })).toEqual([])
  })

  it('lists changed answers in questionnaire order with before and after', () => {
    const before = passingAnswers()
    const after: LiaAnswers = { ...before, privacyNotice: { stated: false, link: '' }, interestLawful: false }
    expect(diffLiaVersions({ answers: before }, { answers: after })).toEqual([
      { questionId: 'interestLawful', number: '1.2', before: true, after: false },
      { questionId: 'privacyNotice', number: '3.9', before: before.privacyNotice, after: after.privacyNotice },
    ])
  })

  it('sees a change inside a list (an impact re-rated)', () => {
    const before = passingAnswers()
    const impacts = before.impacts?.map((i) => ({ ...i, severity: 4 })) ?? []
    const changes = diffLiaVersions({ answers: before }, { answers: { ...before, impacts } })
    expect(changes.map((c) => c.number)).toEqual(['3.6'])
  })

  it('does not report a different key order as a change', () => {
    const before = passingAnswers()
    const interest = before.interest
    const reordered = interest && {
      thirdPartyName: interest.thirdPartyName,
      holder: interest.holder,
      description: interest.description,
    }
    expect(diffLiaVersions({ answers: before }, { answers: { ...before, interest: reordered } })).toEqual([])
  })

  it('compares two stored versions directly', () => {
    const v1 = takeLiaVersion(signedOffLia({ answers: emptyLiaAnswers(), version: 1 }), 'DPO', NOW)
    const v2 = takeLiaVersion(signedOffLia(), 'DPO', NOW)
    expect(diffLiaVersions(v1, v2)).toHaveLength(17)
  })

  it('is symmetric and reports exactly the answers whose JSON differs', () => {
    const answers = fc.constantFrom(passingAnswers(), emptyLiaAnswers())
    const mixed = fc.tuple(answers, answers, fc.array(fc.boolean(), { minLength: 17, maxLength: 17 }))
    fc.assert(
      fc.property(mixed, fc.constantFrom(passingAnswers(), emptyLiaAnswers()), ([x, y, picks], a) => {
        // Build b by taking each answer from x or y, so any subset of answers can differ from a.
        const keys = Object.keys(a) as (keyof LiaAnswers)[]
        const b = Object.fromEntries(keys.map((k, i) => [k, (picks[i] ? x : y)[k]])) as LiaAnswers
        const forward = diffLiaVersions({ answers: a }, { answers: b })
        const backward = diffLiaVersions({ answers: b }, { answers: a })
        expect(backward).toEqual(forward.map((c) => ({ ...c, before: c.after, after: c.before })))
        expect(forward.map((c) => c.questionId)).toEqual(
          keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])),
        )
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
