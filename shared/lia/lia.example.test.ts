/** The MyNumbers AB example's LIAs and screenings: valid records that show what a DPO must challenge. */
import { describe, expect, it } from 'vitest'
import { DpiaScreeningSchema, dpiaRequiredWithoutDpia, screenDpia } from '../dpia'
import { myNumbersLia, EXAMPLE_LIA_IDS } from '../example/mynumbers.lia'
import { EXAMPLE_IDS, myNumbersActivities } from '../example/mynumbers.register'
import { checkMarketingOptOut } from './lia-checks.rules'
import { purposesWithoutPassedLia } from './lia-coverage.rules'
import { deriveLiaOutcome } from './lia.rules'
import { LegitimateInterestAssessmentSchema } from './lia.schema'

const NOW = new Date('2026-04-20T08:00:00.000Z')
const example = myNumbersLia(NOW)
const lias = example.lias ?? []
const byId = (id: string) => lias.find((l) => l.id === id)!
const activities = myNumbersActivities().map(({ id, fields }) => ({ id, ...fields, updatedAt: NOW.toISOString() }))

describe('example LIAs', () => {
  it('are three valid drafts, each covering the (f) purposes of its activity', () => {
    expect(lias.map((l) => l.id)).toEqual(Object.values(EXAMPLE_LIA_IDS))
    for (const l of lias) {
      expect(LegitimateInterestAssessmentSchema.safeParse(l).error?.issues ?? []).toEqual([])
      expect(l.status).toBe('draft')
    }
    const marketing = activities.find((a) => a.id === EXAMPLE_IDS.marketing)!
    expect(byId(EXAMPLE_LIA_IDS.marketing).purposeIds).toEqual(marketing.purposes.map((p) => p.id))
  })

  it('marketing fails: profiling is not expected, with no opt-out and an unmitigated high-risk impact', () => {
    const derived = deriveLiaOutcome(byId(EXAMPLE_LIA_IDS.marketing).answers)
    expect(derived.outcome).toBe('fails')
    expect(derived.reasons.map((r) => r.code)).toEqual(['not_expected'])
    expect(derived.requiredMitigations.map((r) => r.code)).toEqual(['impact_unmitigated:1', 'no_marketing_opt_out'])
  })

  it('complaints pass only with a mitigation for the unlimited retention', () => {
    const derived = deriveLiaOutcome(byId(EXAMPLE_LIA_IDS.complaints).answers)
    expect(derived.outcome).toBe('passes_with_mitigations')
    expect(derived.reasons.map((r) => r.code)).toEqual(['impact_unmitigated:0'])
  })

  it('product development is incomplete, and the personnummer is not justified', () => {
    const derived = deriveLiaOutcome(byId(EXAMPLE_LIA_IDS.development).answers)
    expect(derived.outcome).toBe('incomplete')
    expect(derived.reasons.map((r) => r.code)).toContain('missing_answer:lessIntrusiveAlternatives')
    expect(derived.requiredMitigations[0]?.code).toMatch(/^category_not_justified:Identitetsuppgifter/)
  })

  it('quote the policy’s "beneficial for you" reasoning for the DPO to challenge', () => {
    for (const l of lias) expect(l.outcomeReasoning).toContain('fördelaktig för dig')
  })

  it('leave every (f) purpose of the example without a passed LIA, and marketing without an opt-out', () => {
    for (const a of activities) {
      const fPurposes = a.purposes.filter((p) => p.legalBasis === 'f_legitimate_interests')
      expect(purposesWithoutPassedLia(a, lias, '2026-04-20')).toHaveLength(fPurposes.length)
    }
    const marketing = { ...activities.find((a) => a.id === EXAMPLE_IDS.marketing)!, dataSubjectCategories: [] }
    expect(checkMarketingOptOut(marketing, lias).map((f) => f.code)).toEqual([
      'marketing_without_opt_out',
      'marketing_without_opt_out',
    ])
  })
})

describe('example DPIA screenings', () => {
  const screenings = example.dpiaScreenings ?? []

  it('screen every example activity once, with the result their answers give', () => {
    expect(screenings.map((s) => s.activityId).sort()).toEqual(Object.values(EXAMPLE_IDS).sort())
    for (const s of screenings) {
      expect(DpiaScreeningSchema.safeParse(s).error?.issues ?? []).toEqual([])
      expect(s.result).toBe(screenDpia(s.answers).result)
      expect(s.screenedOn).toBe('2026-04-20')
    }
  })

  it('require a DPIA for marketing and cookies, which the register does not reference', () => {
    const result = Object.fromEntries(screenings.map((s) => [s.activityId, s.result]))
    expect(result[EXAMPLE_IDS.marketing]).toBe('required')
    expect(result[EXAMPLE_IDS.cookies]).toBe('required')
    expect(result[EXAMPLE_IDS.service]).toBe('recommended')
    expect(result[EXAMPLE_IDS.bookkeeping]).toBe('not_required')
    const flagged = activities.filter((a) =>
      dpiaRequiredWithoutDpia(a, screenings.find((s) => s.activityId === a.id) ?? null),
    )
    expect(flagged.map((a) => a.id).sort()).toEqual([EXAMPLE_IDS.marketing, EXAMPLE_IDS.cookies].sort())
  })
})
