import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import type { ActivityFields } from '@shared/register'
import { activitiesRepository as repo, activityFields } from '@/features/register/activities.repository'
import payroll from '../../test/fixtures/activity-payroll.json'
import { DATABASE_NAME, db, holdDatabaseOpen, openDatabase, useDatabase, type DpoDatabase } from './database'
import { RecordError } from './entity-repository'
import { asStorageError, isQuotaError, StorageFullError } from './quota'

// safety-and-speed.md §2 targets 1 and the quota rule of issue 9: each save is one strict transaction holding
// the record, its revision and its audit entry; a write the full disk refuses leaves the last good state.
const ACTOR = 'Åsa Öberg'
const fields = (name: string): ActivityFields => ({ ...(structuredClone(payroll) as ActivityFields), name })
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const state = async () => ({
  activities: await db().activities.orderBy('id').toArray(),
  audit: await db().audit.orderBy('seq').toArray(),
})

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => {
  vi.restoreAllMocks()
  holdDatabaseOpen(null)
  db().close()
})

/** Counts the transactions a piece of work opens and the tables each one covers. */
async function transactionsOf(database: DpoDatabase, work: () => Promise<unknown>): Promise<string[][]> {
  const seen: string[][] = []
  const original = database.transaction.bind(database) as (...a: unknown[]) => Promise<unknown>
  vi.spyOn(database, 'transaction').mockImplementation(((...args: unknown[]) => {
    const tables = args.slice(1, -1).flat() as { name: string }[]
    seen.push(tables.map((t) => t.name).sort())
    return original(...args)
  }) as typeof database.transaction)
  await work()
  return seen
}

describe('durability', () => {
  it('keeps the database name every install has its data under', () => {
    expect(DATABASE_NAME).toBe('dpo-desk')
  })

  it('asks Chromium to flush every transaction to disk before reporting it done', () => {
    const options = (db() as unknown as { _options: { chromeTransactionDurability?: string } })._options
    expect(options.chromeTransactionDurability).toBe('strict')
  })

  it('saves create, update, delete and undo each in exactly one transaction with the audit table', async () => {
    const database = db()
    let id = ''
    const steps: [string, () => Promise<unknown>][] = [
      ['create', async () => (id = (await repo.create(fields('Lönehantering'), ACTOR)).id)],
      ['update', () => repo.update(id, { ...fields('Lön'), notes: 'x' }, 1, ACTOR)],
      ['remove', () => repo.remove(id, ACTOR)],
    ]
    for (const [, step] of steps) {
      expect(await transactionsOf(database, step)).toEqual([['activities', 'audit']])
      vi.restoreAllMocks()
    }
    const log = await database.audit.orderBy('seq').toArray()
    expect(log.map((e) => [e.op, e.entityId])).toEqual([
      ['create', id],
      ['update', id],
      ['delete', id],
    ])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('keeps record, revision and audit entry together: an audit write that fails undoes the record', async () => {
    const saved = await repo.create(fields('Lönehantering'), ACTOR)
    const before = await state()
    vi.spyOn(db().audit, 'add').mockRejectedValue(new Error('disk went away'))
    await expect(repo.update(saved.id, { ...activityFields(saved), notes: 'ändrad' }, 1, ACTOR)).rejects.toThrow(
      'disk went away',
    )
    await expect(repo.create(fields('Ny'), ACTOR)).rejects.toThrow('disk went away')
    expect(await state()).toEqual(before)
    expect((await repo.get(saved.id))?.revision).toBe(1)
  })
})

describe('a write that hits the quota', () => {
  it('fails with StorageFullError (a RecordError "storage-full") and leaves the last good state', async () => {
    const saved = await repo.create(fields('Lönehantering'), ACTOR)
    const before = await state()
    vi.spyOn(db().audit, 'add').mockRejectedValue(quotaError())
    const update = repo.update(saved.id, { ...activityFields(saved), notes: 'x'.repeat(10_000) }, 1, ACTOR)
    const error = await update.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFullError)
    expect(error).toBeInstanceOf(RecordError)
    expect((error as RecordError).code).toBe('storage-full')
    expect(await state()).toEqual(before)
  })

  it('is recognised however Dexie wraps it, and nothing else is taken for it', () => {
    expect(isQuotaError(quotaError())).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'X', inner: { name: 'QuotaExceededError' } } })).toBe(true)
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true)
    for (const other of [new Error('x'), { name: 'AbortError' }, null, 'QuotaExceededError', 22]) {
      expect(isQuotaError(other)).toBe(false)
    }
    const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' }
    cyclic.inner = cyclic
    expect(isQuotaError(cyclic)).toBe(false)
    const plain = new Error('x')
    expect(asStorageError(plain)).toBe(plain)
  })
})

describe('holdDatabaseOpen', () => {
  it('keeps the first open waiting until the start-up check releases it', async () => {
    let release: () => void = () => undefined
    holdDatabaseOpen(new Promise<void>((r) => (release = r)))
    const name = 't-' + crypto.randomUUID()
    const held = openDatabase(name)
    let answered = false
    const count = held.activities.count().then((n) => ((answered = true), n))
    await new Promise((r) => setTimeout(r, 30))
    expect(answered).toBe(false)
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name)
    release()
    expect(await count).toBe(0)
    held.close()
  })
})
