/**
 * A report as a complete, self-contained HTML document for the PDF: the print template rendered to a string with
 * Vue's server renderer (so it escapes exactly as the in-app preview does), the stylesheet inline, no script, and a
 * CSP that lets nothing load. Electron prints it with JavaScript off; the browser prints it in a sandboxed frame.
 */
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { ReportDocument } from '@shared/reports'
import ReportDocumentView from '../components/ReportDocument.vue'
import { REPORT_CSS } from '../report-css'

/** The policy of the printed document: styles inline, images only as data URLs, nothing else. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** Escapes text for HTML; used only for the title, everything else goes through Vue's escaping. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** The report's body markup, as the print template renders it. */
export async function renderReportBody(doc: ReportDocument): Promise<string> {
  const app = createSSRApp({ render: () => h(ReportDocumentView, { doc }) })
  return renderToString(app)
}

/** The whole printable document. */
export async function renderReportHtml(doc: ReportDocument): Promise<string> {
  const body = await renderReportBody(doc)
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
