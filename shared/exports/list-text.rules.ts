/**
 * Lists inside one spreadsheet cell: one item per line, and for items with several parts (a recipient's name,
 * kind and country) the parts separated by " | ". Backslash escapes keep a line break or a bar inside an item
 * from splitting it, so a register exported by the app reads back exactly.
 */

/** Escapes one part so it survives being put on a line between bars. */
function escapePart(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\|/g, '\\|')
}

/** Splits on unescaped bars (or returns the one part) and undoes the escapes. */
function splitParts(line: string, bars: boolean): string[] {
  const parts: string[] = []
  let part = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? ''
    if (c === '\\' && i + 1 < line.length) {
      const n = line[++i] ?? ''
      part += n === 'n' ? '\n' : n === 'r' ? '\r' : n
    } else if (bars && c === '|') {
      parts.push(part)
      part = ''
    } else part += c
  }
  parts.push(part)
  return parts
}

/** Items as cell text: one per line. */
export function encodeLines(items: readonly string[]): string {
  return items.map(escapePart).join('\n')
}

/** Multi-part items as cell text: one per line, parts joined by " | ". */
export function encodeItems(items: readonly (readonly string[])[]): string {
  return items.map((parts) => parts.map(escapePart).join(' | ')).join('\n')
}

const lineSplit = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n')

/**
 * Lines of a cell written by `encodeLines`, positions kept (an empty line is an empty item); trailing empty lines
 * are dropped, since spreadsheets trim them.
 */
export function decodeAlignedLines(text: string): string[] {
  const lines = lineSplit(text).map((l) => splitParts(l, false)[0] ?? '')
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop()
  return lines
}

/** Non-empty items of a cell written by `encodeLines`. */
export function decodeLines(text: string): string[] {
  return decodeAlignedLines(text)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

/** Non-empty multi-part items of a cell written by `encodeItems`, each part trimmed. */
export function decodeItems(text: string): string[][] {
  return lineSplit(text)
    .filter((l) => l.trim() !== '')
    .map((l) => splitParts(l, true).map((p) => p.trim()))
}

/**
 * Items of a cell someone else wrote (an ICO or CNIL register): lines, semicolons and bullets separate items.
 * Commas do not, because they occur inside items ("Kontaktuppgifter (namn, adress)").
 */
export function splitLooseList(text: string): string[] {
  return text
    .split(/\r\n?|\n|;|•|·(?=\s)/)
    .map((s) => s.replace(/^\s*[-*–]\s+/, '').trim())
    .filter((s) => s !== '')
}
