/**
 * A report as a complete, self-contained HTML document for the PDF: the print template rendered to a string with
 * Vue's server renderer (so it escapes exactly as the in-app preview does), the stylesheet inline, no script, and a
 * CSP that lets nothing load. Electron prints it with JavaScript off; the browser prints it in a sandboxed frame.
 *
 * A long report (the register of thousands of activities) is rendered part by part (shared/reports/report-parts):
 * each part is one `<article>` in the body, with `REPORT_PART_MARKER` between them, so the PDF service can print
 * the parts separately and join them, while a browser still reads the whole as one document.
 */
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { ReportDocument } from '@shared/reports'
import { PART_BUDGET_CHARS, REPORT_PART_MARKER, reportParts, type ReportPart } from '@shared/reports/report-parts'
import ReportDocumentView from '../components/ReportDocument.vue'
import { REPORT_CSS } from '../report-css'

/** The policy of the printed document: styles inline, images only as data URLs, nothing else. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** Escapes text for HTML; used only for the title, everything else goes through Vue's escaping. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Lets the event loop run between parts, so the app stays responsive while a long report is rendered. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function renderPart(doc: ReportDocument, part: ReportPart): Promise<string> {
  const app = createSSRApp({
    render: () => h(ReportDocumentView, { doc, sections: part.sections, cover: part.cover }),
  })
  return renderToString(app)
}

/** The report's body markup, as the print template renders it: the parts with the part marker between them. */
export async function renderReportBody(doc: ReportDocument, budget: number = PART_BUDGET_CHARS): Promise<string> {
  const bodies: string[] = []
  for (const part of reportParts(doc, budget)) {
    if (bodies.length > 0) await breathe()
    bodies.push(await renderPart(doc, part))
  }
  return bodies.join(`\n${REPORT_PART_MARKER}\n`)
}

/** The whole printable document. */
export async function renderReportHtml(doc: ReportDocument, budget: number = PART_BUDGET_CHARS): Promise<string> {
  const body = await renderReportBody(doc, budget)
  return [
    '<!doctype html>',
    `<html lang="${doc.lang === 'en' ? 'en' : 'sv'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n')
}
