import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COUNTRIES, isEea } from '../transfers'
import { dpfRelevant, isDpfCheckDue, needsTransferRecord, vendorThirdCountries } from './vendor.rules'
import { emptyVendorFields, type VendorFields } from './vendor.schema'

const vendor = (overrides: Partial<VendorFields> = {}): VendorFields => ({
  ...emptyVendorFields(),
  name: 'Acme Cloud Inc.',
  ...overrides,
})

describe('vendor rules', () => {
  it('a Swedish vendor processing only in the EEA needs no transfer record', () => {
    expect(needsTransferRecord(vendor({ country: 'SE', processingCountries: ['FI', 'NO'] }))).toBe(false)
  })

  it('a US vendor, or an EEA vendor with support from India, needs one', () => {
    expect(needsTransferRecord(vendor({ country: 'US' }))).toBe(true)
    const v = vendor({ country: 'SE', processingCountries: ['IN', 'IN', 'DE'] })
    expect(needsTransferRecord(v)).toBe(true)
    expect(vendorThirdCountries(v)).toEqual(['IN'])
  })

  it('the UK is a third country even with adequacy', () => {
    expect(needsTransferRecord(vendor({ country: 'GB' }))).toBe(true)
  })

  it('DPF matters only when the US is involved', () => {
    expect(dpfRelevant(vendor({ country: 'US' }))).toBe(true)
    expect(dpfRelevant(vendor({ country: 'IE', processingCountries: ['US'] }))).toBe(true)
    expect(dpfRelevant(vendor({ country: 'CA' }))).toBe(false)
  })

  it('a DPF check is due when never done or older than a year', () => {
    const us = (checkedOn: string | null) =>
      vendor({ country: 'US', dpf: { certified: true, hrCovered: null, checkedOn, reference: '' } })
    expect(isDpfCheckDue(us(null), '2026-05-04')).toBe(true)
    expect(isDpfCheckDue(us('2025-05-04'), '2026-05-04')).toBe(false)
    expect(isDpfCheckDue(us('2025-05-03'), '2026-05-04')).toBe(true)
    expect(isDpfCheckDue(us('2026-04-01'), '2026-05-04', 30)).toBe(true)
    expect(isDpfCheckDue(vendor({ country: 'SE' }), '2026-05-04')).toBe(false)
  })

  it('property: needsTransferRecord ⇔ some listed country is outside the EEA', () => {
    const code = fc.constantFrom(...COUNTRIES.map((c) => c.code))
    fc.assert(
      fc.property(code, fc.array(code, { maxLength: 5 }), (country, processingCountries) => {
        const expected = [country, ...processingCountries].some((c) => !isEea(c))
        return needsTransferRecord({ country, processingCountries }) === expected
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
