import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUNDLED_CONSENT_CHANNELS, OCCASIONAL_ONLY_GROUNDS, checkDerogationTransfer } from './derogation.rules'
import { FIXTURE_IDS, derogationTransfer, sccTransfer } from './fixtures'
import { CONSENT_CHANNELS, DEROGATION_GROUNDS, TRANSFER_FREQUENCIES } from './transfer.schema'

const codes = (fs: { code: string }[]) => fs.map((f) => f.code)
const goodConsent = derogationTransfer('a_explicit_consent').mechanism
if (goodConsent.kind !== 'derogation' || !goodConsent.consent || !goodConsent.compellingInterest)
  throw new Error('fixture')
const consent = goodConsent.consent
const ci = goodConsent.compellingInterest

describe('checkDerogationTransfer', () => {
  it('raises nothing for other mechanisms or a well-documented derogation', () => {
    expect(checkDerogationTransfer(sccTransfer())).toEqual([])
    for (const g of DEROGATION_GROUNDS) expect(checkDerogationTransfer(derogationTransfer(g))).toEqual([])
  })

  describe('check 26: Art 49(1)(a) consent', () => {
    it('no consent recorded', () => {
      const fs = checkDerogationTransfer(derogationTransfer('a_explicit_consent', { consent: null }))
      expect(codes(fs)).toEqual(['transfer/consent-missing'])
      expect(fs[0]).toMatchObject({ check: 26, severity: 'high', entityId: FIXTURE_IDS.transfer })
    })

    it.each(BUNDLED_CONSENT_CHANNELS)('consent via %s is bundled', (obtainedVia) => {
      const t = derogationTransfer('a_explicit_consent', { consent: { ...consent, obtainedVia } })
      expect(codes(checkDerogationTransfer(t))).toEqual(['transfer/consent-bundled'])
    })

    it('bundled consent is not reported twice as "not explicit"', () => {
      const t = derogationTransfer('a_explicit_consent', {
        consent: { ...consent, obtainedVia: 'terms', explicit: false },
      })
      expect(codes(checkDerogationTransfer(t))).toEqual(['transfer/consent-bundled'])
    })

    it('separate but not explicit, no risk information, not specific', () => {
      const t = derogationTransfer('a_explicit_consent', {
        consent: { ...consent, explicit: false, riskInformationGiven: false, specificToTransfer: false },
      })
      const fs = checkDerogationTransfer(t)
      expect(fs.map((f) => [f.code, f.severity])).toEqual([
        ['transfer/consent-not-explicit', 'high'],
        ['transfer/consent-no-risk-info', 'high'],
        ['transfer/consent-not-specific', 'medium'],
      ])
    })

    it('consent evidence is ignored for other grounds', () => {
      const t = derogationTransfer('e_legal_claims', { consent: { ...consent, obtainedVia: 'cookie_banner' } })
      expect(checkDerogationTransfer(t)).toEqual([])
    })
  })

  describe('check 27: derogations for repeated or systematic transfers', () => {
    it.each(['repeated', 'systematic'] as const)('%s transfers on (b) are high', (frequency) => {
      const fs = checkDerogationTransfer(derogationTransfer('b_contract_with_data_subject', {}, frequency))
      expect(fs.map((f) => [f.code, f.check, f.severity])).toEqual([['transfer/derogation-not-occasional', 27, 'high']])
    })

    it('systematic transfers on (d) public interest are medium', () => {
      const fs = checkDerogationTransfer(derogationTransfer('d_important_public_interest', {}, 'systematic'))
      expect(fs.map((f) => f.severity)).toEqual(['medium'])
    })

    it('property: fires exactly when not occasional; high exactly for the occasional-only grounds', () => {
      fc.assert(
        fc.property(fc.constantFrom(...DEROGATION_GROUNDS), fc.constantFrom(...TRANSFER_FREQUENCIES), (g, f) => {
          const fs = checkDerogationTransfer(derogationTransfer(g, {}, f)).filter(
            (x) => x.code === 'transfer/derogation-not-occasional',
          )
          if (f === 'occasional') return fs.length === 0
          return fs.length === 1 && (fs[0]?.severity === 'high') === OCCASIONAL_ONLY_GROUNDS.includes(g)
        }),
        { numRuns: 1000, seed: 42 },
      )
    })
  })

  describe('check 28: compelling legitimate interests (2nd subparagraph)', () => {
    it('nothing documented: IMY and safeguards both missing', () => {
      const t = derogationTransfer('second_subparagraph', { compellingInterest: null })
      expect(codes(checkDerogationTransfer(t))).toEqual([
        'transfer/imy-not-informed',
        'transfer/safeguards-undocumented',
      ])
    })

    it('IMY not informed', () => {
      const t = derogationTransfer('second_subparagraph', { compellingInterest: { ...ci, imyInformed: false } })
      const fs = checkDerogationTransfer(t)
      expect(fs.map((f) => [f.code, f.check, f.severity])).toEqual([['transfer/imy-not-informed', 28, 'high']])
    })

    it.each([
      ['safeguards', { safeguards: '  ' }],
      ['assessment', { assessment: '' }],
    ])('%s empty: safeguards undocumented', (_label, change) => {
      const t = derogationTransfer('second_subparagraph', { compellingInterest: { ...ci, ...change } })
      expect(codes(checkDerogationTransfer(t))).toEqual(['transfer/safeguards-undocumented'])
    })

    it('subjects not informed, or not a limited number, are medium', () => {
      const t = derogationTransfer('second_subparagraph', {
        compellingInterest: { ...ci, dataSubjectsInformed: false, limitedDataSubjects: false },
      })
      expect(checkDerogationTransfer(t).map((f) => [f.code, f.severity])).toEqual([
        ['transfer/subjects-not-informed', 'medium'],
        ['transfer/subjects-not-limited', 'medium'],
      ])
    })
  })

  describe('Art 49(3): public authorities', () => {
    it.each([
      'a_explicit_consent',
      'b_contract_with_data_subject',
      'c_contract_in_data_subject_interest',
      'second_subparagraph',
    ] as const)('%s is closed to a public authority', (g) => {
      const fs = checkDerogationTransfer(derogationTransfer(g), { publicAuthority: true })
      expect(fs.map((f) => [f.code, f.check])).toEqual([['transfer/derogation-public-authority', null]])
    })

    it('(d) important public interest stays open to a public authority', () => {
      expect(
        checkDerogationTransfer(derogationTransfer('d_important_public_interest'), { publicAuthority: true }),
      ).toEqual([])
    })

    it('the same grounds are fine for a private exporter', () => {
      expect(checkDerogationTransfer(derogationTransfer('a_explicit_consent'), { publicAuthority: false })).toEqual([])
    })
  })

  it('property: any consent channel other than separate_explicit is flagged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONSENT_CHANNELS), (obtainedVia) => {
        const t = derogationTransfer('a_explicit_consent', { consent: { ...consent, obtainedVia } })
        const bundled = codes(checkDerogationTransfer(t)).includes('transfer/consent-bundled')
        return bundled === (obtainedVia !== 'separate_explicit')
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
