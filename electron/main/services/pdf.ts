/**
 * Report PDFs: the renderer hands over finished, escaped HTML; main loads it into a hidden window with
 * JavaScript off and no preload (safety-and-speed.md §4), prints it to A4 with page numbers, and saves it
 * through the save dialog. Header and footer templates are raw HTML in Chromium, so their text is escaped here.
 *
 * Main does not trust the HTML either: a compromised renderer could send markup that loads a remote image and so
 * leaks the report. The window therefore lives in its own in-memory session whose every request is cancelled
 * except the report itself. Chromium refuses data: URLs over 2 MB (a large register), so bigger reports are
 * written to a private temporary file that is removed again at once.
 *
 * A long report comes in parts (pdf-parts.ts): one per core prints at a time, each in its own window, and the PDFs are
 * joined with page numbers running on. Such a report is not tagged and has no outline: joining drops both, and
 * tagging alone made printing half as slow again.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PrintPdfRequest, SavedFile } from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel/result'
import { saveFile, type FileDialog } from './file-dialogs'
import { joinPdfParts, splitReportHtml } from './pdf-parts'

/** The slice of Electron's session this service uses to keep the report window off the network. */
export interface PdfSession {
  webRequest: {
    onBeforeRequest(
      filter: { urls: string[] },
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void
  }
}

/** The parts of BrowserWindow this service uses. */
export interface PdfWindow {
  loadURL: (url: string) => Promise<void>
  webContents: {
    printToPDF: (options: Record<string, unknown>) => Promise<Uint8Array>
    session?: PdfSession
  }
  destroy: () => void
}
export type PdfWindowFactory = (options: Record<string, unknown>) => PdfWindow

/** An in-memory partition (no `persist:`): nothing the report window does is stored, and it sees no app data. */
export const PDF_PARTITION = 'dpo-desk-pdf'

/** The hidden report window: nothing in it can run. */
export const PDF_WINDOW_OPTIONS = Object.freeze({
  show: false,
  webPreferences: Object.freeze({
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    images: true,
    spellcheck: false,
    navigateOnDragDrop: false,
    partition: PDF_PARTITION,
  }),
})

/** Largest data: URL Chromium navigates to is 2 MiB; stay well below it. */
export const MAX_DATA_URL_CHARS = 1_500_000
/** Loading and printing a report (or one part of it) taking longer than this is a failure, not waited for. */
export const PDF_TIMEOUT_MS = 120_000
/**
 * Parts printed at once: one window per core, at most four. Printing is CPU-bound in each window's renderer while
 * main waits, so every core helps; a part's renderer peaks at about 600 MB, so four is where memory says stop.
 */
export const PDF_PARALLEL_PARTS = Math.min(4, Math.max(1, availableParallelism()))

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const TEMPLATE_STYLE = 'font-size:8px;width:100%;padding:0 12mm;font-family:sans-serif;color:#555;display:flex'

/**
 * Chromium's print options. For a report printed in parts (`inParts`), the footer leaves the page number out,
 * since it would restart in each part (joinPdfParts writes it), and the PDF is neither tagged nor outlined.
 */
export function printOptions(
  request: Pick<PrintPdfRequest, 'headerText' | 'footerText'>,
  inParts = false,
): Record<string, unknown> {
  const pageNumber = inParts ? '' : '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span>'
  return {
    pageSize: 'A4',
    printBackground: true,
    margins: { marginType: 'custom', top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
    displayHeaderFooter: true,
    // Headings become PDF bookmarks and the PDF is tagged, so a reader (or IMY's archive) can navigate it.
    generateTaggedPDF: !inParts,
    generateDocumentOutline: !inParts,
    headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(request.headerText)}</span></div>`,
    footerTemplate:
      `<div style="${TEMPLATE_STYLE};justify-content:space-between"><span>${escapeHtml(request.footerText)}</span>` +
      `${pageNumber}</div>`,
  }
}

/** URLs the report windows may load right now; everything else in their session is cancelled. */
const allowedUrls = new Set<string>()

/** Cancels every request of the report session but the reports being printed (installing it again is harmless). */
export function guardSession(session: PdfSession | undefined): void {
  session?.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !allowedUrls.has(details.url) })
  })
}

/** Where the window loads the report from: a data: URL, or a private temporary file for a large report. */
async function reportLocation(html: string): Promise<{ url: string; cleanUp: () => Promise<void> }> {
  const base64 = Buffer.from(html, 'utf8').toString('base64')
  if (base64.length <= MAX_DATA_URL_CHARS) {
    return { url: `data:text/html;charset=utf-8;base64,${base64}`, cleanUp: async () => undefined }
  }
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-pdf-'))
  const file = join(dir, 'report.html')
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 })
  return { url: pathToFileURL(file).href, cleanUp: () => rm(dir, { recursive: true, force: true }) }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no PDF after ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Prints one HTML document to PDF bytes in a throw-away window. */
async function printDocument(
  createWindow: PdfWindowFactory,
  html: string,
  options: Record<string, unknown>,
  timeoutMs: number,
): Promise<Uint8Array> {
  const location = await reportLocation(html)
  const win = createWindow(PDF_WINDOW_OPTIONS)
  allowedUrls.add(location.url)
  try {
    guardSession(win.webContents.session)
    const print = async () => {
      await win.loadURL(location.url)
      return win.webContents.printToPDF(options)
    }
    return await withTimeout(print(), timeoutMs)
  } finally {
    allowedUrls.delete(location.url)
    win.destroy()
    await location.cleanUp()
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order; stops taking new items after a failure. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        out[i] = await work(items[i]!)
      } catch (e) {
        failed = true
        throw e
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** Renders the report to PDF bytes: in one window, or part by part and joined when the HTML comes in parts. */
export async function renderPdf(
  createWindow: PdfWindowFactory,
  request: PrintPdfRequest,
  timeoutMs: number = PDF_TIMEOUT_MS,
  parallel: number = PDF_PARALLEL_PARTS,
): Promise<Uint8Array> {
  const parts = splitReportHtml(request.html)
  if (parts.length === 1) return printDocument(createWindow, request.html, printOptions(request), timeoutMs)
  const options = printOptions(request, true)
  const pdfs = await mapLimited(parts, parallel, (html) => printDocument(createWindow, html, options, timeoutMs))
  return joinPdfParts(pdfs)
}

/**
 * Renders the report and returns the bytes as a Result. Ready for a `pdf:render` channel (bytes back to the
 * renderer, e.g. for the inspection pack); `pdf:print` uses `printPdf` below.
 */
export async function renderPdfBytes(
  createWindow: PdfWindowFactory,
  request: PrintPdfRequest,
): Promise<Result<Uint8Array>> {
  try {
    return ok(await renderPdf(createWindow, request))
  } catch (e) {
    return err('pdf/render-failed', `The PDF could not be made: ${String(e)}`)
  }
}

export async function printPdf(
  createWindow: PdfWindowFactory,
  dialog: FileDialog,
  request: PrintPdfRequest,
  defaultFolder: string,
): Promise<Result<SavedFile>> {
  const rendered = await renderPdfBytes(createWindow, request)
  if (!rendered.ok) return rendered
  return saveFile(
    dialog,
    {
      suggestedName: request.suggestedName,
      content: rendered.value,
      mimeType: 'application/pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    },
    defaultFolder,
  )
}
