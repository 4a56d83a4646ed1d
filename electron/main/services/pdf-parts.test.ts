import { inflateSync } from 'node:zlib'
import { PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib'
import { describe, expect, it, vi } from 'vitest'
import { REPORT_PART_MARKER } from '@shared/reports/report-parts'
import { renderPdf, type PdfWindow } from './pdf'
import { joinPdfParts, splitReportHtml } from './pdf-parts'

const HEAD =
  '<!doctype html>\n<html lang="sv">\n<head>\n<title>Registerförteckning</title>\n<style>p{}</style>\n</head>\n'
const doc = (...bodies: string[]) => `${HEAD}<body>${bodies.join(`\n${REPORT_PART_MARKER}\n`)}</body>\n</html>`

/** A PDF of `pages` pages of `width` points, each saying which one it is. */
async function pdfOf(pages: number, width: number, label: string): Promise<Uint8Array> {
  const d = await PDFDocument.create()
  const font = await d.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) d.addPage([width, 842]).drawText(`${label} ${i + 1}`, { x: 50, y: 700, font })
  d.setTitle(label)
  return d.save()
}

/** The text drawn by the last content stream of a page (where the page number goes), decoded. */
function lastDrawnText(page: ReturnType<PDFDocument['getPages']>[number]): string {
  const contents = page.node.Contents()
  const streams = contents && 'asArray' in contents ? contents.asArray() : [page.node.get(PDFName.of('Contents'))]
  const last = page.doc.context.lookup(streams.at(-1))
  if (!(last instanceof PDFRawStream)) throw new Error('expected an encoded content stream')
  const text = inflateSync(last.getContents()).toString('latin1')
  return [...text.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')).join('')
}

describe('splitReportHtml', () => {
  it('leaves a report without parts whole', () => {
    const html = doc('<article>one</article>')
    expect(splitReportHtml(html)).toEqual([html])
  })

  it('makes each part a complete document with the report’s own head', () => {
    const parts = splitReportHtml(doc('<article>one</article>', '<article>two</article>', '<article>three</article>'))
    expect(parts).toHaveLength(3)
    for (const [i, word] of ['one', 'two', 'three'].entries()) {
      expect(parts[i]!.startsWith(`${HEAD}<body>`)).toBe(true)
      expect(parts[i]).toContain(`<article>${word}</article>`)
      expect(parts[i]!.endsWith('</body>\n</html>')).toBe(true)
      expect(parts[i]).not.toContain(REPORT_PART_MARKER)
    }
  })

  it('does not cut at the marker’s text when it is user text (escaped, as every user string is)', () => {
    const html = doc('<p>&lt;!--dpo-desk:part--&gt; in a name</p>')
    expect(splitReportHtml(html)).toEqual([html])
  })
})

describe('joinPdfParts', () => {
  it('keeps every page in order and numbers them across the parts', async () => {
    const joined = await PDFDocument.load(await joinPdfParts([await pdfOf(2, 500, 'A'), await pdfOf(3, 600, 'B')]))
    expect(joined.getPages().map((p) => p.getWidth())).toEqual([500, 500, 600, 600, 600])
    expect(joined.getPages().map(lastDrawnText)).toEqual(['1 / 5', '2 / 5', '3 / 5', '4 / 5', '5 / 5'])
    expect(joined.getTitle()).toBe('A')
  })
})

describe('renderPdf of a report in parts', () => {
  it('prints each part in its own window, two at a time, untagged and without page numbers, then joins them', async () => {
    let active = 0
    let most = 0
    const loaded: string[] = []
    const options: Record<string, unknown>[] = []
    const create = vi.fn((): PdfWindow => {
      let html = ''
      return {
        loadURL: async (url: string) => {
          html = Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')
          loaded.push(html)
        },
        webContents: {
          printToPDF: async (o: Record<string, unknown>) => {
            options.push(o)
            most = Math.max(most, ++active)
            await new Promise((r) => setTimeout(r, 20))
            active--
            const n = Number(/part (\d)/.exec(html)?.[1])
            return pdfOf(n, 500 + n, `part ${n}`)
          },
        },
        destroy: vi.fn(),
      }
    })
    const html = doc('<p>part 1</p>', '<p>part 2</p>', '<p>part 3</p>')
    const pdf = await renderPdf(create, { html, suggestedName: 'r.pdf', headerText: 'h', footerText: 'f' }, 10_000, 2)
    expect(create).toHaveBeenCalledTimes(3)
    expect(most).toBe(2)
    expect(loaded.map((h) => /part (\d)/.exec(h)?.[1]).sort()).toEqual(['1', '2', '3'])
    for (const o of options) {
      expect(o).toMatchObject({ generateTaggedPDF: false, generateDocumentOutline: false })
      expect(o.footerTemplate).not.toContain('pageNumber')
    }
    const joined = await PDFDocument.load(pdf)
    expect(joined.getPages().map((p) => p.getWidth())).toEqual([501, 502, 502, 503, 503, 503])
    expect(lastDrawnText(joined.getPage(5))).toBe('6 / 6')
  })

  it('fails as a whole when one part cannot be printed', async () => {
    const create = (): PdfWindow => ({
      loadURL: async (url: string) => {
        if (Buffer.from(url.split(',')[1]!, 'base64').toString('utf8').includes('part 2')) throw new Error('crashed')
      },
      webContents: { printToPDF: async () => pdfOf(1, 500, 'x') },
      destroy: () => undefined,
    })
    const html = doc('<p>part 1</p>', '<p>part 2</p>', '<p>part 3</p>')
    await expect(renderPdf(create, { html, suggestedName: 'r.pdf', headerText: 'h', footerText: 'f' })).rejects.toThrow(
      'crashed',
    )
  })
})
