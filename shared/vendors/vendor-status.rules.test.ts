import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, acceptableReview, activeAgreement } from '../processors/fixtures'
import { adequacyTransfer, derogationTransfer, sccTransfer } from '../transfers/fixtures'
import { vendorAgreementStatus, vendorTransferStatus } from './vendor-status.rules'
import { emptyVendorFields, type VendorFields } from './vendor.schema'

const today = '2026-05-04'
const processor = { id: FIXTURE_IDS.vendor, role: 'processor' as const }
const vendor = (overrides: Partial<VendorFields> = {}) => ({
  ...emptyVendorFields(),
  name: 'Acme Cloud Inc.',
  country: 'US',
  id: FIXTURE_IDS.vendor,
  ...overrides,
})

describe('vendorAgreementStatus', () => {
  it('says missing for a processor without an agreement, not required for a controller', () => {
    expect(vendorAgreementStatus(processor, [], today).state).toBe('missing')
    expect(vendorAgreementStatus({ ...processor, role: 'independent_controller' }, [], today).state).toBe(
      'not_required',
    )
  })

  it('gives the signed outcome of the agreement in force, with reasons', () => {
    expect(vendorAgreementStatus(processor, [activeAgreement()], today)).toMatchObject({
      state: 'acceptable',
      agreementId: FIXTURE_IDS.agreement,
      reviewedOn: '2026-02-01',
      reasons: [],
      expiringSoon: false,
    })
    const r = acceptableReview()
    r.clauses.e.status = 'missing'
    const s = vendorAgreementStatus(
      processor,
      [activeAgreement({ reviews: [{ ...r, outcome: 'not_acceptable' }] })],
      today,
    )
    expect(s.state).toBe('not_acceptable')
    expect(s.reasons[0]?.en).toContain('Art 28(3)(e)')
  })

  it('says not reviewed when only a draft exists', () => {
    const draft = { ...acceptableReview(), signedOff: null, outcome: null }
    expect(vendorAgreementStatus(processor, [activeAgreement({ reviews: [draft] })], today).state).toBe('not_reviewed')
  })

  it('says not in force for a draft or an agreement past its end, and warns 90 days ahead of expiry', () => {
    expect(vendorAgreementStatus(processor, [activeAgreement({ status: 'draft' })], today).state).toBe('not_in_force')
    const lapsed = vendorAgreementStatus(processor, [activeAgreement({ expiresOn: '2026-05-03' })], today)
    expect(lapsed).toMatchObject({ state: 'not_in_force', daysToExpiry: -1, expiringSoon: true })
    const soon = vendorAgreementStatus(processor, [activeAgreement({ expiresOn: '2026-08-02' })], today)
    expect(soon).toMatchObject({ state: 'acceptable', daysToExpiry: 90, expiringSoon: true })
    const later = vendorAgreementStatus(processor, [activeAgreement({ expiresOn: '2026-08-03' })], today)
    expect(later.expiringSoon).toBe(false)
  })

  it('prefers the agreement in force over a newer draft', () => {
    const draft = { ...activeAgreement({ status: 'draft', effectiveOn: '2026-09-01' }), id: 'draft-id' }
    expect(vendorAgreementStatus(processor, [draft, activeAgreement()], today).agreementId).toBe(FIXTURE_IDS.agreement)
  })
})

describe('vendorTransferStatus', () => {
  it('needs nothing for a Swedish vendor processing in the EEA', () => {
    expect(vendorTransferStatus(vendor({ country: 'SE' }), [], today)).toMatchObject({ state: 'not_needed' })
  })

  it('is missing for a US vendor without a transfer record (check 19)', () => {
    expect(vendorTransferStatus(vendor(), [], today)).toMatchObject({
      state: 'missing',
      thirdCountries: ['US'],
      missingCountries: ['US'],
    })
  })

  it('is flagged when the US vendor relies on adequacy without DPF certification (check 20)', () => {
    const s = vendorTransferStatus(vendor(), [adequacyTransfer()], today)
    expect(s.state).toBe('flagged')
    expect(s.findings.map((f) => f.code)).toContain('transfer/dpf-not-certified')
    const certified = vendor({ dpf: { certified: true, hrCovered: null, checkedOn: '2026-04-01', reference: '' } })
    expect(vendorTransferStatus(certified, [adequacyTransfer()], today).state).toBe('ok')
  })

  it('is ok on SCCs with a TIA, and ignores ended transfers', () => {
    expect(vendorTransferStatus(vendor(), [sccTransfer()], today).state).toBe('ok')
    expect(vendorTransferStatus(vendor(), [sccTransfer({ status: 'ended' })], today).state).toBe('missing')
  })

  it('is flagged for consent by account creation on a systematic transfer (checks 26, 27)', () => {
    const t = derogationTransfer('a_explicit_consent', {}, 'systematic')
    const bundled = { ...t, destinationCountry: 'US', mechanism: { ...t.mechanism } }
    if (bundled.mechanism.kind === 'derogation' && bundled.mechanism.consent)
      bundled.mechanism.consent = { ...bundled.mechanism.consent, obtainedVia: 'account_creation' }
    const s = vendorTransferStatus(vendor(), [bundled], today)
    expect(s.state).toBe('flagged')
    expect(s.findings.map((f) => f.code)).toEqual(['transfer/consent-bundled', 'transfer/derogation-not-occasional'])
  })
})
