/**
 * Report PDFs: the renderer hands over finished, escaped HTML; main loads it into a hidden window with
 * JavaScript off and no preload (safety-and-speed.md §4), prints it to A4 with page numbers, and saves it
 * through the save dialog. Header and footer templates are raw HTML in Chromium, so their text is escaped here.
 */
import type { PrintPdfRequest, SavedFile } from '@shared/ipc'
import { err, type Result } from '@shared/kernel/result'
import { saveFile, type FileDialog } from './file-dialogs'

/** The parts of BrowserWindow this service uses. */
export interface PdfWindow {
  loadURL: (url: string) => Promise<void>
  webContents: { printToPDF: (options: Record<string, unknown>) => Promise<Uint8Array> }
  destroy: () => void
}
export type PdfWindowFactory = (options: Record<string, unknown>) => PdfWindow

/** The hidden report window: nothing in it can run. */
export const PDF_WINDOW_OPTIONS = Object.freeze({
  show: false,
  webPreferences: Object.freeze({
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    images: true,
  }),
})

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const TEMPLATE_STYLE = 'font-size:8px;width:100%;padding:0 12mm;font-family:sans-serif;color:#555;display:flex'

export function printOptions(request: Pick<PrintPdfRequest, 'headerText' | 'footerText'>): Record<string, unknown> {
  return {
    pageSize: 'A4',
    printBackground: true,
    margins: { marginType: 'custom', top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(request.headerText)}</span></div>`,
    footerTemplate:
      `<div style="${TEMPLATE_STYLE};justify-content:space-between"><span>${escapeHtml(request.footerText)}</span>` +
      '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
  }
}

export async function renderPdf(createWindow: PdfWindowFactory, request: PrintPdfRequest): Promise<Uint8Array> {
  const win = createWindow(PDF_WINDOW_OPTIONS)
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(request.html, 'utf8').toString('base64')}`)
    return await win.webContents.printToPDF(printOptions(request))
  } finally {
    win.destroy()
  }
}

export async function printPdf(
  createWindow: PdfWindowFactory,
  dialog: FileDialog,
  request: PrintPdfRequest,
  defaultFolder: string,
): Promise<Result<SavedFile>> {
  let bytes: Uint8Array
  try {
    bytes = await renderPdf(createWindow, request)
  } catch (e) {
    return err('pdf/render-failed', `The PDF could not be made: ${String(e)}`)
  }
  return saveFile(
    dialog,
    {
      suggestedName: request.suggestedName,
      content: bytes,
      mimeType: 'application/pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    },
    defaultFolder,
  )
}
