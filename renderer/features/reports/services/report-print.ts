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
