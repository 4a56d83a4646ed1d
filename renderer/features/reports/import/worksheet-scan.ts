/**
 * A look at a worksheet's XML before the spreadsheet library parses it: how many rows and columns it spans and
 * which cells it merges. exceljs fills every cell of a merged range when it loads one, so a merge over the whole
 * sheet (A1:XFD1048576, the CVE-2024-22368 pattern) would freeze the app; such a file is refused here instead.
 */

/** What the scan finds. */
export interface WorksheetScan {
  maxRow: number
  maxColumn: number
  merges: string[]
}

/** Column letters → 1-based number (`A` → 1, `XFD` → 16384). */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0)
}

/** The number of cells a range such as `B2:D10` covers. */
export function rangeCells(ref: string): number {
  const m = /^([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})$/i.exec(ref)
  if (!m) return 1
  const cols = Math.abs(columnNumber(m[3] ?? 'A') - columnNumber(m[1] ?? 'A')) + 1
  const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1
  return cols * rows
}

/** Scans worksheet XML for its extent and merged ranges. */
export function scanWorksheet(xml: string): WorksheetScan {
  let maxRow = 0
  let maxColumn = 0
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)) maxRow = Math.max(maxRow, Number(m[1]))
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})\d+"/g))
    maxColumn = Math.max(maxColumn, columnNumber(m[1] ?? 'A'))
  const merges = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z0-9:]+)"/gi)].map((m) => m[1] ?? '')
  return { maxRow, maxColumn, merges }
}
