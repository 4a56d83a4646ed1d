/**
 * The browser's stand-ins for what Electron's main does with files: downloads for saving and for opening an
 * attachment, the print dialog for report PDFs, and localStorage for the workspace marker.
 */
import {
  WorkspaceMarkerSchema,
  type OpenDocumentRequest,
  type PrintPdfRequest,
  type SaveFileRequest,
  type WorkspaceMarker,
} from '@shared/ipc'
import { ok, type Result } from '@shared/kernel'

const MARKER_KEY = 'dpo-desk-marker'

/** Saves content as a download under the suggested name. */
export function download(
  req: Pick<SaveFileRequest, 'content' | 'mimeType' | 'suggestedName'>,
): Result<{ saved: boolean; name: string }> {
  const blob = new Blob([req.content as BlobPart], { type: req.mimeType })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = req.suggestedName
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return ok({ saved: true, name: req.suggestedName })
}

/** An attachment cannot be handed to a system viewer from a browser: it is downloaded instead. */
export function openDocumentAsDownload(req: OpenDocumentRequest): Result<true> {
  const bytes = Uint8Array.from(atob(req.dataBase64), (c) => c.charCodeAt(0))
  download({ content: bytes, mimeType: req.mimeType, suggestedName: req.name })
  return ok(true)
}

/** A CSS string literal holding `text` as text: every character that is not a letter, digit or space escaped. */
function cssString(text: string): string {
  const escaped = [...text].map((c) => (/^[\p{L}\p{N} ]$/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16) ?? '0'} `))
  return `"${escaped.join('')}"`
}

/**
 * What Electron's printToPDF puts in its header and footer templates, as CSS page-margin boxes (Chromium 131+):
 * the organisation and report title on top, the date and seal with "page N / M" at the foot.
 */
function marginBoxes(req: PrintPdfRequest): string {
  const small = 'font: 8px sans-serif; color: #555;'
  return (
    `@page { @top-left { content: ${cssString(req.headerText)}; ${small} } ` +
    `@bottom-left { content: ${cssString(req.footerText)}; ${small} } ` +
    `@bottom-right { content: counter(page) " / " counter(pages); ${small} } }`
  )
}

/** The report with the page-margin boxes added to its head. */
export function withPageMargins(req: PrintPdfRequest): string {
  const style = `<style>${marginBoxes(req)}</style>`
  const at = req.html.indexOf('</head>')
  return at >= 0 ? req.html.slice(0, at) + style + req.html.slice(at) : style + req.html
}

/**
 * The browser's print path: the report goes into a hidden frame (same CSP as the app, so no script in it can
 * run) and the print dialog opens, where the user picks "Save as PDF". The header, footer and page numbers that
 * Electron adds through printToPDF's templates come from CSS page-margin boxes here.
 */
export function printInFrame(req: PrintPdfRequest): Promise<Result<{ saved: boolean; name: string }>> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden'
    frame.setAttribute('sandbox', 'allow-modals allow-same-origin')
    frame.srcdoc = withPageMargins(req)
    frame.addEventListener('load', () => {
      frame.contentWindow?.print()
      setTimeout(() => frame.remove(), 1000)
      resolve(ok({ saved: true, name: req.suggestedName }))
    })
    document.body.append(frame)
  })
}

export function readMarker(): Result<WorkspaceMarker | null> {
  try {
    const parsed = WorkspaceMarkerSchema.safeParse(JSON.parse(localStorage.getItem(MARKER_KEY) ?? 'null'))
    return ok(parsed.success ? parsed.data : null)
  } catch {
    return ok(null)
  }
}

export function writeMarker(marker: WorkspaceMarker): Result<true> {
  localStorage.setItem(MARKER_KEY, JSON.stringify(marker))
  return ok(true)
}
