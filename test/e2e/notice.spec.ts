import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openExample, screenshot } from './fixtures'

const PDF_DIR = 'test-results/notice'
const NOTICE_TITLE = { sv: 'Integritetspolicy för', en: 'Privacy notice of' } as const

/** Prints the bare notice view to PDF with Chromium and reads the text back with pdftotext. */
async function noticePdfText(page: Page, lang: 'sv' | 'en'): Promise<string> {
  await page.goto(`./#/notice/print?lang=${lang}`)
  // The notice view shows the same document: print only once the bare print view shows it in `lang`.
  await expect(page.getByTestId('org-name')).toBeHidden()
  await expect(page.getByTestId('notice-document').locator('h1')).toContainText(NOTICE_TITLE[lang])
  mkdirSync(PDF_DIR, { recursive: true })
  const path = `${PDF_DIR}/notice-${lang}.pdf`
  await page.pdf({ path, format: 'A4', printBackground: true })
  // Lines wrap differently in print; compare with white space collapsed.
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

test('generates the notice from the register, in Swedish and English, as a view, a PDF and Markdown', async ({
  page,
}) => {
  await openExample(page)
  await page.getByTestId('nav-notice').click()
  const doc = page.getByTestId('notice-document')
  await expect(doc.locator('h1')).toHaveText('Integritetspolicy för MyNumbers AB')
  // The right to object comes straight after the summary, on its own (Art 21(4)).
  await expect(page.getByTestId('notice-section-objection')).toContainText('Du har alltid rätt att invända')
  await expect(page.getByTestId('notice-gap').first()).toBeVisible()
  await expect(page.getByTestId('notice-gaps')).toContainText('Inget dataskyddsombud är angivet.')
  await screenshot(page, 'notice-generated')

  const download = page.waitForEvent('download')
  await page.getByTestId('notice-markdown').click()
  const md = readFileSync(await (await download).path(), 'utf8')
  expect(md.startsWith('# Integritetspolicy för MyNumbers AB\n')).toBe(true)
  expect(md).toContain('## Din rätt att invända')

  await page.getByTestId('notice-lang-en').click()
  await expect(doc.locator('h1')).toHaveText('Privacy notice of MyNumbers AB')

  const sv = await noticePdfText(page, 'sv')
  expect(sv).toContain('Integritetspolicy för MyNumbers AB')
  expect(sv).toContain('Din rätt att invända')
  expect(sv).toContain('till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades')
  expect(sv).toContain('så länge vår relation med dig består och därefter i 12 månader')
  expect(sv).toContain('Integritetsskyddsmyndigheten')
  expect(sv).toContain('Box 8114')
  await screenshot(page, 'notice-print')
  const en = await noticePdfText(page, 'en')
  expect(en).toContain('Privacy notice of MyNumbers AB')
  expect(en).toContain('Your right to object')
  expect(en).toContain('for as long as our relationship with you lasts and then for 12 months')
})

test('checks the example’s published policy on first open, and jumps from a finding to the register', async ({
  page,
}) => {
  await openExample(page)
  await page.getByTestId('nav-notice').click()
  await page.getByTestId('notice-tab-check').click()
  await expect(page.getByTestId('published-source')).toContainText('mynumbers-integritetspolicy.txt')

  // The policy's real gaps.
  const finding = (code: string) => page.locator(`[data-testid="finding"][data-code="${code}"]`).first()
  for (const code of [
    'notice/outdated-authority',
    'notice/transfer-consent-by-account',
    'notice/annex-missing',
    'notice/element-dpo-contact',
    'notice/implied-consent',
  ]) {
    await expect(finding(code), code).toBeVisible()
  }
  await expect(page.getByTestId('coverage-dpo_contact')).toHaveAttribute('data-status', 'missing')
  await expect(page.getByTestId('coverage-objection')).toHaveAttribute('data-status', 'covered')

  // Selecting a finding highlights its passages in the published text.
  await finding('notice/outdated-authority').click()
  const selected = page.getByTestId('published-text').locator('[data-selected]')
  await expect(selected.first()).toHaveText(/datainspektionen/i)
  expect(await selected.count()).toBeGreaterThanOrEqual(5)
  await screenshot(page, 'notice-check')

  await finding('notice/transfer-consent-by-account').click()
  await expect(selected.first()).toContainText('MyNumbers-konto samtycker')
  await expect(page.locator('[data-testid^="notice-section-"][data-highlighted]').first()).toBeVisible()
  await screenshot(page, 'notice-check-transfer')

  // A finding about the register opens the record it is about.
  const basis = finding('notice/basis-missing-in-register')
  await basis.getByTestId('finding-record-link').filter({ hasText: 'Kontroll av firmateckningsrätt' }).click()
  await expect(page).toHaveURL(/#\/register\/6d1f0c3a-0006-4000-8000-000000000006$/)
  await expect(page.getByTestId('detail-title')).toHaveText('Kontroll av firmateckningsrätt')
})

test('loads a published notice by pasting text and by opening an HTML file, never running its markup', async ({
  page,
}) => {
  await openExample(page)
  await page.goto('./#/notice/check')
  await expect(page.getByTestId('published-source')).toBeVisible()

  await page.getByTestId('notice-paste').click()
  await page
    .getByTestId('notice-paste-text')
    .locator('textarea')
    .first()
    .fill('Integritetspolicy\nMyNumbers AB, support@mynumbers.com.\n\nKlagomål lämnas till Datainspektionen.')
  await page.getByTestId('notice-paste-save').click()
  await expect(page.getByTestId('published-source')).toContainText('Inklistrad text')
  await expect(page.locator('[data-code="notice/outdated-authority"]')).toBeVisible()
  await expect(page.getByTestId('coverage-rights')).toHaveAttribute('data-status', 'missing')

  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('notice-open').click()
  const html =
    '<html><head><title>x</title></head><body><h1>Integritetspolicy</h1>' +
    '<p>Klagomål till Integritetsskyddsmyndigheten &amp; <b>IMY</b>.</p>' +
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></body></html>'
  await (await chooser).setFiles({ name: 'policy.html', mimeType: 'text/html', buffer: Buffer.from(html) })
  await expect(page.getByTestId('published-source')).toContainText('policy.html')
  const text = page.getByTestId('published-text')
  await expect(text).toContainText('Klagomål till Integritetsskyddsmyndigheten & IMY.')
  await expect(text).not.toContainText('<script>')
  await expect(page.getByTestId('coverage-complaint')).toHaveAttribute('data-status', 'covered')
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await screenshot(page, 'notice-check-html')
})
