/**
 * Reading an imported register file into rows of text, within the limits of import-limits.ts: CSV (any common
 * encoding and separator) or XLSX (guarded unzip, worksheet scan, then exceljs). Formula cells give their cached
 * value as text and are never evaluated; dates become ISO dates; everything else becomes its text.
 */
import { zipSync } from 'fflate'
import {
  checkTableLimits,
  detectSeparator,
  detectTemplate,
  HEADER_SEARCH_ROWS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  MAX_MERGED_CELLS,
  MAX_UNPACKED_BYTES,
  parseCsv,
  type FileError,
} from '@shared/exports'
import { decodeCsvBytes, type TextEncodingName } from './text-decode'
import { readWorkbook } from './workbook-read'
import { rangeCells, scanWorksheet } from './worksheet-scan'
import { safeUnzip } from './zip-guard'

/** Something the DPO should know about how the file was read. */
export type ReadNotice =
  | { code: 'encoding'; encoding: TextEncodingName }
  | { code: 'formulas'; count: number }
  | { code: 'sheet'; name: string; others: number }

/** A file read into rows. */
export interface ReadTable {
  kind: 'csv' | 'xlsx'
  sheetName: string
  rows: string[][]
  notices: ReadNotice[]
}

/** The outcome of reading a file. */
export type ReadOutcome = { ok: true; table: ReadTable } | { ok: false; error: FileError }

const fail = (error: FileError): ReadOutcome => ({ ok: false, error })

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOleXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/** Reads a CSV or XLSX register, deciding by content rather than by the file name. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadOutcome> {
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES)
    return fail({ code: 'too_large', limit: MAX_IMPORT_FILE_BYTES, found: bytes.byteLength })
  if (isOleXls(bytes)) return fail({ code: 'not_a_spreadsheet' })
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes)
}

function readCsv(bytes: Uint8Array): ReadOutcome {
  const decoded = decodeCsvBytes(bytes)
  if (!decoded) return fail({ code: 'encoding' })
  const parsed = parseCsv(decoded.text, detectSeparator(decoded.text), MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS)
  if (!parsed.ok) return fail({ code: 'csv_quote', found: parsed.line })
  const limit = checkTableLimits(parsed.rows)
  if (limit) return fail(limit)
  const notices: ReadNotice[] = decoded.encoding === 'utf-8' ? [] : [{ code: 'encoding', encoding: decoded.encoding }]
  return { ok: true, table: { kind: 'csv', sheetName: '', rows: parsed.rows, notices } }
}

/** Refuses a workbook whose sheets are too big or merge too much before exceljs sees it. */
function scanProblem(files: Record<string, Uint8Array>): FileError | null {
  const decoder = new TextDecoder()
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue
    const scan = scanWorksheet(decoder.decode(data))
    if (scan.maxRow > MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS)
      return { code: 'too_many_rows', limit: MAX_IMPORT_ROWS, found: scan.maxRow }
    if (scan.maxColumn > MAX_IMPORT_COLUMNS)
      return { code: 'too_many_columns', limit: MAX_IMPORT_COLUMNS, found: scan.maxColumn }
    const huge = scan.merges.find((ref) => rangeCells(ref) > MAX_MERGED_CELLS)
    if (huge) return { code: 'merged_cells', found: huge }
  }
  return null
}

async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
  const unzipped = safeUnzip(bytes, MAX_UNPACKED_BYTES)
  if (!unzipped.ok) return fail(unzipped.problem)
  const { files } = unzipped
  if (!files['xl/workbook.xml']) return fail({ code: 'not_a_spreadsheet' })
  const problem = scanProblem(files)
  if (problem) return fail(problem)
  // exceljs gets the entries exactly as inflated and checked above, stored uncompressed, so nothing it inflates
  // can differ from what was measured.
  const verified = zipSync(files, { level: 0 })
  const sheets = await readWorkbook(verified)
  if (!sheets) return fail({ code: 'not_a_spreadsheet' })
  return chooseSheet(sheets)
}

/** The sheet that looks like a register (a recognised template), else the first with content. */
function chooseSheet(sheets: { name: string; rows: string[][]; merges: string[]; formulas: number }[]): ReadOutcome {
  const withContent = sheets.filter((s) => s.rows.some((r) => r.some((c) => c.trim() !== '')))
  const sheet = withContent.find((s) => detectTemplate(s.rows).template !== null) ?? withContent[0]
  if (!sheet) return fail({ code: 'empty' })
  const limit = checkTableLimits(sheet.rows)
  if (limit) return fail(limit)
  const headerRow = detectTemplate(sheet.rows).headerRow
  const merged = sheet.merges.find((ref) => lastRowOf(ref) >= headerRow)
  if (merged) return fail({ code: 'merged_cells', found: merged })
  const notices: ReadNotice[] = [{ code: 'sheet', name: sheet.name, others: sheets.length - 1 }]
  if (sheet.formulas > 0) notices.push({ code: 'formulas', count: sheet.formulas })
  return { ok: true, table: { kind: 'xlsx', sheetName: sheet.name, rows: sheet.rows, notices } }
}

/** The 0-based index of a range's last row (`A1:C9` → 8). */
function lastRowOf(ref: string): number {
  const rows = [...ref.matchAll(/\d+/g)].map((m) => Number(m[0]))
  return Math.max(...rows, 1) - 1
}
