import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chainAuditEntry, GENESIS_HASH, verifyAuditChain, type AuditDraft, type AuditEntry } from '@shared/audit'
import { COLLECTION_NAMES, emptyCollections, WorkspaceDataSchema, type WorkspaceData } from '@shared/backup'
import { EXAMPLE_IDS, MYNUMBERS_ORGANISATION } from '@shared/example'
import { PUBLISHED_NOTICE_SETTING, type PublishedNotice } from '@shared/notice'
import { emptyOrganisation } from '@shared/organisation'
import type { ActivityFields, ProcessingActivity } from '@shared/register'
import { db, openDatabase, useDatabase } from '@/db/database'
import { activitiesRepository, activityFields } from '@/features/register/activities.repository'
import { settingsRepository } from '@/features/settings/settings.repository'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { workspaceRepository as workspace } from './workspace.repository'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

/** A stored activity with a fixed id and fixed timestamps. */
const fixtureActivity = (n: number, change: Partial<ActivityFields> = {}): ProcessingActivity => ({
  ...completeActivityFields({ name: `Behandling ${n}`, ...change }),
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
  revision: 1,
})

const ACTOR = 'Åsa Öberg'
const auditLog = (): Promise<AuditEntry[]> => db().audit.orderBy('seq').toArray()
const byId = (rows: ProcessingActivity[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))

/** A workspace as another machine would have it: its own register and its own audit chain. */
function incomingWorkspace(activities: ProcessingActivity[]): WorkspaceData {
  const auditDrafts: AuditDraft[] = activities.map((a) => ({
    at: a.createdAt,
    actor: 'Bo',
    entity: 'activities',
    entityId: a.id,
    label: a.name,
    op: 'create',
    changes: [{ field: 'name', before: null, after: a.name }],
  }))
  const auditLog: AuditEntry[] = []
  for (const d of auditDrafts) auditLog.push(chainAuditEntry(d, auditLog.at(-1)))
  return {
    ...emptyCollections(),
    organisation: { ...emptyOrganisation(), name: 'Byggbolaget i Norr AB', orgNumber: '556677-8899' },
    activities,
    auditLog,
  }
}

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('workspaceRepository.loadExample', () => {
  it('writes the 8 example activities, the organisation and one reset entry', async () => {
    await workspace.loadExample(ACTOR)
    const activities = await activitiesRepository.list()
    expect(activities.map((a) => a.id).sort()).toEqual(Object.values(EXAMPLE_IDS).sort())
    expect(activities.every((a) => a.revision === 1)).toBe(true)
    expect(await settingsRepository.getOrganisation()).toEqual(MYNUMBERS_ORGANISATION)
    expect(await settingsRepository.getWorkspaceState()).toMatchObject({ origin: 'example' })
    const log = await auditLog()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ seq: 1, op: 'reset', actor: ACTOR, entity: 'workspace', label: 'MyNumbers AB' })
    expect(log[0]!.changes).toEqual([
      {
        field: 'records',
        before: expect.objectContaining({ activities: 0 }),
        after: expect.objectContaining({ activities: 8 }),
      },
    ])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('replaces what was there rather than adding to it, and the log keeps the earlier entries', async () => {
    const mine = await activitiesRepository.create(completeActivityFields(), ACTOR)
    await workspace.loadExample(ACTOR)
    await workspace.loadExample(ACTOR)
    const activities = await activitiesRepository.list()
    expect(activities).toHaveLength(8)
    expect(activities.map((a) => a.id)).not.toContain(mine.id)
    const log = await auditLog()
    expect(log.map((e) => e.op)).toEqual(['create', 'reset', 'reset'])
    expect(log[1]!.changes[0]!.before).toMatchObject({ activities: 1 })
    expect(log[2]!.changes[0]!.before).toMatchObject({ activities: 8 })
    expect(verifyAuditChain(log).ok).toBe(true)
  })
})

describe('workspaceRepository.snapshot', () => {
  it('reads every collection, the organisation and the log in seq order, as valid workspace data', async () => {
    await workspace.loadExample(ACTOR)
    const a = await activitiesRepository.get(EXAMPLE_IDS.cookies)
    await activitiesRepository.update(a!.id, { ...activityFields(a!), retention: [], notes: 'Granskad' }, 1, ACTOR)
    const snap = await workspace.snapshot()
    expect(Object.keys(snap).sort()).toEqual(
      [...COLLECTION_NAMES, 'organisation', 'auditLog', 'publishedNotice'].sort(),
    )
    expect(WorkspaceDataSchema.safeParse(snap).error?.issues ?? []).toEqual([])
    expect(snap.organisation).toEqual(MYNUMBERS_ORGANISATION)
    expect(byId(snap.activities)).toEqual(byId(await activitiesRepository.list()))
    expect(snap.auditLog.map((e) => e.seq)).toEqual([1, 2])
  })

  it('gives an empty organisation and empty collections for a new database', async () => {
    const snap = await workspace.snapshot()
    expect(snap).toEqual({
      ...emptyCollections(),
      organisation: emptyOrganisation(),
      auditLog: [],
      publishedNotice: null,
    })
  })
})

describe('workspaceRepository.replace', () => {
  it('replaces records and audit log, then appends a restore entry chained to the incoming log', async () => {
    await workspace.loadExample(ACTOR)
    const previousHead = (await auditLog()).at(-1)!
    const incoming = incomingWorkspace([fixtureActivity(1), fixtureActivity(2, { name: 'Årsredovisning' })])

    await workspace.replace(incoming, ACTOR, 'byggnorr.json')

    expect(byId(await activitiesRepository.list())).toEqual(byId(incoming.activities))
    expect(await settingsRepository.getOrganisation()).toEqual(incoming.organisation)
    expect(await settingsRepository.getWorkspaceState()).toMatchObject({ origin: 'restored' })
    const log = await auditLog()
    expect(log.slice(0, 2)).toEqual(incoming.auditLog)
    expect(log[2]).toMatchObject({
      seq: 3,
      prevHash: incoming.auditLog[1]!.hash,
      op: 'restore',
      actor: ACTOR,
      entity: 'workspace',
      label: 'byggnorr.json',
    })
    expect(log[2]!.changes).toEqual([
      { field: 'auditHead', before: { seq: previousHead.seq, hash: previousHead.hash }, after: null },
      {
        field: 'records',
        before: expect.objectContaining({ activities: 8 }),
        after: expect.objectContaining({ activities: 2 }),
      },
    ])
    expect(verifyAuditChain(log)).toEqual({ ok: true, count: 3, headHash: log[2]!.hash })
  })

  it('starts a fresh chain when the incoming workspace has no log', async () => {
    await workspace.replace({ ...incomingWorkspace([fixtureActivity(1)]), auditLog: [] }, ACTOR, 'x.json')
    const log = await auditLog()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, op: 'restore' })
    expect(log[0]!.changes[0]).toEqual({ field: 'auditHead', before: null, after: null })
  })

  it('changes nothing when the write fails part-way (all or nothing)', async () => {
    await workspace.loadExample(ACTOR)
    const before = JSON.stringify(await workspace.snapshot())
    // Two records with one id make bulkAdd fail after the tables were cleared.
    const broken = incomingWorkspace([fixtureActivity(1), fixtureActivity(1)])
    await expect(workspace.replace(broken, ACTOR, 'broken.json')).rejects.toThrow()
    expect(JSON.stringify(await workspace.snapshot())).toBe(before)
  })
})

describe('workspaceRepository.merge', () => {
  it('adds missing records, takes newer revisions only, and audits each change', async () => {
    const kept = { ...fixtureActivity(1), revision: 3, notes: 'lokal' }
    const older = { ...fixtureActivity(2), revision: 2, notes: 'lokal' }
    const same = fixtureActivity(3)
    await db().activities.bulkAdd([kept, older, same])
    await settingsRepository.saveOrganisation({ ...emptyOrganisation(), name: 'Vårt AB' }, ACTOR)
    const headBefore = (await auditLog()).length

    const incoming = incomingWorkspace([
      { ...kept, revision: 2, notes: 'gammal' },
      { ...older, revision: 3, notes: 'nyare' },
      same,
      fixtureActivity(4, { name: 'Ny behandling' }),
    ])
    const result = await workspace.merge(incoming, ACTOR, 'kollega.json')

    expect(result).toEqual({ added: 1, updated: 1 })
    expect(byId(await activitiesRepository.list())).toEqual(
      byId([kept, { ...older, revision: 3, notes: 'nyare' }, same, incoming.activities[3]!]),
    )
    // The organisation we have is kept; an empty one would have been filled in.
    expect((await settingsRepository.getOrganisation()).name).toBe('Vårt AB')
    const log = await auditLog()
    const imports = log.slice(headBefore)
    expect(imports.map((e) => [e.op, e.entity, e.entityId])).toEqual([
      ['import', 'activities', older.id],
      ['import', 'activities', incoming.activities[3]!.id],
    ])
    expect(imports[0]!.changes).toEqual([{ field: 'source', before: null, after: 'kollega.json' }])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('fills in the organisation and workspace state of an empty workspace, and does nothing twice', async () => {
    const incoming = incomingWorkspace([fixtureActivity(1)])
    expect(await workspace.merge(incoming, ACTOR, 'a.json')).toEqual({ added: 1, updated: 0 })
    expect(await settingsRepository.getOrganisation()).toEqual(incoming.organisation)
    expect(await settingsRepository.getWorkspaceState()).toMatchObject({ origin: 'restored' })
    expect(await workspace.merge(incoming, ACTOR, 'a.json')).toEqual({ added: 0, updated: 0 })
    expect(await db().audit.count()).toBe(1)
  })
})

describe('the published privacy notice travels with the workspace', () => {
  const notice: PublishedNotice = {
    text: 'Vi behandlar dina personuppgifter …',
    origin: 'pasted',
    sourceName: '',
    format: 'text',
    loadedAt: '2026-11-01T09:00:00.000Z',
  }
  const stored = async () => (await db().settings.get(PUBLISHED_NOTICE_SETTING))?.value ?? null

  it('is in the snapshot, and a replace writes the file’s notice or removes a stale one', async () => {
    await db().settings.put({ key: PUBLISHED_NOTICE_SETTING, value: notice })
    expect((await workspace.snapshot()).publishedNotice).toEqual(notice)

    await workspace.replace({ ...incomingWorkspace([fixtureActivity(1)]), publishedNotice: null }, ACTOR, 'a.json')
    expect(await stored()).toBeNull()

    await workspace.replace({ ...incomingWorkspace([fixtureActivity(1)]), publishedNotice: notice }, ACTOR, 'b.json')
    expect(await stored()).toEqual(notice)
  })

  it('is cleared by loading the example, and a merge only fills it in where there is none', async () => {
    await db().settings.put({ key: PUBLISHED_NOTICE_SETTING, value: notice })
    await workspace.loadExample(ACTOR)
    expect(await stored()).toBeNull()

    const other = { ...notice, text: 'En annan text' }
    await workspace.merge({ ...incomingWorkspace([]), publishedNotice: notice }, ACTOR, 'c.json')
    await workspace.merge({ ...incomingWorkspace([]), publishedNotice: other }, ACTOR, 'd.json')
    expect(await stored()).toEqual(notice)
  })
})
