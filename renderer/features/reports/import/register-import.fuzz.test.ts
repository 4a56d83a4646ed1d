/**
 * Hostile-input fuzzing of the register import (issue 9; safety-and-speed.md §4): CSV and XLSX files built by
 * fast-check — random bytes, random tables with quotes, separators, line breaks and formula-looking text, and
 * damaged or odd zips — go through the same path as a picked file (readSpreadsheet → template → preview).
 * Whatever the file, the import answers with a typed file error or a preview; it never throws, never returns
 * more than the limits allow, and only offers a commit when every row is a valid activity.
 */
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  detectTemplate,
  FILE_ERROR_CODES,
  fromCsvCell,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  previewImport,
  toCsv,
  type ReadContext,
} from '@shared/exports'
import { ActivityFieldsSchema } from '@shared/register'
import { readSpreadsheet, type ReadOutcome } from './spreadsheet-read'

const RUNS = { numRuns: 1000, seed: 20261127 } as const
let n = 0
const ctx: ReadContext = {
  vendorIdByName: () => null,
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exact: false,
}

/** Checks what any file may give: a known error code, or rows within the limits whose preview is sound. */
function expectSound(outcome: ReadOutcome): void {
  if (!outcome.ok) {
    expect(FILE_ERROR_CODES).toContain(outcome.error.code)
    return
  }
  const { rows } = outcome.table
  expect(rows.length).toBeLessThanOrEqual(MAX_IMPORT_ROWS + 1 + 20)
  for (const row of rows) {
    expect(row.length).toBeLessThanOrEqual(MAX_IMPORT_COLUMNS)
    for (const cell of row) expect(typeof cell).toBe('string')
  }
  const match = detectTemplate(rows)
  const preview = previewImport(rows, match.headerRow, match.mapping, match.template, ctx)
  for (const row of preview.rows) {
    if (row.fields) expect(ActivityFieldsSchema.safeParse(row.fields).error?.issues ?? []).toEqual([])
  }
  // All or nothing: a commit is offered only when every row became a valid activity.
  if (preview.canCommit) expect(preview.rows.every((r) => r.fields !== null)).toBe(true)
}

/** Cell text a DPO's spreadsheet (or an attacker) might hold. */
const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","x")',
    '+cmd|calc',
    '-1+1',
    '@SUM(A1)',
    '\t=1',
    '"quoted; "" text"',
    'Art. 6.1 f – Berättigat intresse',
    'Behandling',
    'Ändamål',
    'Rättslig grund (art. 6.1)',
    '<img src=x onerror=alert(1)>',
    '\r\n',
    '\u0000',
    '\ufeff',
  ),
)
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 })

describe('CSV import under fuzzing', () => {
  it('answers random bytes with a file error or a sound preview, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => expectSound(await readSpreadsheet(bytes))),
      RUNS,
    )
  })

  it('reads back any table written with either separator, cell for cell', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(';', ','), async (rows, separator) => {
        const outcome = await readSpreadsheet(new TextEncoder().encode(toCsv(rows, separator)))
        expectSound(outcome)
        // The writer guards formula text with an apostrophe; this app's own import takes it off again.
        if (outcome.ok) expect(outcome.table.rows.map((r) => r.map(fromCsvCell))).toEqual(rows)
      }),
      RUNS,
    )
  })
})

/** A small valid XLSX, the seed that the mutation tests damage. */
async function workbookBytes(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('Register')
  for (const r of rows) sheet.addRow(r)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('XLSX import under fuzzing', () => {
  it('answers a valid workbook with bytes overwritten anywhere with a file error or a sound preview', async () => {
    const seed = await workbookBytes([
      ['Behandling', 'Ändamål', 'Rättslig grund (art. 6.1)'],
      ['Lönehantering', 'Betala ut lön', 'Art. 6.1 c – Rättslig förpliktelse'],
    ])
    const damage = fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    })
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const bytes = seed.slice()
        for (const [at, value] of edits) bytes[at] = value
        expectSound(await readSpreadsheet(bytes))
      }),
      RUNS,
    )
  })

  it('answers zips of random parts (names, XML-ish and binary content) with a file error or a sound preview', async () => {
    const part = fc.tuple(
      fc.constantFrom(
        '[Content_Types].xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/sharedStrings.xml',
        'xl/_rels/workbook.xml.rels',
        '_rels/.rels',
        '../../evil.txt',
        'xl/worksheets/sheet2.xml',
      ),
      fc.oneof(
        fc.string({ maxLength: 200 }).map(strToU8),
        fc.constantFrom(
          strToU8('<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>'),
          strToU8('<worksheet><mergeCells><mergeCell ref="A1:Z9999"/></mergeCells></worksheet>'),
          strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;&a;</x>'),
        ),
        fc.uint8Array({ maxLength: 200 }),
      ),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 6 }), async (parts) => {
        const bytes = zipSync(Object.fromEntries(parts))
        expectSound(await readSpreadsheet(bytes))
      }),
      RUNS,
    )
  })
})
