/**
 * Whole-workspace operations across tables: the snapshot that backups, checks and reports read, and the
 * all-or-nothing writes that replace or merge a workspace. Each write is one strict transaction over every table.
 */
import type { Table } from 'dexie'
import type { AuditDraft } from '@shared/audit'
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type WorkspaceData } from '@shared/backup'
import { myNumbersWorkspace } from '@shared/example'
import { PUBLISHED_NOTICE_SETTING, PublishedNoticeSchema, type PublishedNotice } from '@shared/notice'
import { emptyOrganisation, type Organisation } from '@shared/organisation'
import type { WorkspaceState } from '@shared/settings'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, type DpoDatabase } from '@/db/database'

type AnyRecord = Record<string, unknown>

const collectionTable = (d: DpoDatabase, name: CollectionName) => d[name] as unknown as Table<AnyRecord, string>
const allTables = (d: DpoDatabase) => [...COLLECTION_NAMES.map((n) => collectionTable(d, n)), d.settings, d.audit]

function auditDraft(op: AuditDraft['op'], actor: string, label: string, changes: AuditDraft['changes']): AuditDraft {
  return { at: new Date().toISOString(), actor, entity: 'workspace', entityId: 'workspace', label, op, changes }
}

async function setState(database: DpoDatabase, origin: WorkspaceState['origin']): Promise<void> {
  const value: WorkspaceState = { origin, initializedAt: new Date().toISOString() }
  await database.settings.put({ key: 'workspace', value })
}

async function readPublishedNotice(database: DpoDatabase): Promise<PublishedNotice | null> {
  const row = await database.settings.get(PUBLISHED_NOTICE_SETTING)
  return row ? (PublishedNoticeSchema.safeParse(row.value).data ?? null) : null
}

/** Sets the published notice, or removes it: a notice belongs to the workspace it was loaded for. */
async function writePublishedNotice(database: DpoDatabase, notice: PublishedNotice | null | undefined) {
  if (notice) await database.settings.put({ key: PUBLISHED_NOTICE_SETTING, value: notice })
  else await database.settings.delete(PUBLISHED_NOTICE_SETTING)
}

/** How many records each collection holds, for the audit entry of a replace (the records live on in the backup). */
async function counts(database: DpoDatabase): Promise<Record<string, number>> {
  const entries = await Promise.all(COLLECTION_NAMES.map(async (n) => [n, await collectionTable(database, n).count()]))
  return Object.fromEntries(entries) as Record<string, number>
}

/** Empties every collection table and writes the given records. */
async function writeCollections(database: DpoDatabase, data: Partial<Record<CollectionName, AnyRecord[]>>) {
  for (const name of COLLECTION_NAMES) {
    const table = collectionTable(database, name)
    await table.clear()
    const rows = data[name]
    if (rows?.length) await table.bulkAdd(rows)
  }
}

export const workspaceRepository = {
  /** Everything a backup holds, read in one consistent transaction. */
  snapshot: (): Promise<WorkspaceData> => {
    const database = db()
    return database.transaction('r', allTables(database), async () => {
      const org = await database.settings.get('organisation')
      const entries = await Promise.all(
        COLLECTION_NAMES.map(async (n) => [n, await collectionTable(database, n).toArray()]),
      )
      return {
        organisation: (org?.value as Organisation | undefined) ?? emptyOrganisation(),
        ...Object.fromEntries(entries),
        auditLog: await database.audit.orderBy('seq').toArray(),
        publishedNotice: await readPublishedNotice(database),
      } as WorkspaceData
    })
  },

  /** Replaces every module's records with the MyNumbers AB example; the audit log keeps what was there before. */
  async loadExample(actor: string): Promise<void> {
    const database = db()
    const example = myNumbersWorkspace(new Date())
    await database.transaction('rw', allTables(database), async () => {
      const before = await counts(database)
      await writeCollections(database, example.collections)
      await writePublishedNotice(database, null)
      await database.settings.put({ key: 'organisation', value: example.organisation })
      await setState(database, 'example')
      await appendAudit(
        database,
        auditDraft('reset', actor, 'MyNumbers AB', [{ field: 'records', before, after: await counts(database) }]),
      )
    })
    notifyWorkspaceChanged()
  },

  /** Marks the workspace as started empty (first run). */
  async startEmpty(actor: string): Promise<void> {
    const database = db()
    await database.transaction('rw', allTables(database), async () => {
      await setState(database, 'empty')
      await appendAudit(database, auditDraft('reset', actor, 'empty', []))
    })
    // The marker and the automatic backup follow, so an empty start is not later taken for a lost database.
    notifyWorkspaceChanged()
  },

  /**
   * Replaces everything with a validated workspace, including its audit log, then records the restore as
   * the next entry of that log. The pre-restore backup the caller writes keeps the replaced log.
   */
  async replace(data: WorkspaceData, actor: string, source: string): Promise<void> {
    const database = db()
    await database.transaction('rw', allTables(database), async () => {
      const previous = await database.audit.orderBy('seq').last()
      const before = await counts(database)
      await writeCollections(database, data)
      await database.audit.clear()
      await database.audit.bulkAdd(data.auditLog)
      await database.settings.put({ key: 'organisation', value: data.organisation })
      await writePublishedNotice(database, data.publishedNotice)
      await setState(database, 'restored')
      await appendAudit(
        database,
        auditDraft('restore', actor, source, [
          { field: 'auditHead', before: previous ? { seq: previous.seq, hash: previous.hash } : null, after: null },
          { field: 'records', before, after: await counts(database) },
        ]),
      )
    })
    notifyWorkspaceChanged()
  },

  /** Adds records the workspace lacks and takes newer revisions of ones it has; each change is audited. */
  async merge(data: WorkspaceData, actor: string, source: string): Promise<{ added: number; updated: number }> {
    const database = db()
    const result = { added: 0, updated: 0 }
    await database.transaction('rw', allTables(database), async () => {
      for (const name of COLLECTION_NAMES) {
        for (const incoming of data[name] as AnyRecord[]) {
          const op = await mergeOne(collectionTable(database, name), COLLECTIONS[name].idKey, incoming)
          if (!op) continue
          result[op === 'create' ? 'added' : 'updated']++
          const id = String(incoming[COLLECTIONS[name].idKey])
          await appendAudit(database, {
            ...auditDraft('import', actor, labelOf(incoming), [{ field: 'source', before: null, after: source }]),
            entity: name,
            entityId: id,
          })
        }
      }
      const org = await database.settings.get('organisation')
      if (!(org?.value as Organisation | undefined)?.name) {
        await database.settings.put({ key: 'organisation', value: data.organisation })
      }
      if (data.publishedNotice && !(await readPublishedNotice(database))) {
        await writePublishedNotice(database, data.publishedNotice)
      }
      if (!(await database.settings.get('workspace'))) await setState(database, 'restored')
    })
    notifyWorkspaceChanged()
    return result
  },
}

function labelOf(record: AnyRecord): string {
  const label = record.name ?? record.title ?? record.key ?? record.id
  return String(label).slice(0, 500)
}

/** Newer revision wins; records without revisions (versions, documents) are only ever added. */
async function mergeOne(table: Table<AnyRecord, string>, idKey: string, incoming: AnyRecord) {
  const existing = await table.get(String(incoming[idKey]))
  if (existing && (typeof incoming.revision !== 'number' || Number(existing.revision) >= incoming.revision)) return null
  await table.put(incoming)
  return existing ? 'update' : 'create'
}
