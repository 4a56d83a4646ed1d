import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GENESIS_HASH, verifyAuditChain, type AuditDraft } from '@shared/audit'
import { appendAudit, auditHead, recentAudit } from './audit'
import { db, openDatabase, useDatabase } from './database'

const draft = (label: string): AuditDraft => ({
  at: '2026-11-27T10:00:00.000Z',
  actor: 'Åsa',
  entity: 'activities',
  entityId: 'x',
  label,
  op: 'update',
  changes: [],
})

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('appendAudit', () => {
  it('refuses to run outside a transaction, so an entry can never commit apart from its change', async () => {
    await expect(appendAudit(db(), draft('a'))).rejects.toThrow(/inside a transaction/)
    expect(await db().audit.count()).toBe(0)
  })

  it('chains each entry after the current head', async () => {
    const database = db()
    for (const label of ['a', 'b', 'c']) {
      await database.transaction('rw', database.audit, () => appendAudit(database, draft(label)))
    }
    const log = await database.audit.orderBy('seq').toArray()
    expect(log.map((e) => [e.seq, e.label])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
    expect(log[0]!.prevHash).toBe(GENESIS_HASH)
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('does not fork the chain when saves run concurrently', async () => {
    const database = db()
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        database.transaction('rw', database.audit, () => appendAudit(database, draft(String(i)))),
      ),
    )
    const log = await database.audit.orderBy('seq').toArray()
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(verifyAuditChain(log).ok).toBe(true)
  })
})

describe('auditHead and recentAudit', () => {
  it('report the head and page newest first', async () => {
    const database = db()
    expect(await auditHead(database)).toEqual({ count: 0, headHash: null })
    for (const label of ['a', 'b', 'c', 'd', 'e']) {
      await database.transaction('rw', database.audit, () => appendAudit(database, draft(label)))
    }
    const last = await database.audit.get(5)
    expect(await auditHead(database)).toEqual({ count: 5, headHash: last!.hash })
    expect((await recentAudit(database, 2)).map((e) => e.label)).toEqual(['e', 'd'])
    expect((await recentAudit(database, 2, 2)).map((e) => e.label)).toEqual(['c', 'b'])
    expect((await recentAudit(database, 10, 4)).map((e) => e.label)).toEqual(['a'])
  })
})
