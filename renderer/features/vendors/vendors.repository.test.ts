import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { emptyVendorFields, type VendorFields } from '@shared/vendors'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { vendorFields, vendorsRepository as repo } from './vendors.repository'

const ACTOR = 'Åsa Öberg'
const cloud = (): VendorFields => ({ ...emptyVendorFields(), name: 'Stratus Hosting Inc.', country: 'US' })

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('vendorsRepository', () => {
  it('creates and updates a vendor, each with its audit entry', async () => {
    const created = await repo.create(cloud(), ACTOR)
    const checked = {
      ...vendorFields(created),
      dpf: { certified: false, hrCovered: null, checkedOn: '2026-05-04', reference: '' },
    }
    const saved = await repo.update(created.id, checked, 1, ACTOR)
    expect(saved).toMatchObject({ revision: 2, dpf: { certified: false, checkedOn: '2026-05-04' } })
    const log = await db().audit.orderBy('seq').toArray()
    expect(log.map((e) => [e.entity, e.op, e.label])).toEqual([
      ['vendors', 'create', 'Stratus Hosting Inc.'],
      ['vendors', 'update', 'Stratus Hosting Inc.'],
    ])
    expect(log[1]!.changes.map((c) => c.field)).toEqual(['dpf'])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('refuses an unknown country and a javascript: website', async () => {
    const bad = { ...cloud(), country: 'QQ', website: 'javascript:alert(1)' }
    const e: unknown = await repo.create(bad, ACTOR).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RecordError)
    expect((e as RecordError).issues.map((i) => i.split(':')[0])).toEqual(['country', 'website'])
    expect(await repo.count()).toBe(0)
  })
})
