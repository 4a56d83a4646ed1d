import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { addTimelineEvent, emptyBreachFields, recordNotification, type BreachFields } from '@shared/breaches'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { breachFields, breachesRepository as repo, listVendorOptions } from './breaches.repository'

const ACTOR = 'Åsa Öberg'
const fields = (over: Partial<BreachFields> = {}): BreachFields => ({
  ...emptyBreachFields('Lönefil skickad till fel mottagare'),
  awareAt: '2026-06-19T14:20:00+02:00',
  ...over,
})
const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('refused')
  return r.value
}

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('breaches repository', () => {
  it('records the notification and its timeline event as one audited update', async () => {
    const created = await repo.create(fields(), ACTOR)
    const notified = ok(
      recordNotification(
        breachFields(created),
        { notifiedAt: '2026-06-20T09:00:00+02:00', caseNo: 'IMY-2026-1234', phased: true, delayReason: '' },
        new Date('2026-06-20T08:00:00Z'),
      ),
    )
    const withEvent = ok(addTimelineEvent(notified, '2026-06-20T09:00:00+02:00', 'Anmälan skickad till IMY.'))
    const saved = await repo.update(created.id, withEvent, created.revision, ACTOR)
    expect([saved.revision, saved.imy.caseNo, saved.timeline.length]).toEqual([2, 'IMY-2026-1234', 1])

    const audit = await db().audit.orderBy('seq').toArray()
    expect(audit.map((a) => [a.entity, a.op, a.label])).toEqual([
      ['breaches', 'create', 'Lönefil skickad till fel mottagare'],
      ['breaches', 'update', 'Lönefil skickad till fel mottagare'],
    ])
    expect(audit[1]?.changes.map((c) => c.field).sort()).toEqual(['imy', 'timeline'])
    expect(verifyAuditChain(audit).ok).toBe(true)
  })

  it('refuses an awareness time without offset and a stale revision', async () => {
    await expect(repo.create(fields({ awareAt: '2026-06-19T14:20' }), ACTOR)).rejects.toBeInstanceOf(RecordError)
    const created = await repo.create(fields(), ACTOR)
    await repo.update(created.id, { ...breachFields(created), title: 'Ny rubrik' }, created.revision, ACTOR)
    const stale = await repo.update(created.id, breachFields(created), created.revision, ACTOR).catch((e: unknown) => e)
    expect((stale as RecordError).code).toBe('conflict')
  })

  it('offers the vendors by name, read-only', async () => {
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', revision: 1 }
    const vendor = (id: string, name: string) => ({
      ...stamp,
      id,
      name,
      orgNumber: '',
      country: 'SE',
      processingCountries: [],
      contact: { name: '', email: '', phone: '' },
      website: '',
      role: 'processor' as const,
      services: [],
      dpf: { certified: null, hrCovered: null, checkedOn: null, reference: '' },
      notes: '',
    })
    await db().vendors.bulkAdd([
      vendor('6d1f0c3a-4002-4000-8000-000000000002', 'Nordlys Drift AB'),
      vendor('6d1f0c3a-4001-4000-8000-000000000001', 'Insikt Analys AB'),
    ])
    expect(await listVendorOptions()).toEqual([
      { id: '6d1f0c3a-4001-4000-8000-000000000001', name: 'Insikt Analys AB' },
      { id: '6d1f0c3a-4002-4000-8000-000000000002', name: 'Nordlys Drift AB' },
    ])
    expect(await db().audit.count()).toBe(0)
  })
})
