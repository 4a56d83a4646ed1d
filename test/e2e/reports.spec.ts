import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { unzipSync, zipSync } from 'fflate'
import { EXAMPLE_ACTIVITY_NAMES, openExample, registerNames, screenshot } from './fixtures'
import { openPreview, pageImages, pdfPages, pdfText, printPreview, topScreenshot } from './reports.fixtures'

/** How the Swedish report names each Art 6(1) basis (and a purpose without one). */
const BASIS_LABELS: Record<string, string> = {
  a_consent: 'Art. 6.1 a – Samtycke',
  b_contract: 'Art. 6.1 b – Avtal',
  c_legal_obligation: 'Art. 6.1 c – Rättslig förpliktelse',
  d_vital_interests: 'Art. 6.1 d – Grundläggande intresse',
  e_public_task: 'Art. 6.1 e – Allmänt intresse / myndighetsutövning',
  f_legitimate_interests: 'Art. 6.1 f – Berättigat intresse',
  none: 'Rättslig grund saknas',
}

/** Each activity's name and the legal bases of its purposes, read from the app's own database. */
async function storedActivities(page: Page): Promise<{ name: string; bases: string[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dpo-desk')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const get = open.result.transaction('activities').objectStore('activities').getAll()
          get.onsuccess = () => {
            const rows = get.result as { name: string; purposes: { legalBasis: string | null }[] }[]
            resolve(rows.map((a) => ({ name: a.name, bases: a.purposes.map((p) => p.legalBasis ?? 'none') })))
          }
        }
      }),
  )
}

async function openReports(page: Page, tab: 'reports' | 'export' | 'import' | 'pack') {
  await page.getByTestId('nav-reports').click()
  await page.getByTestId(`tab-${tab}`).click()
}

async function pickFile(page: Page, button: string, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId(button).click()
  await (await chooser).setFiles(path)
}

test('the register PDF of the example holds every activity with its legal bases', async ({ page }, testInfo) => {
  await openExample(page)
  await openPreview(page, 'register')
  await expect(page.getByTestId('report-title')).toHaveText('Registerförteckning')
  await screenshot(page, 'reports-preview-register')
  await topScreenshot(page, 'reports-preview-register')
  const pdf = testInfo.outputPath('registerforteckning.pdf')
  await printPreview(page, pdf, 'MyNumbers AB – Registerförteckning')

  const text = pdfText(pdf)
  expect(text).toContain('MyNumbers AB')
  expect(text).toContain('559138-5959')
  expect(text).toMatch(/Revisionslogg \d+ post(er)?, senaste hash [0-9a-f]{64}/)
  const headings = EXAMPLE_ACTIVITY_NAMES.map((name) => {
    const at = text.lastIndexOf(name)
    expect(at, name).toBeGreaterThan(-1)
    return { name, at }
  }).sort((a, b) => a.at - b.at)
  // Each activity's entry (from its heading to the next) names the legal basis of each of its purposes, and has
  // every Art 30(1)(b)–(g) point.
  const activities = await storedActivities(page)
  expect(activities.map((a) => a.name).sort()).toEqual([...EXAMPLE_ACTIVITY_NAMES].sort())
  for (const { name, bases } of activities) {
    const i = headings.findIndex((h) => h.name === name)
    const section = text.slice(headings[i]!.at, headings[i + 1]?.at ?? text.length)
    for (const basis of bases) expect(section, `${name}: ${basis}`).toContain(BASIS_LABELS[basis])
    for (const point of ['b', 'c', 'd', 'e', 'f', 'g']) expect(section, `${name}: ${point}`).toContain(`(${point}):`)
  }
  // Cover, overview, then the entries one after the other (no longer a page each).
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3)
  expect(pageImages(pdf, 'reports-register').length).toBe(pdfPages(pdf))
})

test('every report has a preview, an English version and a PDF', async ({ page }, testInfo) => {
  await openExample(page)
  for (const kind of ['lias', 'agreement_reviews', 'breach_log', 'request_log', 'transfers', 'findings']) {
    await openPreview(page, kind)
    await screenshot(page, `reports-preview-${kind}`)
    await topScreenshot(page, `reports-preview-${kind}`)
    const pdf = testInfo.outputPath(`${kind}.pdf`)
    await printPreview(page, pdf, 'MyNumbers AB')
    expect(pdfText(pdf)).toContain('MyNumbers AB')
    pageImages(pdf, `reports-${kind}`, 3)
  }
  await page.goto('./#/reports')
  await expect(page.getByTestId('report-list')).toBeVisible()
  await screenshot(page, 'reports-list')
  await page.goto('./#/reports/preview/register?lang=en')
  await expect(page.getByTestId('report-title')).toHaveText('Record of processing activities')
  await expect(page.getByTestId('report-document')).toContainText('Art 6(1)(b) – Contract')
  await screenshot(page, 'reports-preview-register-en')

  await page.goto('./#/register')
  await page.getByTestId('activity-name').filter({ hasText: 'Marknadsföring och nyhetsbrev' }).click()
  await page.getByTestId('activity-report-open').click()
  await expect(page.getByTestId('report-document')).toContainText('Marknadsföring och nyhetsbrev')
  await screenshot(page, 'reports-preview-activity')
  await topScreenshot(page, 'reports-preview-activity')
})

test('an inspection pack verifies, and a tampered file is named', async ({ page }, testInfo) => {
  await openExample(page)
  await openReports(page, 'pack')
  const download = page.waitForEvent('download')
  await page.getByTestId('pack-build').click()
  const zip = testInfo.outputPath('tillsynspaket.zip')
  await (await download).saveAs(zip)
  const files = unzipSync(new Uint8Array(readFileSync(zip)))
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    files: { name: string }[]
    reports: { format: string }
  }
  expect(manifest.files.map((f) => f.name)).toContain('02-registerforteckning.xlsx')
  expect(manifest.reports.format).toBe('html')

  await pickFile(page, 'pack-verify', zip)
  await expect(page.getByTestId('pack-verdict')).toContainText('Alla filer stämmer med manifestet.')
  await expect(page.getByTestId('pack-audit')).toContainText('del av den här arbetsytans logg')
  await screenshot(page, 'reports-pack-verified')

  const text = new TextDecoder().decode(files['05-incidentlogg.html'])
  files['05-incidentlogg.html'] = new TextEncoder().encode(text.replace('Incidentlogg', 'Incidentlogg (redigerad)'))
  const tampered = testInfo.outputPath('tillsynspaket-andrat.zip')
  writeFileSync(tampered, zipSync(files))
  await pickFile(page, 'pack-verify', tampered)
  await expect(page.getByTestId('pack-verdict')).toContainText('Avvikande filer: 05-incidentlogg.html.')
  await expect(page.getByTestId('pack-file-changed')).toContainText('05-incidentlogg.html')
  await expect(page.getByTestId('pack-file-changed')).toContainText('Ändrad')
  await screenshot(page, 'reports-pack-tampered')
})

test('an ICO register is recognised, imported all at once after a backup, and undone in one click', async ({
  page,
}) => {
  await openExample(page)
  await openReports(page, 'import')
  await expect(page.getByTestId('report-list')).toBeHidden()
  await screenshot(page, 'reports-import-empty')
  await pickFile(page, 'import-choose', 'test/fixtures/import/zip-bomb.xlsx')
  await expect(page.getByTestId('snackbar')).toContainText('zip-bomb', { timeout: 20_000 })
  await page.getByTestId('snackbar').getByRole('button').last().click()

  await pickFile(page, 'import-choose', 'test/fixtures/import/ico-controller-template.xlsx')
  // The first workbook loads the spreadsheet library: allow it the time a busy machine needs.
  await expect(page.getByTestId('import-template')).toContainText('ICO:s mall för personuppgiftsansvariga', {
    timeout: 20_000,
  })
  await expect(page.getByTestId('import-summary')).toHaveText('3 rader: 0 med fel, 0 med varningar.')
  await expect(page.getByTestId('import-notice').first()).toBeVisible()
  await screenshot(page, 'reports-import-ico')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('3 behandlingar importerades')
  await screenshot(page, 'reports-import-done')

  await page.getByTestId('nav-register').click()
  const names = await registerNames(page)
  expect(names).toEqual(
    expect.arrayContaining([...EXAMPLE_ACTIVITY_NAMES, 'Payroll', 'Newsletter', 'Handling complaints']),
  )

  await openReports(page, 'import')
  await page.getByTestId('import-undo').click()
  await expect(page.getByTestId('snackbar')).toContainText('Importen ångrades')
  await page.getByTestId('nav-register').click()
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)
})

test('the register exported to XLSX and CSV imports back as the same activities', async ({ page }, testInfo) => {
  await openExample(page)
  await openReports(page, 'export')
  await expect(page.getByTestId('report-list')).toBeHidden()
  await screenshot(page, 'reports-export')
  for (const m of [
    'vendors',
    'agreements',
    'transfers',
    'lias',
    'dpiaScreenings',
    'breaches',
    'requests',
    'complaints',
  ]) {
    await page.getByTestId(`export-module-${m}`).locator('input').uncheck()
  }
  const download = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  const xlsx = testInfo.outputPath('register.xlsx')
  await (await download).saveAs(xlsx)

  await page.getByTestId('format-csv').locator('input').check()
  const csvDownload = page.waitForEvent('download')
  await page.getByTestId('export-run').click()
  const csv = testInfo.outputPath('register.csv')
  await (await csvDownload).saveAs(csv)
  const csvText = readFileSync(csv, 'utf8')
  expect(csvText.startsWith('\uFEFF"Behandling";"Beskrivning"')).toBe(true)

  for (const file of [xlsx, csv]) {
    await openReports(page, 'import')
    await pickFile(page, 'import-choose', file)
    await expect(page.getByTestId('import-template')).toContainText('DPO Desk-export', { timeout: 20_000 })
    await expect(page.getByTestId('import-summary')).toHaveText('8 rader: 0 med fel, 0 med varningar.')
    await page.getByTestId('import-cancel').click()
  }
})
