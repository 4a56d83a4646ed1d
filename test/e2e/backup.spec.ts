import { writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { EXAMPLE_ACTIVITY_NAMES, openExample, registerNames, screenshot } from './fixtures'

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('import-workspace').click()
  await (await chooser).setFiles(path)
}

async function addDraft(page: Page, name: string) {
  await page.getByTestId('new-activity').click()
  await page.getByTestId('field-name').locator('input').fill(name)
  await page.getByTestId('save').click()
  await expect(page.getByTestId('snackbar')).toContainText('Sparat')
  await page.goto('./#/register')
}

test('export, reset and import bring the same workspace back; a broken file changes nothing', async ({
  page,
}, testInfo) => {
  await openExample(page)
  await addDraft(page, 'Visselblåsarfunktion')
  const before = await registerNames(page)
  expect(before).toContain('Visselblåsarfunktion')

  await page.getByTestId('nav-settings').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-workspace').click()
  const file = testInfo.outputPath('workspace.json')
  await (await download).saveAs(file)
  await screenshot(page, '09-settings')

  await page.getByTestId('reset-example').click()
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('snackbar')).toContainText('Exempelarbetsytan är laddad')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)

  await page.getByTestId('nav-settings').click()
  await importFile(page, file)
  await expect(page.getByTestId('snackbar')).toContainText('Importerat: 9 behandlingar')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toEqual(before)

  const broken = testInfo.outputPath('broken.json')
  writeFileSync(broken, '{"format":"dpo-desk-workspace","formatVersion":2,"data":{"activities":[')
  await page.getByTestId('nav-settings').click()
  await importFile(page, broken)
  await expect(page.getByTestId('snackbar')).toContainText('Importen avbröts – ingenting har ändrats.')
  await expect(page.getByTestId('snackbar')).toContainText('inte giltig JSON')
  await screenshot(page, '10-import-error')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toEqual(before)
})

test('a file with an invalid legal basis is refused with the path of the problem', async ({ page }, testInfo) => {
  await openExample(page)
  await page.getByTestId('nav-settings').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-workspace').click()
  const file = testInfo.outputPath('workspace.json')
  await (await download).saveAs(file)

  const { readFileSync } = await import('node:fs')
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    data: { activities: { purposes: { legalBasis: string }[] }[] }
  }
  json.data.activities[3]!.purposes[0]!.legalBasis = 'g_because_we_can'
  const bad = testInfo.outputPath('bad.json')
  writeFileSync(bad, JSON.stringify(json))
  await importFile(page, bad)
  await expect(page.getByTestId('snackbar-details')).toContainText('data.activities[3].purposes[0].legalBasis')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)
})

test('automatic backups appear after a change and can be restored', async ({ page }) => {
  await openExample(page)
  await addDraft(page, 'Kamerabevakning')
  // The backup is written a few seconds after the change; the list is read when the settings page opens.
  await expect
    .poll(
      async () => {
        await page.getByTestId('nav-register').click()
        await page.getByTestId('nav-settings').click()
        return page.getByTestId('backup-list').locator('tr').count()
      },
      { timeout: 20_000, intervals: [1000] },
    )
    .toBeGreaterThan(0)
  await page.getByTestId('backup-list').getByRole('button', { name: 'Återställ' }).first().click()
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('snackbar')).toContainText('Arbetsytan återställdes')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toContain('Kamerabevakning')
})
