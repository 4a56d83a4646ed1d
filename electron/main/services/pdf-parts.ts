/**
 * Long reports print in parts (shared/reports/report-parts.ts): the renderer's HTML carries a marker between the
 * parts, each part is printed on its own, and the PDFs are joined here with pdf-lib (MIT, pure JavaScript, no
 * native code; its last release is 1.17.1 of 2021, but it is the maintained-enough standard for exactly this and
 * only runs on PDFs Chromium itself just made). Page numbers run on across the parts: Chromium's footer would
 * restart at 1 in each part, so "n / total" is written onto the joined pages where the footer template puts it.
 */
import { ParseSpeeds, PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import { REPORT_PART_MARKER } from '@shared/reports/report-parts'

const BODY_OPEN = '<body>'
const BODY_CLOSE = '</body>'

/**
 * The report's parts as complete documents, each with the report's own head (stylesheet, CSP, title). User text
 * is escaped in the HTML, so it can hold neither the marker nor a body tag: the cut is where the template put it.
 */
export function splitReportHtml(html: string): string[] {
  const open = html.indexOf(BODY_OPEN)
  const close = html.lastIndexOf(BODY_CLOSE)
  if (open < 0 || close < open || !html.includes(REPORT_PART_MARKER)) return [html]
  const head = html.slice(0, open + BODY_OPEN.length)
  const tail = html.slice(close)
  return html
    .slice(open + BODY_OPEN.length, close)
    .split(REPORT_PART_MARKER)
    .map((body) => head + body + tail)
}

/** Where printOptions' footer template puts the page number on A4 (measured in Chromium's output, in points). */
export const PAGE_NUMBER_POSITION = { size: 6, right: 34, baseline: 15.5 } as const

/** Joins the parts' PDFs into one, numbering the pages "n / total" in the footer's right corner. */
export async function joinPdfParts(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const joined = await PDFDocument.create()
  for (const [i, bytes] of parts.entries()) {
    // Chromium's own output: parse at full speed (pdf-lib otherwise yields to the event loop every few objects).
    const part = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false })
    if (i === 0) joined.setTitle(part.getTitle() ?? '')
    for (const page of await joined.copyPages(part, part.getPageIndices())) joined.addPage(page)
  }
  const font = await joined.embedFont(StandardFonts.Helvetica)
  const total = joined.getPageCount()
  const { size, right, baseline } = PAGE_NUMBER_POSITION
  for (const [i, page] of joined.getPages().entries()) {
    const text = `${i + 1} / ${total}`
    const x = page.getWidth() - right - font.widthOfTextAtSize(text, size)
    page.drawText(text, { x, y: baseline, size, font, color: rgb(0.333, 0.333, 0.333) })
  }
  joined.setProducer('DPO Desk')
  return joined.save({ objectsPerTick: Infinity })
}
