import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readWorkspaceFile } from '@shared/backup'
import type { BackupInfo, DpoBridge, SaveFileRequest, WorkspaceMarker, WriteBackupRequest } from '@shared/ipc'
import type { ActivityFields } from '@shared/register'
import { db, holdDatabaseOpen, openDatabase, useDatabase } from '@/db/database'
import { LATEST_VERSION } from '@/db/migrations'
import { probeDatabase } from '@/db/probe'
import { activitiesRepository } from '@/features/register/activities.repository'
import { currentMarker } from '@/features/workspace/marker'
import payroll from '../../test/fixtures/activity-payroll.json'
import v1File from '../../test/fixtures/workspace-v1.json'
import { createStartup, type Startup } from './startup'

/** A fake bridge: backups, the marker and saved files live in memory. */
const bridge = vi.hoisted(() => ({
  backups: [] as (BackupInfo & { content: string })[],
  marker: null as WorkspaceMarker | null,
  saved: [] as SaveFileRequest[],
}))
vi.mock('@/platform/bridge', () => {
  const fake: Partial<DpoBridge> = {
    'backup:write': async (req: WriteBackupRequest) => {
      const info = { name: `dpo-desk-2026-${bridge.backups.length}-${req.reason}.json`, reason: req.reason }
      const full = { ...info, createdAt: new Date().toISOString(), bytes: req.content.length, content: req.content }
      bridge.backups.unshift(full)
      return { ok: true, value: full }
    },
    'backup:list': async () => ({ ok: true, value: bridge.backups.map(({ content: _c, ...i }) => i) }),
    'backup:read': async (name: string) => {
      const b = bridge.backups.find((x) => x.name === name)
      return b ? { ok: true, value: b.content } : { ok: false, error: { code: 'backup/not-found', message: name } }
    },
    'marker:read': async () => ({ ok: true, value: bridge.marker }),
    'marker:write': async (m: WorkspaceMarker) => ((bridge.marker = m), { ok: true, value: true }),
    'file:save': async (req: SaveFileRequest) => (
      bridge.saved.push(req),
      { ok: true, value: { saved: true, name: 'x' } }
    ),
  }
  return { api: () => fake as DpoBridge }
})

const ACTOR = 'Åsa Öberg'
const fields = (name: string): ActivityFields => ({ ...(structuredClone(payroll) as ActivityFields), name })
let name = ''
let startup: Startup

beforeEach(() => {
  bridge.backups = []
  bridge.marker = null
  bridge.saved = []
  name = 't-' + crypto.randomUUID()
  useDatabase(openDatabase(name))
  startup = createStartup(name)
})
afterEach(() => {
  holdDatabaseOpen(null)
  db().close()
})

/** A workspace at the latest version with two activities, closed again, plus its marker. */
async function seedLatest(): Promise<WorkspaceMarker> {
  await activitiesRepository.create(fields('Lönehantering'), ACTOR)
  await activitiesRepository.create(fields('Bokföring'), ACTOR)
  const marker = await currentMarker(db())
  db().close()
  useDatabase(openDatabase(name))
  return marker
}

const settle = () => new Promise((r) => setTimeout(r, 20))

describe('start-up on an older database', () => {
  it('writes a pre-migration backup of what is there, then upgrades and checks the counts', async () => {
    const v1 = openDatabase(name, 1)
    await v1.open()
    await v1.table('activities').bulkAdd(v1File.data.activities)
    await v1.settings.put({ key: 'organisation', value: v1File.data.organisation })
    v1.close()

    await startup.begin()

    expect(startup.state.value).toEqual({ phase: 'ready', migratedFrom: 1, migrationMismatch: [] })
    expect(bridge.backups.map((b) => b.reason)).toEqual(['pre-migration'])
    const file = readWorkspaceFile(bridge.backups[0]!.content)
    expect(file.ok).toBe(true)
    if (file.ok) {
      // Parsed with today's schemas: fields added since version 1 come back with their defaults.
      expect(file.value.data.activities).toMatchObject(v1File.data.activities)
      expect(file.value.data.organisation).toEqual(v1File.data.organisation)
    }
    expect(db().verno).toBe(LATEST_VERSION)
    expect(await db().activities.count()).toBe(2)
    expect(bridge.marker).toMatchObject({ schemaVersion: LATEST_VERSION, counts: { activities: 2 } })
  })
})

describe('start-up on a database written by a newer app', () => {
  async function createNewer(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 990)
      req.onupgradeneeded = () => {
        req.result.createObjectStore('activities', { keyPath: 'id' }).add({ id: 'a1', name: 'Framtida' })
        req.result.createObjectStore('futureTable', { keyPath: 'id' }).add({ id: 'f1' })
      }
      req.onsuccess = () => (req.result.close(), resolve())
      req.onerror = () => reject(req.error ?? new Error('cannot open'))
    })
  }

  it('refuses to open it, offers a read-only copy, and replaces it only after the copy was saved', async () => {
    await createNewer()
    const readable = await seedOtherBackup()
    await startup.begin()
    expect(startup.state.value).toMatchObject({
      phase: 'blocked',
      verdict: { kind: 'newer', found: 99, supported: LATEST_VERSION },
      newestBackup: readable,
      exported: false,
    })
    let opened = false
    void db()
      .activities.count()
      .then(() => (opened = true))
    await settle()
    expect(opened).toBe(false)

    expect(await startup.prepareRestore()).toBeNull()
    expect(await startup.exportCopy()).toBe(true)
    const copy = JSON.parse(bridge.saved[0]!.content as string) as { schemaVersion: number; tables: object }
    expect(copy).toMatchObject({ format: 'dpo-desk-raw-dump', schemaVersion: 99 })
    expect(copy.tables).toEqual({ activities: [{ id: 'a1', name: 'Framtida' }], futureTable: [{ id: 'f1' }] })
    expect(startup.state.value).toMatchObject({ exported: true })

    expect(await startup.prepareRestore()).toBe(readable)
    await settle()
    expect(opened).toBe(true)
    expect(db().verno).toBe(LATEST_VERSION)
  })

  /** A backup this build can read, written from another database. */
  async function seedOtherBackup(): Promise<string> {
    const other = 't-' + crypto.randomUUID()
    useDatabase(openDatabase(other))
    await activitiesRepository.create(fields('Säkerhetskopierad'), ACTOR)
    const { writeBackup } = await import('@/features/backup/backup.service')
    const written = await writeBackup('auto')
    db().close()
    useDatabase(openDatabase(name))
    return written.ok ? written.value.name : ''
  }
})

describe('start-up against the marker', () => {
  it('stops when the database is gone although the marker shows a workspace', async () => {
    bridge.marker = { ...(await seedLatest()) }
    db().close()
    await new Promise((r) => (indexedDB.deleteDatabase(name).onsuccess = r))
    useDatabase(openDatabase(name))
    await startup.begin()
    expect(startup.state.value).toMatchObject({ phase: 'blocked', verdict: { kind: 'missing' } })
    expect((await probeDatabase(name)).exists).toBe(false)

    await startup.proceed()
    expect(startup.state.value.phase).toBe('ready')
    expect(await db().activities.count()).toBe(0)
    expect(bridge.marker).toMatchObject({ auditCount: 0 })
  })

  it('stops when records vanished without audited deletes', async () => {
    bridge.marker = await seedLatest()
    const raw = openDatabase(name)
    await raw.activities.limit(1).delete()
    raw.close()
    await startup.begin()
    expect(startup.state.value).toMatchObject({
      phase: 'blocked',
      verdict: { kind: 'shrunk', tables: ['activities'], expected: { auditCount: 2 }, found: { auditCount: 2 } },
    })
  })

  it('opens a database that holds what the marker says, or more', async () => {
    const marker = await seedLatest()
    bridge.marker = { ...marker, counts: { ...marker.counts, activities: 1 }, auditCount: 1, auditHeadHash: null }
    await startup.begin()
    expect(startup.state.value).toEqual({ phase: 'ready', migratedFrom: null, migrationMismatch: [] })
    expect(bridge.marker).toMatchObject({ auditCount: 2, counts: { activities: 2 } })
    expect(bridge.backups).toEqual([])
  })

  it('treats a fresh machine as a first run', async () => {
    await startup.begin()
    expect(startup.state.value.phase).toBe('ready')
    expect(await db().activities.count()).toBe(0)
  })
})
