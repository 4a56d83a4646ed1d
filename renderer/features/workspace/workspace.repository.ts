/**
 * Whole-workspace operations across tables: the snapshot that backups, checks and reports read, and the
 * all-or-nothing writes that replace or merge a workspace. Each write is one strict transaction.
 */
import type { AuditDraft } from '@shared/audit'
import type { WorkspaceData } from '@shared/backup'
import { myNumbersActivities, MYNUMBERS_ORGANISATION } from '@shared/example'
import { stampNew, type EntityBase } from '@shared/kernel'
import { emptyOrganisation } from '@shared/organisation'
import type { ProcessingActivity } from '@shared/register'
import type { WorkspaceState } from '@shared/settings'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, type DpoDatabase } from '@/db/database'

const WORKSPACE_TABLES = (d: DpoDatabase) => [d.activities, d.settings, d.audit]

function auditDraft(op: AuditDraft['op'], actor: string, label: string, changes: AuditDraft['changes']): AuditDraft {
  return { at: new Date().toISOString(), actor, entity: 'workspace', entityId: 'workspace', label, op, changes }
}

async function setState(database: DpoDatabase, origin: WorkspaceState['origin']): Promise<void> {
  const value: WorkspaceState = { origin, initializedAt: new Date().toISOString() }
  await database.settings.put({ key: 'workspace', value })
}

/** The example's activities, stamped now, with their fixed ids. */
function exampleActivities(): ProcessingActivity[] {
  return myNumbersActivities().map(({ id, fields }) => ({ ...stampNew(fields), id }))
}

/** Summary of what a replace removes, kept in the audit entry so nothing goes without a trace. */
async function removedSummary(database: DpoDatabase): Promise<AuditDraft['changes']> {
  const names = await database.activities.toArray((rows) => rows.map((r) => ({ id: r.id, name: r.name })))
  return [{ field: 'activities', before: names, after: null }]
}

export const workspaceRepository = {
  /** Everything a backup holds, read in one consistent transaction. */
  snapshot: (): Promise<WorkspaceData> => {
    const database = db()
    return database.transaction('r', WORKSPACE_TABLES(database), async () => {
      const org = await database.settings.get('organisation')
      return {
        organisation: (org?.value as WorkspaceData['organisation'] | undefined) ?? emptyOrganisation(),
        activities: await database.activities.toArray(),
        auditLog: await database.audit.orderBy('seq').toArray(),
      }
    })
  },

  /** Replaces the register with the MyNumbers AB example; the audit log keeps what was there before. */
  async loadExample(actor: string): Promise<void> {
    const database = db()
    await database.transaction('rw', WORKSPACE_TABLES(database), async () => {
      const removed = await removedSummary(database)
      await database.activities.clear()
      const activities = exampleActivities()
      await database.activities.bulkAdd(activities)
      await database.settings.put({ key: 'organisation', value: MYNUMBERS_ORGANISATION })
      await setState(database, 'example')
      await appendAudit(
        database,
        auditDraft('reset', actor, 'MyNumbers AB', [
          ...removed,
          { field: 'activities', before: null, after: activities.map((a) => ({ id: a.id, name: a.name })) },
        ]),
      )
    })
    notifyWorkspaceChanged()
  },

  /** Marks the workspace as started empty (first run). */
  async startEmpty(actor: string): Promise<void> {
    const database = db()
    await database.transaction('rw', WORKSPACE_TABLES(database), async () => {
      await setState(database, 'empty')
      await appendAudit(database, auditDraft('reset', actor, 'empty', []))
    })
  },

  /**
   * Replaces everything with a validated workspace, including its audit log, then records the restore as
   * the next entry of that log. The pre-restore backup the caller writes keeps the replaced log.
   */
  async replace(data: WorkspaceData, actor: string, source: string): Promise<void> {
    const database = db()
    await database.transaction('rw', WORKSPACE_TABLES(database), async () => {
      const previous = await database.audit.orderBy('seq').last()
      await Promise.all([database.activities.clear(), database.audit.clear()])
      await database.activities.bulkAdd(data.activities)
      await database.audit.bulkAdd(data.auditLog)
      await database.settings.put({ key: 'organisation', value: data.organisation })
      await setState(database, 'restored')
      await appendAudit(
        database,
        auditDraft('restore', actor, source, [
          { field: 'auditHead', before: previous ? { seq: previous.seq, hash: previous.hash } : null, after: null },
          { field: 'activities', before: null, after: data.activities.length },
        ]),
      )
    })
    notifyWorkspaceChanged()
  },

  /** Adds records the workspace lacks and takes newer revisions of ones it has; each change is audited. */
  async merge(data: WorkspaceData, actor: string, source: string): Promise<{ added: number; updated: number }> {
    const database = db()
    const counts = { added: 0, updated: 0 }
    await database.transaction('rw', WORKSPACE_TABLES(database), async () => {
      for (const incoming of data.activities) {
        const op = await mergeOne(database, incoming)
        if (!op) continue
        counts[op === 'create' ? 'added' : 'updated']++
        await appendAudit(database, {
          ...auditDraft('import', actor, incoming.name, [{ field: 'source', before: null, after: source }]),
          entity: 'activities',
          entityId: incoming.id,
        })
      }
      const org = await database.settings.get('organisation')
      if (!(org?.value as { name?: string } | undefined)?.name) {
        await database.settings.put({ key: 'organisation', value: data.organisation })
      }
      if (!(await database.settings.get('workspace'))) await setState(database, 'restored')
    })
    notifyWorkspaceChanged()
    return counts
  },
}

async function mergeOne(database: DpoDatabase, incoming: EntityBase & ProcessingActivity) {
  const existing = await database.activities.get(incoming.id)
  if (existing && existing.revision >= incoming.revision) return null
  await database.activities.put(incoming)
  return existing ? 'update' : 'create'
}
