/**
 * CSV written for Excel and read back (RFC 4180 quoting). Written: UTF-8 with a byte-order mark, so Excel on
 * Windows reads åäö right, with a comma or — for Swedish Excel, whose list separator is `;` — a semicolon; every
 * field goes through `toCsvCell`. Read: the separator is detected from the first line that has one, quoted fields may hold
 * separators, quotes and newlines.
 */
import { fromCsvCell, toCsvCell } from './cell.rules'

/** The separators the app writes and recognises. */
export type CsvSeparator = ',' | ';' | '\t'

/** The byte-order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF'

/** A cell value as exports hold it: text, a number, or nothing. */
export type CellValue = string | number | null

/** Rows as CSV text: BOM, neutralised quoted fields, CRLF line ends (what Excel writes). */
export function toCsv(rows: readonly (readonly CellValue[])[], separator: CsvSeparator): string {
  const line = (row: readonly CellValue[]) => row.map((v) => toCsvCell(v === null ? '' : String(v))).join(separator)
  return UTF8_BOM + rows.map(line).join('\r\n') + '\r\n'
}

/** Lines looked at for a separator when the first lines have none (a one-column header). */
const SEPARATOR_SEARCH_LINES = 50

/**
 * The separator most used outside quotes on the first line that has one; comma when none appears. Not only the
 * header line: a register whose header is a single column would otherwise be split on the wrong character.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 }
  const found = () => counts[','] + counts[';'] + counts['\t'] > 0
  let quoted = false
  // Line ends seen; CRLF counts twice, which only shortens the search.
  let lineEnds = 0
  for (const c of text.replace(/^\uFEFF/, '')) {
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (found() || ++lineEnds >= SEPARATOR_SEARCH_LINES) break
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++
  }
  const best = (Object.entries(counts) as [CsvSeparator, number][]).sort((a, b) => b[1] - a[1])[0]
  return best && best[1] > 0 ? best[0] : ','
}

/** Outcome of reading CSV text: the rows, or where the text stops being CSV. */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number }

interface CsvState {
  rows: string[][]
  row: string[]
  field: string
  quoted: boolean
  line: number
  /** Anything read on the current line, so a last line holding only `""` still counts as a row. */
  touched: boolean
}

function endField(st: CsvState): void {
  st.row.push(st.field)
  st.field = ''
}

function endRow(st: CsvState): void {
  endField(st)
  st.rows.push(st.row)
  st.row = []
  st.line++
  st.touched = false
}

/** One character inside quotes; returns how many extra characters were consumed. */
function quotedChar(st: CsvState, c: string, next: string | undefined): number {
  if (c === '"' && next === '"') {
    st.field += '"'
    return 1
  }
  if (c === '"') st.quoted = false
  else st.field += c
  if (c === '\n') st.line++
  return 0
}

/**
 * Parses CSV text into rows of raw field contents (quotes removed, `""` undone; apostrophes kept — the caller
 * decides whether the file came from us, see `fromCsvCell`). Stops with the line number on a quote left open.
 * `maxRows` bounds the work on hostile input: parsing stops once more rows than that are found.
 */
export function parseCsv(text: string, separator: CsvSeparator, maxRows = Number.POSITIVE_INFINITY): CsvParse {
  const st: CsvState = { rows: [], row: [], field: '', quoted: false, line: 1, touched: false }
  const src = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < src.length && st.rows.length <= maxRows; i++) {
    const c = src[i] ?? ''
    st.touched = true
    if (st.quoted) i += quotedChar(st, c, src[i + 1])
    else if (c === '"' && st.field === '') st.quoted = true
    else if (c === separator) endField(st)
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++
      endRow(st)
      continue
    } else st.field += c
  }
  if (st.quoted) return { ok: false, line: st.line }
  if (st.touched) endRow(st)
  return { ok: true, rows: st.rows }
}

/** A whole row read back from a file this app wrote. */
export const fromCsvRow = (row: readonly string[]): string[] => row.map(fromCsvCell)
