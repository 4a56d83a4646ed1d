import { expect, test } from '@playwright/test'
import { openExample, screenshot } from './fixtures'

test('vendors list and a vendor page show agreement and transfer status', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('nav-vendors').click()
  await expect(page.getByTestId('vendor-name')).toHaveCount(5)
  await screenshot(page, 'vendors-list')

  await page.getByTestId('vendor-name').filter({ hasText: 'Stratus Hosting Inc.' }).click()
  await expect(page.getByTestId('detail-title')).toHaveText('Stratus Hosting Inc.')
  await expect(page.getByTestId('vendor-status')).toContainText('Ej godtagbart')
  await expect(page.getByTestId('vendor-status')).toContainText('Överföring flaggad')
  await expect(page.getByTestId('vendor-agreements')).toContainText('Data Processing Addendum')
  await expect(page.getByTestId('vendor-transfers')).toContainText('Drift och lagring i USA')
  await screenshot(page, 'vendors-detail')
})

test('the activity panel links a recipient to a vendor, and the vendor page lists the activity', async ({ page }) => {
  await openExample(page)
  await page.getByText('IT-support och drift').click()
  const panel = page.getByTestId('activity-vendors-panel')
  await expect(panel).toBeVisible()
  const recipient = panel.getByTestId('panel-recipient').filter({ hasText: 'IT-leverantörer' })
  await expect(recipient).toBeVisible()
  // The example may already link this recipient (see the report to the lead): unlink it first, then link it again.
  if ((await recipient.getByTestId('unlink-vendor').count()) > 0) {
    await recipient.getByTestId('unlink-vendor').click()
    await expect(page.getByTestId('snackbar')).toContainText('Kopplingen togs bort')
  }
  await recipient.getByTestId('link-vendor-select').click()
  await page.getByRole('option', { name: 'Stratus Hosting Inc.' }).click()
  await recipient.getByTestId('link-vendor').click()
  await expect(page.getByTestId('snackbar')).toContainText('kopplades')
  await expect(recipient.getByTestId('panel-vendor')).toHaveText('Stratus Hosting Inc.')
  await expect(recipient.getByTestId('agreement-status')).toContainText('Ej godtagbart')
  await expect(recipient.getByTestId('transfer-status')).toHaveText('Överföring flaggad')
  await screenshot(page, 'vendors-activity-panel')

  await page.reload()
  await expect(recipient.getByTestId('panel-vendor')).toHaveText('Stratus Hosting Inc.')
  await recipient.getByTestId('panel-vendor').click()
  const used = page.getByTestId('vendor-activity').filter({ hasText: 'IT-support och drift' })
  await expect(used).toHaveCount(1)
  await expect(used).toContainText('IT-leverantörer')
})

test('a vendor still in use cannot be deleted', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('nav-vendors').click()
  await page.getByTestId('vendor-name').filter({ hasText: 'Nordlys Drift AB' }).click()
  await page.getByTestId('delete').click()
  await expect(page.getByTestId('snackbar')).toContainText('1 avtal')
  await expect(page.getByTestId('confirm-dialog')).toHaveCount(0)
})

test('every new view is fully translated, in Swedish and in English', async ({ page }) => {
  await openExample(page)
  const views = [
    './#/vendors',
    './#/vendors/6d1f0c3a-4001-4000-8000-000000000001',
    './#/vendors/new',
    './#/agreements',
    './#/agreements/6d1f0c3a-5001-4000-8000-000000000001',
    './#/agreements/new',
    './#/transfers',
    './#/transfers/6d1f0c3a-6001-4000-8000-000000000001',
    './#/transfers/new',
    './#/register/6d1f0c3a-0001-4000-8000-000000000001',
  ]
  for (const lang of ['sv', 'en']) {
    await page.getByTestId(`lang-${lang}`).click()
    for (const url of views) {
      await page.goto(url)
      await expect(page.getByTestId('detail-title').or(page.getByRole('heading', { level: 1 }))).toBeVisible()
      // vue-i18n shows the key itself when a message is missing.
      const text = await page.locator('main').innerText()
      expect(text, `${lang} ${url}`).not.toMatch(/\b(vendors|processors|transfers|register)\.[a-zA-Z_]+/)
    }
  }
})
