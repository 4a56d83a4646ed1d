/**
 * A long report printed in parts. Chromium lays a document out whole before it prints: the register of 10,000
 * activities as one document took 36 s of CPU and 2.8 GB in one renderer, and its first, roomier form ran out of
 * memory. Cut into parts of about a thousand entries, each part prints in a few seconds and a few hundred MB, two
 * can print at once, and the PDF service joins them (electron/main/services/pdf.ts).
 *
 * The cut follows the document's structure: the cover goes with the first part, a section goes on in the next
 * part under its repeated heading (marked as continued), and a long table is cut between rows, its header
 * repeated.
 */
import type { ReportBlock, ReportDocument, ReportSection } from './report.types'

/**
 * Written between the parts of a report's HTML. It is an HTML comment, which no user text in a report can
 * contain (every `<` of user text is escaped), so whoever splits the HTML on it splits only where the template
 * put it; a browser printing the whole HTML as one document ignores it.
 */
export const REPORT_PART_MARKER = '<!--dpo-desk:part-->'

/** About 1,000 register entries of ~1.5 KB each: measured as a good part size for Chromium (report-parts.test.ts). */
export const PART_BUDGET_CHARS = 1_500_000

/** One part: the cover (first part only) and the sections, or the slices of sections, printed in it. */
export interface ReportPart {
  cover: boolean
  sections: ReportSection[]
}

/** What a unit weighs: the length of its JSON, which its text dominates. */
const weight = (unit: unknown): number => JSON.stringify(unit).length

const isEmpty = (s: ReportSection): boolean => s.blocks.length === 0 && s.subsections.length === 0

/** Splits a report into parts of at most about `budget` characters of content; a short report is one part. */
export function reportParts(doc: ReportDocument, budget: number = PART_BUDGET_CHARS): ReportPart[] {
  const parts: ReportPart[] = [{ cover: true, sections: [] }]
  let used = weight(doc.intro)
  let slice: ReportSection | null = null

  const openSlice = (section: ReportSection, continued: boolean) => {
    slice = continued
      ? {
          ...section,
          id: `${section.id}--${parts.length}`,
          blocks: [],
          subsections: [],
          continued,
          pageBreakBefore: false,
        }
      : { ...section, blocks: [], subsections: [] }
    parts.at(-1)!.sections.push(slice)
  }
  /** Makes room for `n` characters: a new part when the current one is full, the section going on in it. */
  const room = (section: ReportSection, n: number): ReportSection => {
    if (used > 0 && used + n > budget) {
      const last = parts.at(-1)!
      // A heading with nothing under it yet moves to the new part instead of ending the old one alone.
      const moving = slice !== null && isEmpty(slice) && !slice.continued
      if (moving) last.sections.pop()
      parts.push({ cover: false, sections: [] })
      used = 0
      openSlice(section, !moving)
    }
    used += n
    return slice!
  }

  for (const section of doc.sections) {
    openSlice(section, false)
    for (const block of section.blocks) addBlock(section, block, room)
    for (const sub of section.subsections) room(section, weight(sub)).subsections.push(sub)
  }
  return parts
}

/** Adds a block, a table cut between rows where a part fills up (each piece keeps the columns and header). */
function addBlock(
  section: ReportSection,
  block: ReportBlock,
  room: (section: ReportSection, n: number) => ReportSection,
): void {
  if (block.type !== 'table' || block.rows.length === 0) {
    room(section, weight(block)).blocks.push(block)
    return
  }
  let piece: (ReportBlock & { type: 'table' }) | null = null
  let holder: ReportSection | null = null
  for (const r of block.rows) {
    const target = room(section, weight(r))
    if (target !== holder || piece === null) {
      piece = { ...block, rows: [] }
      target.blocks.push(piece)
      holder = target
    }
    piece.rows.push(r)
  }
}
