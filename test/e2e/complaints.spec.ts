import { expect, test } from '@playwright/test'
import { openExample } from './fixtures'
import { shot } from './breaches.fixtures'

test('the example IMY case lists its questions and IMY’s letter, which opens', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('nav-complaints').click()
  await expect(page.getByTestId('complaint-title')).toHaveCount(2)
  await expect(page.getByTestId('complaint-filter-imy')).toHaveText('IMY-ärenden: 1')
  await shot(page, 'complaints-list')

  await page.getByText('Klagomål till IMY om nyhetsbrev trots invändning').click()
  await expect(page.getByTestId('field-case-no').locator('input')).toHaveValue(/^IMY-\d{4}-2231$/)
  await expect(page.getByTestId('case-document')).toContainText('Skrivelse från IMY.txt')
  await expect(page.getByTestId('complaint-reply-due')).toContainText('arbetsdagar kvar')
  await expect(page.getByTestId('timeline-entry')).toHaveCount(2)
  const download = page.waitForEvent('download')
  await page.getByTestId('document-open').click()
  expect((await download).suggestedFilename()).toBe('Skrivelse från IMY.txt')
})

test('a complaint with a document: attach, refuse a wrong file, open, note in the timeline', async ({ page }) => {
  await openExample(page)
  await page.goto('./#/complaints/new')
  await page.getByTestId('field-title').locator('input').fill('Klagomål på kvarstående nyhetsbrev')
  await expect(page.getByTestId('documents-card')).toContainText('Spara ärendet')
  await page.getByTestId('save').click()
  await expect(page).toHaveURL(/#\/complaints\/[0-9a-f-]{36}$/)

  // A file that is not a PDF/PNG/JPEG/text is refused before anything is stored.
  let chooser = page.waitForEvent('filechooser')
  await page.getByTestId('document-attach').click()
  await (
    await chooser
  ).setFiles({ name: 'svar.html', mimeType: 'text/html', buffer: Buffer.from('<script>x</script>') })
  await expect(page.getByTestId('snackbar')).toContainText('Bara PDF, PNG, JPEG och textfiler')
  await expect(page.getByTestId('case-document')).toHaveCount(0)

  // Our reply, sent and reviewed as a public record.
  await page.getByTestId('document-direction-sent').locator('input').check()
  await page.getByTestId('document-new-ack').locator('input').check()
  chooser = page.waitForEvent('filechooser')
  await page.getByTestId('document-attach').click()
  await (
    await chooser
  ).setFiles({
    name: 'Svar till klaganden.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% svar\n'),
  })
  await expect(page.getByTestId('case-document')).toContainText('Svar till klaganden.pdf')
  await expect(page.getByTestId('document-ack').locator('input')).toBeChecked()

  await page.getByTestId('timeline-text').locator('textarea').first().fill('Svar skickat till klaganden.')
  await page.getByTestId('timeline-add').click()
  await expect(page.getByTestId('timeline-entry')).toContainText(['Svar skickat till klaganden.'])
  await shot(page, 'complaints-detail')

  await page.reload()
  await expect(page.getByTestId('case-document')).toContainText('Svar till klaganden.pdf')
  const download = page.waitForEvent('download')
  await page.getByTestId('document-open').click()
  expect((await download).suggestedFilename()).toBe('Svar till klaganden.pdf')
})
