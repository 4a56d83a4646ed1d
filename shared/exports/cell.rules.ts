/**
 * Spreadsheet cells that cannot run: the OWASP CSV-injection rules (safety-and-speed.md §4). A cell that starts
 * with = + - @ tab CR LF or NUL is read as a formula by Excel/LibreOffice (or turned into one on edit), so it gets
 * a leading apostrophe. A text that itself starts with an apostrophe gets one too, so that reading a cell back
 * always means "drop one leading apostrophe if there is one" and returns exactly the text that was written.
 * ASVS 5.0 V1.2.10 extends the rule to XLSX, hence the same escape in `toXlsxCell`.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection; ASVS 5.0 V1.2.10 adds NUL). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0']

const ESCAPE = "'"

/** True when the text would start a formula if written into a cell as is. */
export function startsDangerously(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0] ?? '')
}

/** The text as a cell's content: an apostrophe in front of a formula trigger (or of a leading apostrophe). */
export function neutraliseFormula(text: string): string {
  return startsDangerously(text) || text.startsWith(ESCAPE) ? ESCAPE + text : text
}

/** Undoes `neutraliseFormula`. */
export function restoreFormulaText(cell: string): string {
  return cell.startsWith(ESCAPE) ? cell.slice(1) : cell
}

/** One CSV field: neutralised, every `"` doubled, always quoted so a separator or newline inside stays inside. */
export function toCsvCell(text: string): string {
  return `"${neutraliseFormula(text).replaceAll('"', '""')}"`
}

/** The text of a CSV field's content (after the CSV parser removed the quotes). */
export const fromCsvCell = restoreFormulaText

/**
 * Characters XML 1.0 cannot carry (and CR, which XML parsers turn into LF), plus a literal `_xHHHH_` that the
 * OOXML reader would decode: all written as `_xHHHH_` escapes (ECMA-376 ST_Xstring), which exceljs decodes.
 */

const OOXML_UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-F]{4}_)/g

const hex4 = (c: string): string => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`

/** The text as an XLSX string cell value: neutralised, and safe for the OOXML string format. */
export function toXlsxCell(text: string): string {
  return neutraliseFormula(text).replace(OOXML_UNSAFE, hex4)
}

/**
 * The text of an XLSX string cell as exceljs returns it (exceljs has already decoded `_xHHHH_`): the leading
 * apostrophe is dropped.
 */
export const fromXlsxCell = restoreFormulaText

/** Decodes OOXML `_xHHHH_` escapes as an XLSX reader does (exceljs's TextXform); for tests and other readers. */
export function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
}
