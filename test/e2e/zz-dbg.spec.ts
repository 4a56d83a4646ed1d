import { expect, test } from '@playwright/test'
test('dbg', async ({ page }) => {
  page.on('response', (r) => { if (r.url().includes('DashboardView') || r.url().endsWith('.html') || r.url().includes('/index-')) console.log('RESP', r.url(), r.status()) })
  await page.goto('http://127.0.0.1:4173/')
  await page.getByTestId('open-example').click()
  await expect(page.getByTestId('register-table')).toBeVisible()
  await page.getByTestId('nav-dashboard').click()
  await expect(page.getByTestId('chart-completeness')).toBeVisible()
})
