/**
 * Sheets → an XLSX workbook with exceljs, loaded on demand so it stays out of the first bundle. Each sheet gets a
 * frozen, filterable header row and set widths; every text goes in as a string cell through `toXlsxCell` (formula
 * triggers neutralised, OOXML escapes), never as a formula.
 */
import { toXlsxCell, type Sheet } from '@shared/exports'

/** Workbook properties written into the file. */
export interface WorkbookInfo {
  title: string
  created: Date
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const

async function excel() {
  const mod = await import('exceljs')
  return (mod as unknown as { default?: typeof mod }).default ?? mod
}

/** The sheets as one workbook, register first. */
export async function buildWorkbook(sheets: readonly Sheet[], info: WorkbookInfo): Promise<Uint8Array> {
  const { Workbook } = await excel()
  const wb = new Workbook()
  wb.creator = 'DPO Desk'
  wb.title = info.title
  wb.created = info.created
  wb.modified = info.created
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.headers.map((h, i) => ({ header: toXlsxCell(h), width: sheet.widths[i] ?? 16 }))
    ws.columns.forEach((col) => (col.alignment = { vertical: 'top', wrapText: true }))
    for (const row of sheet.rows) ws.addRow(row.map((v) => (typeof v === 'string' ? toXlsxCell(v) : v)))
    const header = ws.getRow(1)
    header.font = { bold: true }
    header.fill = HEADER_FILL
    if (sheet.headers.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.headers.length } }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
