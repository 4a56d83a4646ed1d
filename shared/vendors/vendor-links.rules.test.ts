import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  activitiesUsingVendor,
  isUnused,
  linkRecipient,
  suggestVendors,
  vendorRoleFitsRecipient,
  vendorUsage,
} from './vendor-links.rules'
import { VENDOR_ROLES } from './vendor.schema'

const CLOUD = '22222222-2222-4222-8222-222222222222'
const BANK = '33333333-3333-4333-8333-333333333333'
const it1 = { name: 'IT-leverantörer', kind: 'processor', country: '', vendorId: CLOUD }
const bank = { name: 'Banker via Finansdatatjänsten', kind: 'controller', country: 'SE', vendorId: null }
const activities = [
  { id: 'a1', name: 'Leverans av tjänsten', recipients: [it1, bank] },
  { id: 'a2', name: 'Bokföring', recipients: [{ ...bank, vendorId: BANK }] },
  { id: 'a3', name: 'IT-drift', recipients: [it1, { ...it1, name: 'Backup' }] },
]

describe('activitiesUsingVendor', () => {
  it('finds each activity with a recipient linked to the vendor, once', () => {
    expect(activitiesUsingVendor(CLOUD, activities).map((a) => a.id)).toEqual(['a1', 'a3'])
    expect(activitiesUsingVendor(BANK, activities).map((a) => a.id)).toEqual(['a2'])
    expect(activitiesUsingVendor('nobody', activities)).toEqual([])
  })
})

describe('linkRecipient', () => {
  it('links and unlinks one recipient without touching the others or the input', () => {
    const linked = linkRecipient(activities[0]!.recipients, 1, BANK)
    expect(linked.map((r) => r.vendorId)).toEqual([CLOUD, BANK])
    expect(linked[0]).toBe(activities[0]!.recipients[0])
    expect(activities[0]!.recipients[1]!.vendorId).toBeNull()
    expect(linkRecipient(linked, 0, null).map((r) => r.vendorId)).toEqual([null, BANK])
  })

  it('refuses an index outside the list', () => {
    expect(() => linkRecipient([], 0, CLOUD)).toThrow(RangeError)
  })

  it('property: only the chosen recipient changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.uuid()), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.option(fc.uuid()),
        (ids, n, id) => {
          const rs = ids.map((vendorId, i) => ({ name: `r${i}`, kind: 'processor', vendorId }))
          const i = n % rs.length
          const out = linkRecipient(rs, i, id)
          return out.every((r, j) => (j === i ? r.vendorId === id && r.name === rs[j]!.name : r === rs[j]))
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('vendorRoleFitsRecipient and suggestVendors', () => {
  it('matches processors to processor recipients and controllers to controllers and authorities', () => {
    expect(vendorRoleFitsRecipient('processor', 'processor')).toBe(true)
    expect(vendorRoleFitsRecipient('sub_processor', 'processor')).toBe(true)
    expect(vendorRoleFitsRecipient('independent_controller', 'processor')).toBe(false)
    expect(vendorRoleFitsRecipient('independent_controller', 'authority')).toBe(true)
    expect(vendorRoleFitsRecipient('processor', 'controller')).toBe(false)
    for (const role of VENDOR_ROLES) expect(vendorRoleFitsRecipient(role, 'other')).toBe(true)
  })

  it('puts a fitting role first, then shared name words, and keeps every vendor', () => {
    const vendors = [
      { name: 'Finansdatatjänsten', role: 'independent_controller' as const },
      { name: 'Stratus Hosting Inc.', role: 'processor' as const },
      { name: 'Insikt Analys AB', role: 'processor' as const },
    ]
    const forAnalytics = suggestVendors({ name: 'Externa analysföretag (Insikt)', kind: 'processor' }, vendors)
    expect(forAnalytics.map((v) => v.name)).toEqual(['Insikt Analys AB', 'Stratus Hosting Inc.', 'Finansdatatjänsten'])
    expect(suggestVendors(bank, vendors)[0]!.name).toBe('Finansdatatjänsten')
  })
})

describe('vendorUsage', () => {
  it('counts activities, agreements and transfers as importer or exporter', () => {
    const usage = vendorUsage(CLOUD, {
      activities,
      agreements: [{ vendorId: CLOUD }, { vendorId: BANK }],
      transfers: [
        { importer: { vendorId: CLOUD }, exporter: { vendorId: null } },
        { importer: { vendorId: null }, exporter: { vendorId: CLOUD } },
      ],
    })
    expect(usage).toEqual({ activities: 2, agreements: 1, transfers: 2 })
    expect(isUnused(usage)).toBe(false)
    expect(isUnused(vendorUsage('x', { activities, agreements: [], transfers: [] }))).toBe(true)
  })
})
