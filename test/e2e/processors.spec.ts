import { expect, test, type Page } from '@playwright/test'
import { openExample, screenshot } from './fixtures'

/** A tiny but valid one-page PDF, built here so the test needs no fixture file. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** Sets the status of one clause row by clicking its button. */
async function setClause(page: Page, key: string, status: 'present' | 'partial' | 'missing' | 'not_applicable') {
  await page.locator(`[data-testid="clause-row"][data-key="${key}"]`).getByTestId(`status-${status}`).click()
}

test('the agreements list shows statuses and the reminders due', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('nav-agreements').click()
  await expect(page.getByTestId('agreement-title')).toHaveCount(3)
  const reminders = page.getByTestId('reminder')
  await expect(reminders.filter({ hasText: 'Personuppgiftsbiträdesavtal IT-support går ut' })).toHaveCount(1)
  await expect(page.locator('[data-testid="reminder"][data-kind="review_due"]')).toHaveCount(1)
  await expect(page.locator('[data-testid="reminder"][data-kind="objection_deadline"]')).toContainText('SupportDesk')
  await screenshot(page, 'processors-list')
})

test('review an agreement clause by clause with its signed PDF, sign off, reload and see the versions', async ({
  page,
}) => {
  await openExample(page)
  await page.getByTestId('nav-agreements').click()
  await page.getByTestId('agreement-title').filter({ hasText: 'Personuppgiftsbiträdesavtal IT-support' }).click()
  await expect(page.getByTestId('detail-title')).toHaveText('Personuppgiftsbiträdesavtal IT-support')
  // The latest signed version is open, read-only.
  await expect(page.getByTestId('viewing-version')).toBeVisible()
  await expect(page.getByTestId('outcome-panel')).toContainText('Godtagbart med anmärkningar')

  // Attach the signed PDF: name, size and SHA-256 are shown.
  const pdf = tinyPdf()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('attach-document').click()
  await (await chooser).setFiles({ name: 'pub-avtal-nordlys.pdf', mimeType: 'application/pdf', buffer: pdf })
  await expect(page.getByTestId('document-name')).toHaveText('pub-avtal-nordlys.pdf')
  await expect(page.getByTestId('document-size')).toContainText(`${pdf.byteLength} B`)
  await expect(page.getByTestId('document-sha')).toHaveText(/^[0-9a-f]{64}$/)
  const sha = await page.getByTestId('document-sha').innerText()

  // A new review starts from the last signed one; mark (h2) missing and (e) partial, by mouse and keyboard.
  await page.getByTestId('start-review').click()
  await setClause(page, 'h2', 'missing')
  await page
    .locator('[data-testid="clause-row"][data-key="h2"]')
    .getByTestId('clause-comment')
    .locator('textarea')
    .fill('Ingen varningsplikt.')
  const eRow = page.locator('[data-testid="clause-row"][data-key="e"]')
  await eRow.getByTestId('status-present').focus()
  await page.keyboard.press('ArrowRight')
  await expect(eRow.getByTestId('status-partial')).toHaveAttribute('aria-checked', 'true')
  await eRow.getByTestId('clause-ref').locator('input').fill('§ 7.1')
  await setClause(page, 'liability', 'present')
  await page.getByTestId('toggle-guidance').click()
  // The outcome follows as the clauses are filled in, with the reasons listed.
  await expect(page.getByTestId('outcome-panel')).toContainText('Ej godtagbart')
  const reasons = page.getByTestId('outcome-reason')
  await expect(reasons.filter({ hasText: 'Varning vid felaktig instruktion (Art 28(3) andra stycket' })).toHaveCount(1)
  await expect(reasons.filter({ hasText: 'Art 28(3)(e)) är bara delvis uppfyllt' })).toHaveCount(1)
  await screenshot(page, 'processors-review')

  await page.getByTestId('complete-review').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('Ej godtagbart')
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('snackbar')).toContainText('signerades')

  await page.reload()
  await expect(page.getByTestId('detail-title')).toHaveText('Personuppgiftsbiträdesavtal IT-support')
  await expect(page.getByTestId('history-version')).toHaveCount(2)
  await expect(page.getByTestId('outcome-panel')).toContainText('Ej godtagbart')
  await expect(page.getByTestId('viewing-version')).toContainText(sha)
  await expect(page.getByTestId('document-sha')).toHaveText(sha)
  // The new version is read-only: no status buttons but the chosen one.
  const h2 = page.locator('[data-testid="clause-row"][data-key="h2"]')
  await expect(h2.getByRole('radio')).toHaveCount(1)
  await expect(h2).toContainText('Ingen varningsplikt.')
  await screenshot(page, 'processors-detail')

  // The earlier review is still readable as it was signed.
  await page.getByTestId('history-version').nth(1).click()
  await expect(page.getByTestId('outcome-panel')).toContainText('Godtagbart med anmärkningar')
  await expect(page.locator('[data-testid="clause-row"][data-key="h2"]').getByRole('radio')).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await expect(page.locator('[data-testid="clause-row"][data-key="h2"]')).toContainText('Finns')
  await screenshot(page, 'processors-earlier-version')

  // Opening the document hands the same bytes back (a download in the browser).
  const download = page.waitForEvent('download')
  await page.getByTestId('open-document').click()
  expect((await download).suggestedFilename()).toBe('pub-avtal-nordlys.pdf')

  // Every step is in the audit log.
  await page.getByTestId('nav-audit').click()
  await expect(page.getByTestId('audit-table')).toContainText('Signerad')
})

test('a file that is not a PDF, or is over the size limit, is refused with a clear message', async ({ page }) => {
  // Handing a 20 MB file to the file chooser takes a while on a busy machine.
  test.setTimeout(120_000)
  await openExample(page)
  await page.getByTestId('nav-agreements').click()
  await page.getByTestId('agreement-title').filter({ hasText: 'PUB-avtal analystjänster' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('attach-document').click()
  await (
    await chooser
  ).setFiles({ name: 'avtal.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html></html>') })
  await expect(page.getByTestId('snackbar')).toContainText('ingen PDF')
  await expect(page.getByTestId('document-name')).toHaveCount(0)

  // Over the 20 MB limit: refused before it is read, with the limit in the message.
  const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)
  big.write('%PDF-1.4\n')
  const again = page.waitForEvent('filechooser')
  await page.getByTestId('attach-document').click()
  await (await again).setFiles({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: big })
  await expect(page.getByTestId('snackbar')).toContainText('högst 20 MB')
  await expect(page.getByTestId('document-name')).toHaveCount(0)
})
