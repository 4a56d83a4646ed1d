import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chainAuditEntry, verifyAuditChain, type AuditDraft, type AuditEntry } from '@shared/audit'
import type { ActivityFields } from '@shared/register'
import { activitiesRepository as repo, activityFields } from '@/features/register/activities.repository'
import payroll from '../../test/fixtures/activity-payroll.json'
import { verifyAuditPage, verifyStoredAudit, webCryptoHash } from './audit-verify'
import { db, openDatabase, useDatabase } from './database'

// safety-and-speed.md §3 target 2, in the database itself: edit, delete or reorder one stored entry and the
// verification names that entry.
const ACTOR = 'Åsa Öberg'
const fields = (name: string): ActivityFields => ({ ...(structuredClone(payroll) as ActivityFields), name })

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

/** Six real entries written through the repository: create, three updates, delete, create. */
async function seedLog(): Promise<AuditEntry[]> {
  let a = await repo.create(fields('Lönehantering'), ACTOR)
  for (const note of ['ett', 'två', 'tre'])
    a = await repo.update(a.id, { ...activityFields(a), notes: note }, a.revision, ACTOR)
  await repo.remove(a.id, ACTOR)
  await repo.create(fields('Bokföring'), ACTOR)
  return db().audit.orderBy('seq').toArray()
}

describe('verifyStoredAudit on the database', () => {
  it('accepts the untouched log and agrees with WebCrypto on the head hash', async () => {
    const log = await seedLog()
    expect(await verifyStoredAudit(db())).toEqual({
      ok: true,
      count: 6,
      headHash: log[5]!.hash,
      webCryptoAgrees: true,
    })
    expect(await webCryptoHash(log[2]!)).toBe(log[2]!.hash)
  })

  it('names the edited entry when a stored entry is edited in place', async () => {
    await seedLog()
    await db().audit.update(3, { actor: 'Någon annan' })
    expect(await verifyStoredAudit(db(), 2)).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'hash' })
  })

  it('names the edited entry when the record kept by a delete entry is altered', async () => {
    const log = await seedLog()
    const entry = log[4]!
    const changes = structuredClone(entry.changes)
    ;(changes[0]!.before as { name: string }).name = 'Något helt annat'
    await db().audit.put({ ...entry, changes })
    expect(await verifyStoredAudit(db())).toMatchObject({ ok: false, brokenAtSeq: 5, reason: 'hash' })
  })

  it('names the position of a deleted entry', async () => {
    await seedLog()
    await db().audit.delete(4)
    expect(await verifyStoredAudit(db(), 2)).toMatchObject({ ok: false, brokenAtSeq: 4, reason: 'sequence' })
  })

  it('names the first position of two entries whose places were swapped', async () => {
    const log = await seedLog()
    await db().transaction('rw', db().audit, async () => {
      await db().audit.put({ ...log[4]!, seq: 2 })
      await db().audit.put({ ...log[1]!, seq: 5 })
    })
    expect(await verifyStoredAudit(db())).toMatchObject({ ok: false, brokenAtSeq: 2 })
  })

  it('names the gap when a deletion is hidden by renumbering the rest', async () => {
    const log = await seedLog()
    await db().transaction('rw', db().audit, async () => {
      await db().audit.clear()
      await db().audit.bulkAdd(log.filter((e) => e.seq !== 3).map((e, i) => ({ ...e, seq: i + 1 })))
    })
    expect(await verifyStoredAudit(db())).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'link' })
  })
})

describe('the paged walk', () => {
  const draftArb: fc.Arbitrary<AuditDraft> = fc.record({
    at: fc.constant('2026-11-27T10:00:00.000Z'),
    actor: fc.string({ maxLength: 8 }),
    entity: fc.constantFrom('activities', 'vendors'),
    entityId: fc.uuid(),
    label: fc.string({ maxLength: 12 }),
    op: fc.constantFrom('create', 'update', 'delete'),
    changes: fc.constant([]),
  })
  const chainArb = fc.array(draftArb, { minLength: 1, maxLength: 12 }).map((drafts) => {
    const out: AuditEntry[] = []
    for (const d of drafts) out.push(chainAuditEntry(d, out.at(-1)))
    return out
  })
  const tamper = (chain: AuditEntry[], k: number, how: number): AuditEntry[] => {
    if (how === 0) return chain.map((e, i) => (i === k ? { ...e, label: e.label + '!' } : e))
    if (how === 1) return chain.filter((_, i) => i !== k)
    const j = (k + 1) % chain.length
    const swapped = [...chain]
    ;[swapped[k], swapped[j]] = [chain[j]!, chain[k]!]
    return swapped
  }

  it('gives the same verdict as the shared rule over the whole array, for any page size', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat({ max: 3 }), fc.integer({ min: 1, max: 5 }), (chain, at, how, size) => {
        const entries = how === 3 ? chain : tamper(chain, at % chain.length, how)
        const progress = { prev: undefined as AuditEntry | undefined, count: 0 }
        let failure = null
        for (let i = 0; i < entries.length && !failure; i += size) {
          failure = verifyAuditPage(entries.slice(i, i + size), progress)
        }
        const whole = verifyAuditChain(entries)
        if (whole.ok) expect(failure).toBeNull()
        else expect(failure).toEqual(whole)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
