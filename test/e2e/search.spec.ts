import { expect, test } from '@playwright/test'
import { openExample, screenshot } from './fixtures'

test('Ctrl+K searches every module and Enter opens the chosen record', async ({ page }) => {
  await openExample(page)
  await page.keyboard.press('Control+k')
  const dialog = page.getByTestId('global-search')
  await expect(dialog).toBeVisible()
  await expect(page.getByTestId('search-empty')).toContainText('Skriv för att söka')

  await page.getByTestId('global-search-input').locator('input').fill('marknad')
  const results = page.getByTestId('search-result')
  await expect(results.first()).toBeVisible()
  const n = await results.count()
  expect(n).toBeGreaterThanOrEqual(2)
  // Arrow keys move the selection, wrapping around.
  await page.keyboard.press('ArrowDown')
  await expect(results.nth(1)).toHaveAttribute('data-active', 'true')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(results.nth(n - 1)).toHaveAttribute('data-active', 'true')
  await screenshot(page, 'search-dialog')

  await page.getByTestId('global-search-input').locator('input').fill('bokforing arkivering')
  await expect(results).toHaveCount(1)
  await expect(results.first()).toContainText('Bokföring och arkivering av räkenskapsinformation')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/#\/register\/6d1f0c3a-0002-4000-8000-000000000002$/)
  await expect(page.getByTestId('detail-title')).toHaveText('Bokföring och arkivering av räkenskapsinformation')
})

test('the app bar button opens the search, which finds vendors and transfers too', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('global-search-open').click()
  await page.getByTestId('global-search-input').locator('input').fill('usa')
  const results = page.getByTestId('search-result')
  await expect(results.first()).toBeVisible()
  await expect(page.getByTestId('global-search')).toContainText('Tredjelandsöverföring')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('global-search')).toBeHidden()
  await page.getByTestId('global-search-open').click()
  await page.getByTestId('global-search-input').locator('input').fill('ingen sådan post')
  await expect(page.getByTestId('search-empty')).toHaveText('Inga träffar.')
})
