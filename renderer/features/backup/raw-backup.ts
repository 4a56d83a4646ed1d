/**
 * Backups made from a raw copy of the database, for the moments the typed database must not be opened yet:
 * before a schema upgrade (a `pre-migration` backup in the usual workspace format, so it restores like any
 * other) and when the database was written by a newer DPO Desk (a read-only export of every table as stored).
 */
import { buildWorkspaceFile, COLLECTION_NAMES, serialiseWorkspaceFile, type WorkspaceData } from '@shared/backup'
import type { AuditEntry } from '@shared/audit'
import { err, ok, type Result } from '@shared/kernel'
import { PUBLISHED_NOTICE_SETTING, type PublishedNotice } from '@shared/notice'
import { emptyOrganisation, type Organisation } from '@shared/organisation'
import type { RawDump } from '@/db/raw-dump'
import { api } from '@/platform/bridge'

/** Format name of the read-only export; not importable, it is a copy for safekeeping and for a newer app. */
export const RAW_DUMP_FORMAT = 'dpo-desk-raw-dump'

interface SettingRow {
  key: string
  value: unknown
}

/**
 * The dump as workspace data, whatever its schema version: tables the old version lacked become empty, rows are
 * kept as stored (not re-validated: the point is to keep them, a later restore validates them).
 */
export function workspaceFromDump(dump: RawDump): WorkspaceData {
  const settings = (dump.tables.settings ?? []) as SettingRow[]
  const organisation = settings.find((r) => r.key === 'organisation')?.value as Organisation | undefined
  const publishedNotice = settings.find((r) => r.key === PUBLISHED_NOTICE_SETTING)?.value as PublishedNotice | undefined
  const audit = [...((dump.tables.audit ?? []) as AuditEntry[])].sort((a, b) => a.seq - b.seq)
  const collections = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, dump.tables[n] ?? []]))
  return {
    organisation: organisation ?? emptyOrganisation(),
    ...collections,
    auditLog: audit,
    publishedNotice: publishedNotice ?? null,
  } as WorkspaceData
}

/** Writes the `pre-migration` automatic backup of a database that is about to be upgraded. */
export async function writePreMigrationBackup(dump: RawDump, now = new Date()): Promise<Result<string>> {
  const file = buildWorkspaceFile(workspaceFromDump(dump), __APP_VERSION__, now)
  const written = await api()['backup:write']({ content: serialiseWorkspaceFile(file), reason: 'pre-migration' })
  return written.ok ? ok(written.value.name) : written
}

/** The read-only export's text: every table as stored, with the version it was written at. */
export function rawDumpText(dump: RawDump, now = new Date()): string {
  return JSON.stringify(
    {
      format: RAW_DUMP_FORMAT,
      exportedBy: __APP_VERSION__,
      exportedAt: now.toISOString(),
      databaseName: dump.databaseName,
      schemaVersion: dump.version,
      tables: dump.tables,
    },
    null,
    1,
  )
}

/** Saves the read-only export where the user picks (Electron) or as a download (browser). */
export async function exportRawDump(dump: RawDump): Promise<Result<{ saved: boolean; name: string }>> {
  const stamp = new Date().toISOString().slice(0, 10)
  try {
    return await api()['file:save']({
      suggestedName: `dpo-desk-kopia-v${dump.version}-${stamp}.json`,
      content: rawDumpText(dump),
      mimeType: 'application/json',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    })
  } catch (e) {
    return err('backup/write-failed', String(e))
  }
}
