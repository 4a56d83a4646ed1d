/**
 * Writes imported activities: every one in a single strict transaction over `activities` and `audit`, each with
 * its own `import` audit entry naming the source file, so the import is all or nothing and each record's history
 * starts with where it came from. The generic repository writes one record per transaction; an import must not.
 */
import { diffFields } from '@shared/audit'
import { stampNew } from '@shared/kernel'
import { ActivityFieldsSchema, type ActivityFields, type ProcessingActivity } from '@shared/register'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'

/** Validates every activity again, then adds them all with their audit entries, or none. */
export async function addImportedActivities(
  activities: readonly ActivityFields[],
  actor: string,
  source: string,
): Promise<ProcessingActivity[]> {
  // Validated before the transaction opens: a throw inside it would roll back anyway, but this names the row.
  const records = activities.map((fields, i) => {
    const parsed = ActivityFieldsSchema.safeParse(fields)
    if (!parsed.success) throw new Error(`[import] activity ${i + 1} does not validate`)
    const record: ProcessingActivity = stampNew(parsed.data)
    return record
  })
  const database = db()
  await database.transaction('rw', [database.activities, database.audit], async () => {
    for (const record of records) {
      await database.activities.add(record)
      await appendAudit(database, {
        at: new Date().toISOString(),
        actor,
        entity: 'activities',
        entityId: record.id,
        label: record.name.slice(0, 500),
        op: 'import',
        changes: [{ field: 'source', before: null, after: source.slice(0, 200) }, ...diffFields({}, record)],
      })
    }
  })
  notifyWorkspaceChanged()
  return records
}

/** The hash of audit entry `seq`, or null when the log has no such entry (to check a pack's audit head). */
export async function auditHashAt(seq: number): Promise<string | null> {
  if (!Number.isInteger(seq) || seq < 1) return null
  const entry = await db().audit.get(seq)
  return entry?.hash ?? null
}
