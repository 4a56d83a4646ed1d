/**
 * Exporting the workspace's modules: XLSX (one sheet per module), CSV (one module per file; comma, or semicolon
 * for Swedish Excel) and JSON (the records as stored). Files are saved through the bridge.
 */
import { buildJsonExport, buildSheet, MODULE_NAMES, toCsv, type CsvSeparator, type ExportModule } from '@shared/exports'
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import { dateTimeText, fileSlug } from '@shared/reports'
import { api } from '@/platform/bridge'
import type { ReportSource } from './report-source'
import { buildWorkbook } from './xlsx-export'

/** The export formats. */
export type ExportFormat = 'xlsx' | 'csv' | 'json'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const stamp = (source: ReportSource) => dateTimeText(source.meta.generatedAt).slice(0, 10)

/** The chosen modules as one workbook. */
export async function workbookBytes(source: ReportSource, modules: readonly ExportModule[]): Promise<Uint8Array> {
  const sheets = modules.map((m) => buildSheet(m, source.data, source.meta.lang))
  return buildWorkbook(sheets, {
    title: `DPO Desk – ${source.meta.organisation.name}`,
    created: new Date(source.meta.generatedAt),
  })
}

/** One module as CSV text (with BOM). */
export function csvText(source: ReportSource, module: ExportModule, separator: CsvSeparator): string {
  const sheet = buildSheet(module, source.data, source.meta.lang)
  return toCsv([sheet.headers, ...sheet.rows], separator)
}

/** The chosen modules' records as JSON, sealed. */
export function jsonText(source: ReportSource, modules: readonly ExportModule[]): string {
  const { meta } = source
  return buildJsonExport(source.data, modules, {
    exportedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    contentHash: meta.contentHash,
    auditCount: meta.auditCount,
    auditHeadHash: meta.auditHeadHash,
  })
}

/** The file name of an export: the module (or "export") and the date. */
export function exportFileName(source: ReportSource, modules: readonly ExportModule[], ext: string): string {
  const what = modules.length === 1 && modules[0] ? MODULE_NAMES[modules[0]][source.meta.lang] : 'dpo-desk-export'
  return `${fileSlug(`${what}-${stamp(source)}`)}.${ext}`
}

/** Exports the modules in the format and lets the user save the file. CSV takes the first module only. */
export async function exportModules(
  source: ReportSource,
  modules: readonly ExportModule[],
  format: ExportFormat,
  separator: CsvSeparator = ';',
): Promise<Result<SavedFile>> {
  if (format === 'xlsx') {
    return api()['file:save']({
      suggestedName: exportFileName(source, modules, 'xlsx'),
      content: await workbookBytes(source, modules),
      mimeType: XLSX_MIME,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    })
  }
  if (format === 'csv') {
    const module = modules[0] ?? 'activities'
    return api()['file:save']({
      suggestedName: exportFileName(source, [module], 'csv'),
      content: csvText(source, module, separator),
      mimeType: 'text/csv;charset=utf-8',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
  }
  return api()['file:save']({
    suggestedName: exportFileName(source, modules, 'json'),
    content: jsonText(source, modules),
    mimeType: 'application/json',
    filters: [{ name: 'JSON', extensions: ['json'] }],
  })
}
