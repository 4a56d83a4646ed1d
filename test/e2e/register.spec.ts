import { expect, test } from '@playwright/test'
import { EXAMPLE_ACTIVITY_NAMES, openExample, registerNames, screenshot } from './fixtures'

test('first run offers the example, which lists MyNumbers AB’s activities', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('open-example')).toBeVisible()
  await expect(page.getByTestId('start-empty')).toBeVisible()
  await screenshot(page, '01-first-run')

  await page.getByTestId('open-example').click()
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)
  await expect(page.getByTestId('org-name')).toHaveText('MyNumbers AB')
  await screenshot(page, '02-register-list')
})

test('starting empty shows the empty register', async ({ page }) => {
  await page.goto('./')
  await page.getByTestId('start-empty').click()
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await screenshot(page, '03-register-empty')
})

test('a new activity shows what is missing, saves once fixed, and survives a reload', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('new-activity').click()
  await page.getByTestId('field-status').click()
  await page.getByRole('option', { name: 'Aktiv' }).click()
  await page.getByTestId('save').click()

  // Nothing is saved while required fields are empty, and each says why.
  await expect(page.getByTestId('snackbar')).toContainText('4 fält behöver fyllas i')
  await expect(page.getByTestId('field-name')).toContainText('Obligatoriskt fält.')
  await expect(page.getByTestId('error-purposes')).toContainText('Krävs för en aktiv behandling')
  await screenshot(page, '04-activity-validation')

  await page.getByTestId('field-name').locator('input').fill('Personaladministration')
  await page.getByTestId('add-purpose').click()
  await page.getByTestId('purpose-description').locator('input').fill('Löneutbetalning')
  await page.getByTestId('purpose-basis').click()
  await page.getByRole('option', { name: 'b) Avtal' }).click()
  await page.getByTestId('field-subjects').locator('input').fill('Anställda')
  await page.getByTestId('field-subjects').locator('input').press('Enter')
  await page.getByTestId('field-datacategories').locator('input').fill('Lön')
  await page.getByTestId('field-datacategories').locator('input').press('Enter')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('snackbar')).toContainText('Sparat')
  await expect(page).toHaveURL(/#\/register\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('missing-field').first()).toBeVisible()
  await screenshot(page, '05-activity-detail')

  await page.reload()
  await expect(page.getByTestId('detail-title')).toHaveText('Personaladministration')
  await page.goto('./#/register')
  expect(await registerNames(page)).toContain('Personaladministration')
})

test('search and filters narrow the register', async ({ page }) => {
  await openExample(page)
  // Words are AND-ed over name, purposes and categories ("bokföringsdata" is a data category elsewhere).
  await page.getByTestId('register-search').locator('input').fill('bokföring')
  expect(await registerNames(page)).toHaveLength(3)
  await page.getByTestId('register-search').locator('input').fill('bokföring arkivering')
  expect(await registerNames(page)).toEqual(['Bokföring och arkivering av räkenskapsinformation'])
  await page.getByTestId('register-search').locator('input').fill('')
  await page.getByTestId('filter-basis').click()
  await page.getByRole('option', { name: 'f) Berättigat intresse' }).click()
  await page.keyboard.press('Escape')
  expect(await registerNames(page)).toEqual([
    'Hantering av klagomål och reklamationer',
    'Marknadsföring och nyhetsbrev',
    'Produktutveckling och analys',
  ])
})

test('delete asks first, is audited, and can be undone', async ({ page }) => {
  await openExample(page)
  await page.getByText('IT-support och drift').click()
  await page.getByTestId('delete').click()
  await expect(page.getByTestId('confirm-dialog')).toContainText('IT-support och drift')
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('snackbar')).toContainText('raderades')
  expect(await registerNames(page)).not.toContain('IT-support och drift')

  await page.getByTestId('snackbar').getByRole('button', { name: 'Ångra' }).click()
  await expect.poll(() => registerNames(page)).toContain('IT-support och drift')

  await page.getByTestId('nav-audit').click()
  await expect(page.getByTestId('audit-table')).toContainText('Raderad')
  await expect(page.getByTestId('audit-table')).toContainText('Återställd')
  await page.getByTestId('verify-chain').click()
  await expect(page.getByTestId('chain-verdict')).toContainText('Kedjan är obruten')
  await screenshot(page, '06-audit-log')
})

test('the language switches to English and back', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('lang-en').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record of processing activities (Art 30)')
  await expect(page.getByTestId('nav-settings')).toContainText('Settings')
  await screenshot(page, '07-register-english')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record of processing activities (Art 30)')
  await page.getByTestId('lang-sv').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registerförteckning (art. 30)')
})

test('dark theme', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('toggle-theme').click()
  await expect(page.locator('.v-theme--dark').first()).toBeVisible()
  await screenshot(page, '08-register-dark')
})
