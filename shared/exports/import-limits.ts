/**
 * Limits on an imported register, so a hostile or broken file fails fast with a clear message instead of
 * freezing the app (safety-and-speed.md §4 target 2): 20 MB file, 200 MB unpacked, 50,000 rows, 200 columns.
 */

/** Largest file accepted, checked before anything is read. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024
/** Largest total unpacked size of an XLSX (a zip), checked before the spreadsheet is parsed. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
/** Most data rows in one sheet. */
export const MAX_IMPORT_ROWS = 50_000
/** Most columns in one sheet. */
export const MAX_IMPORT_COLUMNS = 200
/** Most cells a merged range may cover (a whole-sheet merge is a known parser attack, CVE-2024-22368). */
export const MAX_MERGED_CELLS = 10_000

/** Why a whole file is refused; the UI words each code in Swedish and English. */
export const FILE_ERROR_CODES = [
  'too_large',
  'unpacked_too_large',
  'not_a_spreadsheet',
  'zip_unreadable',
  'too_many_rows',
  'too_many_columns',
  'merged_cells',
  'no_sheet',
  'empty',
  'encoding',
  'csv_quote',
] as const
/** Why a whole file is refused. */
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number]

/** A refused file: the code, and the numbers the message names. */
export interface FileError {
  code: FileErrorCode
  /** The limit broken, e.g. 50000 rows. */
  limit?: number
  /** What was found, e.g. 61000 rows, or a range `A1:XFD1048576`, or a line number. */
  found?: number | string
}

/** The table limits on rows read from any file. */
export function checkTableLimits(rows: readonly (readonly string[])[]): FileError | null {
  if (rows.length === 0) return { code: 'empty' }
  // One header row on top of the data rows.
  if (rows.length > MAX_IMPORT_ROWS + 1)
    return { code: 'too_many_rows', limit: MAX_IMPORT_ROWS, found: rows.length - 1 }
  const widest = rows.reduce((max, r) => Math.max(max, r.length), 0)
  if (widest > MAX_IMPORT_COLUMNS) return { code: 'too_many_columns', limit: MAX_IMPORT_COLUMNS, found: widest }
  return null
}
