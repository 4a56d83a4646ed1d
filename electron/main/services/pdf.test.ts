import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  MAX_DATA_URL_CHARS,
  PDF_PARTITION,
  PDF_WINDOW_OPTIONS,
  printOptions,
  printPdf,
  renderPdf,
  renderPdfBytes,
  type PdfSession,
  type PdfWindow,
} from './pdf'

const PDF = new Uint8Array([37, 80, 68, 70])
const request = (html = '<p>Registerförteckning</p>') => ({
  html,
  suggestedName: 'register.pdf',
  headerText: 'h',
  footerText: 'f',
})

type Listener = Parameters<PdfSession['webRequest']['onBeforeRequest']>[1]

/** A stand-in BrowserWindow: records what it loaded and the request guard its session got. */
function fakeWindow(opts: { load?: (url: string) => Promise<void>; seeFile?: (path: string) => void } = {}) {
  let guard: Listener | undefined
  const loaded: string[] = []
  const win: PdfWindow = {
    loadURL: vi.fn(async (url: string) => {
      loaded.push(url)
      if (url.startsWith('file:')) opts.seeFile?.(fileURLToPath(url))
      await (opts.load?.(url) ?? Promise.resolve())
    }),
    webContents: {
      printToPDF: vi.fn(async () => PDF),
      session: { webRequest: { onBeforeRequest: (_filter, listener) => void (guard = listener) } },
    },
    destroy: vi.fn(),
  }
  const decide = (url: string) => {
    let cancel: boolean | undefined
    guard?.({ url }, (r) => void (cancel = r.cancel))
    return cancel
  }
  return { win, loaded, decide, create: vi.fn(() => win) }
}

describe('the report window', () => {
  it('runs no script, has no preload, and lives in its own in-memory session', () => {
    const prefs = PDF_WINDOW_OPTIONS.webPreferences
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(prefs).not.toHaveProperty('preload')
    expect(prefs.partition).toBe(PDF_PARTITION)
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false)
    expect(PDF_WINDOW_OPTIONS.show).toBe(false)
  })

  it('escapes the organisation name and report title in the page header and footer', () => {
    const o = printOptions({ headerText: '<img src=x onerror=alert(1)> AB & Co', footerText: '"><script>x</script>' })
    expect(o.headerTemplate).toContain('&#60;img src=x onerror=alert(1)&#62; AB &#38; Co')
    expect(o.headerTemplate).not.toContain('<img')
    expect(o.footerTemplate).not.toContain('<script')
    expect(o.footerTemplate).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>')
    expect(o).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, generateDocumentOutline: true })
  })
})

describe('renderPdf', () => {
  it('loads a small report as a data URL and lets only that URL through the session', async () => {
    const { win, loaded, decide, create } = fakeWindow()
    const captured: (boolean | undefined)[] = []
    win.webContents.printToPDF = vi.fn(async () => {
      captured.push(decide(loaded[0]!), decide('https://evil.example/leak?data=1'), decide('file:///etc/passwd'))
      return PDF
    })
    expect(await renderPdf(create, request())).toBe(PDF)
    expect(create).toHaveBeenCalledWith(PDF_WINDOW_OPTIONS)
    expect(loaded[0]).toMatch(/^data:text\/html;charset=utf-8;base64,/)
    expect(Buffer.from(loaded[0]!.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>Registerförteckning</p>')
    expect(captured).toEqual([false, true, true])
    // Once printed, even the report's own URL is refused.
    expect(decide(loaded[0]!)).toBe(true)
    expect(win.destroy).toHaveBeenCalled()
  })

  it('loads a report too big for a data URL from a private temporary file and removes it afterwards', async () => {
    let seen = ''
    let content = ''
    const { loaded, create } = fakeWindow({
      seeFile: (path) => {
        seen = path
        content = readFileSync(path, 'utf8')
      },
    })
    const big = `<p>${'å'.repeat(MAX_DATA_URL_CHARS)}</p>`
    expect(await renderPdf(create, request(big))).toBe(PDF)
    expect(loaded[0]).toMatch(/^file:/)
    expect(content).toBe(big)
    expect(existsSync(seen)).toBe(false)
  })

  it('gives up on a report that never finishes loading, and closes the window', async () => {
    const { win, create } = fakeWindow({ load: () => new Promise(() => undefined) })
    await expect(renderPdf(create, request(), 50)).rejects.toThrow(/no PDF after 50 ms/)
    expect(win.destroy).toHaveBeenCalled()
  })

  it('reports a failed load as a value, not a throw', async () => {
    const { create } = fakeWindow({ load: () => Promise.reject(new Error('ERR_INVALID_URL')) })
    const r = await renderPdfBytes(create, request())
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf/render-failed' } })
  })
})

describe('printPdf', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dpo-pdf-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('saves the PDF where the user chose, adding .pdf when the name has none', async () => {
    const { create } = fakeWindow()
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'registret') })),
      showOpenDialog: vi.fn(),
    }
    const r = await printPdf(create, dialog, request(), dir)
    expect(r).toEqual({ ok: true, value: { saved: true, name: join(dir, 'registret.pdf') } })
    expect(new Uint8Array(readFileSync(join(dir, 'registret.pdf')))).toEqual(PDF)
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'register.pdf') }),
    )
  })

  it('does not open the save dialog when the PDF could not be made', async () => {
    const { create } = fakeWindow({ load: () => Promise.reject(new Error('boom')) })
    const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }
    expect((await printPdf(create, dialog, request(), dir)).ok).toBe(false)
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
