import { describe, expect, it } from 'vitest'
import { VendorFieldsSchema, VendorSchema, emptyVendorFields, type VendorFields } from './vendor.schema'

const vendor = (overrides: Partial<VendorFields> = {}): VendorFields => ({
  ...emptyVendorFields(),
  name: 'Acme Cloud Inc.',
  ...overrides,
})

describe('VendorFieldsSchema', () => {
  it('accepts a filled vendor and a stored record', () => {
    const v = vendor({ country: 'US', website: 'https://acme.example', services: ['CRM hosting'] })
    expect(VendorFieldsSchema.safeParse(v).success).toBe(true)
    const stamp = {
      id: '22222222-2222-4222-8222-222222222222',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      revision: 1,
    }
    expect(VendorSchema.safeParse({ ...stamp, ...v }).success).toBe(true)
  })

  it('refuses an empty name, an unknown role and an unknown country', () => {
    expect(VendorFieldsSchema.safeParse(vendor({ name: ' ' })).success).toBe(false)
    expect(VendorFieldsSchema.safeParse({ ...vendor(), role: 'supplier' }).success).toBe(false)
    expect(VendorFieldsSchema.safeParse({ ...vendor(), country: 'QQ' }).success).toBe(false)
    expect(VendorFieldsSchema.safeParse({ ...vendor(), processingCountries: ['US', 'QQ'] }).success).toBe(false)
  })

  it('accepts only http(s) websites', () => {
    expect(VendorFieldsSchema.safeParse(vendor({ website: '' })).success).toBe(true)
    expect(VendorFieldsSchema.safeParse(vendor({ website: 'http://acme.example/dpa' })).success).toBe(true)
    expect(VendorFieldsSchema.safeParse(vendor({ website: 'javascript:alert(1)' })).success).toBe(false)
    expect(VendorFieldsSchema.safeParse(vendor({ website: 'file:///etc/passwd' })).success).toBe(false)
  })

  it('fills the DPF defaults', () => {
    const parsed = VendorFieldsSchema.parse({ ...vendor(), dpf: { certified: true, checkedOn: '2026-01-01' } })
    expect(parsed.dpf).toEqual({ certified: true, hrCovered: null, checkedOn: '2026-01-01', reference: '' })
  })
})
