/**
 * exceljs, loaded only when a workbook is imported (it is 255 kB gzipped, toolchain-notes §9), turning each sheet
 * into rows of text. A formula cell yields its cached result — the value Excel last showed — and is never
 * evaluated; a formula without a cached result yields nothing.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs'

/** One sheet as text, with its merged ranges and how many formula cells it had. */
export interface SheetText {
  name: string
  rows: string[][]
  merges: string[]
  formulas: number
}

/** An ISO date for a midnight date (what a date cell holds), an ISO timestamp otherwise. */
function dateText(d: Date): string {
  const iso = d.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

/** A formula's cached result as text: a number, text, boolean or date; an error or no result gives nothing. */
function resultText(result: unknown): string {
  if (result instanceof Date) return dateText(result)
  if (typeof result === 'string') return result
  if (typeof result === 'number' || typeof result === 'boolean') return String(result)
  return ''
}

/** A cell's value as text, and whether it was a formula. */
export function cellText(value: CellValue): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false }
  if (value instanceof Date) return { text: dateText(value), formula: false }
  if (typeof value !== 'object') return { text: String(value), formula: false }
  if ('formula' in value || 'sharedFormula' in value) {
    return { text: resultText((value as { result?: unknown }).result), formula: true }
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), formula: false }
  if ('hyperlink' in value) return { text: String(value.text), formula: false }
  return { text: '', formula: false } // an error value (#N/A …) carries no text
}

function sheetText(ws: Worksheet): SheetText {
  const rows: string[][] = []
  let formulas = 0
  const width = ws.columnCount
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= width; c++) {
      const { text, formula } = cellText(row.getCell(c).value)
      if (formula) formulas++
      cells.push(text)
    }
    rows.push(cells)
  }
  return { name: ws.name, rows, merges: [...ws.model.merges], formulas }
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const mod = await import('exceljs')
  const excel = (mod as unknown as { default?: typeof mod }).default ?? mod
  const wb = new excel.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

/** Every sheet of the workbook as text; null when exceljs cannot read it. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetText[] | null> {
  try {
    const wb = await loadWorkbook(bytes)
    return wb.worksheets.map(sheetText)
  } catch {
    return null
  }
}
