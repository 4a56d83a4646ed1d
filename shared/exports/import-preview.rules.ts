/**
 * The import preview: every data row read under the mapping, with its problems. Committing is all or nothing,
 * so `canCommit` is true only when no row has an error and at least one activity was read.
 */
import { readActivityRow, type RowResult } from './activity-import.rules'
import type { ColumnMapping } from './import-targets'
import type { ReadContext } from './import.types'
import type { RegisterTemplate } from './import-templates'

/** What the preview shows and what a commit writes. */
export interface ImportPreview {
  template: RegisterTemplate | null
  headerRow: number
  headers: string[]
  mapping: ColumnMapping
  rows: RowResult[]
  errorRows: number
  warningRows: number
  canCommit: boolean
}

/** Reads every non-empty row below the header row. `sheetRows` are all rows of the sheet, header included. */
export function previewImport(
  sheetRows: readonly (readonly string[])[],
  headerRow: number,
  mapping: ColumnMapping,
  template: RegisterTemplate | null,
  ctx: ReadContext,
): ImportPreview {
  const headers = (sheetRows[headerRow] ?? []).map((h, i) => h.trim() || `#${i + 1}`)
  const rows: RowResult[] = []
  sheetRows.forEach((cells, i) => {
    if (i <= headerRow || cells.every((c) => c.trim() === '')) return
    rows.push(readActivityRow(cells, headers, mapping, ctx, i + 1))
  })
  const errorRows = rows.filter((r) => r.fields === null).length
  const warningRows = rows.filter((r) => r.fields !== null && r.issues.length > 0).length
  return {
    template,
    headerRow,
    headers,
    mapping,
    rows,
    errorRows,
    warningRows,
    canCommit: rows.length > 0 && errorRows === 0,
  }
}
