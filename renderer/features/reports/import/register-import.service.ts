/**
 * Importing an existing register: pick and read the file, recognise its template, preview every row under the
 * (possibly edited) mapping, and commit all rows or none — after an automatic pre-restore backup, whose name is
 * kept so one click can restore it (undo).
 */
import {
  detectTemplate,
  fromCsvCell,
  fromXlsxCell,
  MAX_IMPORT_FILE_BYTES,
  previewImport,
  type ColumnMapping,
  type FileError,
  type ImportPreview,
  type RegisterTemplate,
} from '@shared/exports'
import { err, newId, ok, type Result } from '@shared/kernel'
import type { ActivityFields } from '@shared/register'
import { restoreBackup, writeBackup } from '@/features/backup/backup.service'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import { api } from '@/platform/bridge'
import { addImportedActivities } from './activities-import.repository'
import { readSpreadsheet, type ReadTable } from './spreadsheet-read'

/** A file that was read, with what the importer recognised in it. */
export interface OpenedRegister {
  fileName: string
  table: ReadTable
  template: RegisterTemplate | null
  headerRow: number
  mapping: ColumnMapping
}

/** Opening a file: cancelled (null), refused with a file error, or read. */
export type OpenOutcome =
  { ok: true; value: OpenedRegister | null } | { ok: false; error: FileError | { code: 'dialog'; message: string } }

/** The rows as the file meant them: this app's own exports carry a formula-guard apostrophe to take off. */
function ownCells(table: ReadTable, template: RegisterTemplate | null): string[][] {
  if (template !== 'dpo_desk') return table.rows
  const undo = table.kind === 'csv' ? fromCsvCell : fromXlsxCell
  return table.rows.map((r) => r.map(undo))
}

/** Reads a picked file's bytes into a register to preview. */
export async function openRegisterBytes(fileName: string, bytes: Uint8Array): Promise<OpenOutcome> {
  const read = await readSpreadsheet(bytes)
  if (!read.ok) return read
  const match = detectTemplate(read.table.rows)
  const table = { ...read.table, rows: ownCells(read.table, match.template) }
  return {
    ok: true,
    value: { fileName, table, template: match.template, headerRow: match.headerRow, mapping: match.mapping },
  }
}

/** Lets the user pick an XLSX or CSV register and reads it. */
export async function openRegisterFile(): Promise<OpenOutcome> {
  const picked = await api()['file:open']({
    filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
    maxBytes: MAX_IMPORT_FILE_BYTES,
  })
  if (!picked.ok) {
    if (picked.error.code === 'file/too-large')
      return { ok: false, error: { code: 'too_large', limit: MAX_IMPORT_FILE_BYTES } }
    return { ok: false, error: { code: 'dialog', message: picked.error.message } }
  }
  return picked.value === null ? { ok: true, value: null } : openRegisterBytes(picked.value.name, picked.value.bytes)
}

/** Every row under the mapping; recipients link to vendors of this workspace by name. */
export async function previewRegister(opened: OpenedRegister, mapping: ColumnMapping): Promise<ImportPreview> {
  const vendors = (await workspaceRepository.snapshot()).vendors
  const byName = new Map(vendors.map((v) => [v.name.trim().toLocaleLowerCase('sv'), v.id]))
  return previewImport(opened.table.rows, opened.headerRow, mapping, opened.template, {
    vendorIdByName: (name) => byName.get(name.trim().toLocaleLowerCase('sv')) ?? null,
    newId,
    exact: opened.template === 'dpo_desk',
  })
}

/** What a commit did: how many activities, and the backup that undoes it. */
export interface CommittedImport {
  count: number
  backupName: string
}

/** Writes a backup, then every activity of the preview in one transaction; nothing if any row has an error. */
export async function commitImport(
  preview: ImportPreview,
  actor: string,
  source: string,
): Promise<Result<CommittedImport>> {
  const fields = preview.rows.map((r) => r.fields).filter((f): f is ActivityFields => f !== null)
  if (!preview.canCommit || fields.length !== preview.rows.length)
    return err('import/not-ready', 'Some rows have errors')
  const backup = await writeBackup('pre-restore')
  if (!backup.ok) return err('import/backup-failed', backup.error.message)
  await addImportedActivities(fields, actor, source)
  return ok({ count: fields.length, backupName: backup.value.name })
}

/** Undoes an import by restoring the backup taken just before it. */
export function undoImport(backupName: string, actor: string) {
  return restoreBackup(backupName, actor)
}
