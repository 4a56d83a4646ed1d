/**
 * Text of an imported CSV: strict UTF-8 first (with or without BOM), UTF-16 when a BOM says so (Excel's "Unicode
 * text"), and otherwise Windows-1252, which is what Swedish Excel writes as "CSV" — with a notice, so the DPO
 * checks that åäö came through. Binary files (a NUL byte) are refused rather than decoded into garbage.
 */

/** The encodings a CSV may come in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** The decoded text and the encoding that was used, or null for a binary file. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  const [b0, b1] = bytes
  const utf16: TextEncodingName | null =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null
  const order: TextEncodingName[] = utf16 ? [utf16] : ['utf-8', 'windows-1252']
  for (const encoding of order) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
      return text.includes('\u0000') ? null : { text, encoding }
    } catch {
      // Not valid in this encoding: try the next one.
    }
  }
  return null
}
