/**
 * Printing a report: the self-contained HTML goes to `pdf:print` (Electron: printToPDF in a window with
 * JavaScript off, then the save dialog; browser: the print dialog in a sandboxed frame). The HTML can also be
 * saved as it is, which is what the inspection pack holds when no PDF printer is available.
 */
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import type { ReportDocument } from '@shared/reports'
import { api } from '@/platform/bridge'
import { renderReportHtml } from './report-html'

/** Prints the report to a PDF the user saves. */
/**
 * The report as PDF bytes where the platform can make them (Electron), or null in the browser, where the
 * inspection pack then carries the HTML version and its manifest says so.
 */
export async function pdfRendererForPack(): Promise<
  ((doc: ReportDocument, html: string) => Promise<Uint8Array>) | null
> {
  const probe = await api()['pdf:render']({
    html: '<!doctype html><title>probe</title>',
    suggestedName: 'probe.pdf',
    headerText: '',
    footerText: '',
  })
  if (!probe.ok) return null
  return async (doc, html) => {
    const r = await api()['pdf:render']({
      html,
      suggestedName: `${doc.fileName}.pdf`,
      headerText: doc.headerText,
      footerText: doc.footerText,
    })
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
}

export async function printReportPdf(doc: ReportDocument): Promise<Result<SavedFile>> {
  const html = await renderReportHtml(doc)
  return api()['pdf:print']({
    html,
    suggestedName: `${doc.fileName}.pdf`,
    headerText: doc.headerText,
    footerText: doc.footerText,
  })
}

/** Saves the report's HTML document. */
export async function saveReportHtml(doc: ReportDocument): Promise<Result<SavedFile>> {
  return api()['file:save']({
    suggestedName: `${doc.fileName}.html`,
    content: await renderReportHtml(doc),
    mimeType: 'text/html;charset=utf-8',
    filters: [{ name: 'HTML', extensions: ['html'] }],
  })
}
