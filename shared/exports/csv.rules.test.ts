import { describe, expect, it } from 'vitest'
import { detectSeparator, parseCsv, toCsv } from './csv.rules'

describe('detectSeparator', () => {
  it('takes the separator most used outside quotes on the header line', () => {
    expect(detectSeparator('Behandling;Ändamål;"Grund, art. 6"\r\n')).toBe(';')
    expect(detectSeparator('\uFEFFa,b,"c;d;e"\n')).toBe(',')
    expect(detectSeparator('a\tb\tc\n1,2\n')).toBe('\t')
  })

  it('looks past a one-column header to the first line that has a separator', () => {
    // Found by fuzzing: a single header cell with commas inside quotes, then semicolon rows, was read as comma CSV.
    const text = toCsv([['=HYPERLINK("http://x","y")'], ['', '']], ';')
    expect(detectSeparator(text)).toBe(';')
    expect(parseCsv(text, detectSeparator(text))).toEqual({
      ok: true,
      rows: [['\'=HYPERLINK("http://x","y")'], ['', '']],
    })
  })

  it('falls back to comma when no line has a separator', () => {
    expect(detectSeparator('Behandling\nLöner\n')).toBe(',')
    expect(detectSeparator('')).toBe(',')
  })
})
