import { expect, test } from '@playwright/test'
import { openExample, registerNames, screenshot } from './fixtures'
import { openDashboard } from './checks.fixtures'

test('the example’s dashboard shows MyNumbers AB’s real problems, in figures, findings and charts', async ({
  page,
}) => {
  await openExample(page)
  await openDashboard(page)

  await expect(page.getByTestId('kf-activities-value')).toHaveText('8')
  expect(Number(await page.getByTestId('kf-findings-value').innerText())).toBeGreaterThan(10)
  const top = page.getByTestId('dashboard-findings')
  // The policy's weak spots, one of each kind first: a purpose without legal basis, personnummer without
  // justification, marketing on legitimate interests that its own LIA fails, a DPIA the screening requires, and
  // the transfer to the US "consented to" by creating an account.
  await expect(top).toContainText(
    '"Säkerställa att den som tecknar avtal har firmateckningsrätt" saknar rättslig grund',
  )
  await expect(top).toContainText('Personnummer behandlas utan dokumenterad motivering.')
  await expect(top).toContainText('intresseavvägningen underkänner behandlingen')
  await expect(top).toContainText('kräver en konsekvensbedömning, men registret hänvisar inte till någon')
  await expect(top).toContainText('Samtycke via kontoskapande, användarvillkor eller cookie-banner')

  // Every chart draws on a canvas and has its table for screen readers.
  for (const id of ['legal-basis', 'findings', 'breaches', 'requests', 'completeness']) {
    await expect(page.getByTestId(`chart-${id}`).locator('canvas')).toBeVisible()
    await expect(page.getByTestId(`chart-${id}-table`)).toBeAttached()
  }
  // The legal-basis table names the purposes without a basis (cookies and the signatory check).
  await page.getByTestId('chart-legal-basis-toggle').click()
  await expect(page.getByTestId('chart-legal-basis-table')).toBeVisible()
  await expect(page.getByTestId('chart-legal-basis-table').getByRole('row', { name: /Saknas/ })).toContainText('2')
  await page.getByTestId('chart-legal-basis-toggle').click()
  await screenshot(page, 'dashboard-light')

  await page.getByTestId('toggle-theme').click()
  await expect(page.locator('.v-theme--dark').first()).toBeVisible()
  await screenshot(page, 'dashboard-dark')
  await page.getByTestId('lang-en').click()
  await expect(page.getByTestId('dashboard-title')).toHaveText('Overview')
  await expect(page.getByTestId('chart-findings')).toContainText('Open findings by area and severity')
  await screenshot(page, 'dashboard-dark-en')
})

test('the start page is the dashboard, and its charts link to the lists they summarise', async ({ page }) => {
  await openExample(page)
  await page.goto('./#/')
  await expect(page).toHaveURL(/#\/dashboard$/)
  await page.getByTestId('chart-findings-link').click()
  await expect(page).toHaveURL(/#\/checks/)
  await page.goBack()
  await page.getByTestId('chart-legal-basis-link').click()
  await expect(page.getByTestId('register-table')).toBeVisible()

  // Each row of a chart's table opens the list behind it: the activities with a purpose lacking a basis.
  await page.getByTestId('nav-dashboard').click()
  await page.getByTestId('chart-legal-basis-toggle').click()
  await page.getByTestId('chart-legal-basis-table').getByRole('link', { name: 'Saknas' }).click()
  expect(await registerNames(page)).toEqual([
    'Cookies och liknande tekniker på webbplats och i app',
    'Kontroll av firmateckningsrätt',
  ])
})
