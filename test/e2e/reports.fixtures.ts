/**
 * Helpers for the reports suite: printing a page to PDF as the app's PDF path does (A4, header, page numbers),
 * reading a PDF back with poppler's pdftotext, and page images with pdftoppm for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { SCREENSHOT_DIR } from './fixtures'

/** The first screenful of a page (a report's full-page screenshot is too tall to read). */
export async function topScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-top.png`) })
}

/** Opens a report's print preview and waits for the document. */
export async function openPreview(page: Page, kind: string, id = ''): Promise<void> {
  await page.goto(`./#/reports/preview/${kind}${id ? `/${id}` : ''}`)
  await expect(page.getByTestId('report-document')).toBeVisible()
}

const TEMPLATE = 'font-size:8px;width:100%;padding:0 12mm;font-family:sans-serif;color:#555;display:flex'

/** The preview page as an A4 PDF with the same header and footer templates as Electron's printToPDF. */
export async function printPreview(page: Page, path: string, header: string): Promise<void> {
  await page.pdf({
    path,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE}"><span>${header}</span></div>`,
    footerTemplate: `<div style="${TEMPLATE};justify-content:flex-end"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    margin: { top: '15mm', bottom: '15mm', left: '10mm', right: '10mm' },
    outline: true,
    tagged: true,
  })
}

/** The PDF's text, in content-stream order so table cells are not interleaved, with whitespace collapsed. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** Number of pages of a PDF. */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
}

/** Page images at 50 dpi in the screenshot folder, named `<name>-page-N.png`; returns the file names. */
export function pageImages(path: string, name: string, lastPage = 99): string[] {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const prefix = join(SCREENSHOT_DIR, `${name}-page`)
  const mine = (f: string) => f.startsWith(`${name}-page-`) && f.endsWith('.png')
  for (const old of readdirSync(SCREENSHOT_DIR).filter(mine)) rmSync(join(SCREENSHOT_DIR, old))
  execFileSync('pdftoppm', ['-png', '-r', '50', '-l', String(lastPage), path, prefix])
  // pdftoppm pads page numbers to the page count's width; rename to plain numbers for a stable listing.
  const made = readdirSync(SCREENSHOT_DIR).filter(mine)
  return made.map((f) => {
    const n = Number(/-page-(\d+)\.png$/.exec(f)?.[1])
    const target = `${name}-page-${n}.png`
    if (f !== target) renameSync(join(SCREENSHOT_DIR, f), join(SCREENSHOT_DIR, target))
    return target
  })
}
