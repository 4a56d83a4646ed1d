import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import type { FindingAcceptance } from '@shared/checks'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, openDatabase, useDatabase } from '@/db/database'
import { checksRepository as repo } from './checks.repository'

const KEY = 'register/dpo-contact-missing:organisation'
const acceptance = (over: Partial<FindingAcceptance> = {}): FindingAcceptance => ({
  key: KEY,
  reason: 'Ombud utses i höst.',
  expiresOn: '2026-10-01',
  acceptedBy: 'Åsa Öberg',
  acceptedAt: '2026-06-15T08:00:00.000Z',
  ...over,
})

let notified = 0
let unsubscribe: () => void = () => undefined
beforeEach(() => {
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  notified = 0
  unsubscribe = repo.onChanged(() => notified++)
})
afterEach(() => {
  unsubscribe()
  db().close()
})

describe('checksRepository', () => {
  it('saves an acceptance with an audited `accept` entry, and says the workspace changed', async () => {
    await repo.accept(acceptance(), 'MyNumbers AB: Inget dataskyddsombud')
    expect(await db().findingAcceptances.toArray()).toEqual([acceptance()])
    const log = await db().audit.orderBy('seq').toArray()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      op: 'accept',
      entity: 'findingAcceptances',
      entityId: KEY,
      actor: 'Åsa Öberg',
      label: 'MyNumbers AB: Inget dataskyddsombud',
    })
    expect(log[0]!.changes.map((c) => c.field)).toEqual(['acceptedAt', 'acceptedBy', 'expiresOn', 'key', 'reason'])
    expect(notified).toBe(1)
    expect((await repo.snapshot()).findingAcceptances).toEqual([acceptance()])
  })

  it('renews an acceptance in place, logging only what changed', async () => {
    await repo.accept(acceptance(), 'x')
    await repo.accept(acceptance({ expiresOn: '2026-12-31', acceptedAt: '2026-09-30T08:00:00.000Z' }), 'x')
    expect(await db().findingAcceptances.count()).toBe(1)
    const log = await db().audit.orderBy('seq').toArray()
    expect(log[1]!.changes).toEqual([
      { field: 'acceptedAt', before: '2026-06-15T08:00:00.000Z', after: '2026-09-30T08:00:00.000Z' },
      { field: 'expiresOn', before: '2026-10-01', after: '2026-12-31' },
    ])
  })

  it('refuses an acceptance without a reason, writing nothing', async () => {
    await expect(repo.accept(acceptance({ reason: '' }), 'x')).rejects.toThrow()
    expect(await db().findingAcceptances.count()).toBe(0)
    expect(await db().audit.count()).toBe(0)
  })

  it('revokes an acceptance with an audited delete that keeps it, and the chain holds', async () => {
    await repo.accept(acceptance(), 'x')
    await repo.revoke(KEY, 'x', 'Bo')
    expect(await db().findingAcceptances.count()).toBe(0)
    const log = await db().audit.orderBy('seq').toArray()
    expect(log[1]).toMatchObject({ op: 'delete', actor: 'Bo', entityId: KEY })
    expect(log[1]!.changes).toEqual([{ field: '*', before: acceptance(), after: null }])
    expect(verifyAuditChain(log).ok).toBe(true)
    // Revoking what is not there writes nothing.
    await repo.revoke(KEY, 'x', 'Bo')
    expect(await db().audit.count()).toBe(2)
  })

  it('hears of every save anywhere in the workspace, until unsubscribed', () => {
    let seen = 0
    const stop = repo.onChanged(() => seen++)
    notifyWorkspaceChanged()
    stop()
    notifyWorkspaceChanged()
    expect(seen).toBe(1)
  })
})
