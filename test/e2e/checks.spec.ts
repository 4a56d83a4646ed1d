import { expect, test } from '@playwright/test'
import { openExample, screenshot } from './fixtures'
import { finding, isoDaysFromNow, openChecks } from './checks.fixtures'

const SIGNATORY = 'Kontroll av firmateckningsrätt'
const COOKIES = 'Cookies och liknande tekniker på webbplats och i app'
const DEVELOPMENT = 'Produktutveckling och analys'

test('the findings view groups the example’s findings by severity and module, and filters them', async ({ page }) => {
  await openExample(page)
  await openChecks(page)
  await expect(page.getByTestId('severity-group-high')).toBeVisible()
  await expect(page.getByTestId('severity-group-high').getByTestId('module-group-register')).toBeVisible()
  await expect(finding(page, 'register/dpo-contact-missing', 'MyNumbers AB')).toBeVisible()
  await expect(finding(page, 'register/retention-missing', COOKIES)).toBeVisible()
  await screenshot(page, 'checks-findings')

  await page.getByTestId('filter-module').click()
  await page.getByRole('option', { name: 'Tredjelandsöverföringar' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/module=transfers/)
  const codes = await page
    .getByTestId('finding')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-code')))
  expect(codes.length).toBeGreaterThan(0)
  expect(codes.every((c) => c?.startsWith('transfers/'))).toBe(true)
  await expect(page.getByTestId('finding').filter({ hasText: 'Samtycke via kontoskapande' })).toBeVisible()

  await page.getByTestId('checks-search').locator('input').fill('finns inget sådant')
  await expect(page.getByTestId('finding')).toHaveCount(0)
})

test('a finding opens the field to fix, and fixing it clears the finding', async ({ page }) => {
  await openExample(page)
  await openChecks(page)
  await finding(page, 'register/security-missing', DEVELOPMENT).getByTestId('finding-open').click()

  await expect(page).toHaveURL(/#\/register\/[0-9a-f-]{36}\?field=securityMeasures$/)
  const field = page.locator('[data-field="securityMeasures"]')
  await expect(field).toHaveAttribute('data-field-focus', '')
  await expect(field.locator('textarea').first()).toBeFocused()
  await expect(field).toBeInViewport()
  await screenshot(page, 'checks-field-focus')

  await field
    .locator('textarea')
    .first()
    .fill('Testmiljön använder pseudonymiserade kopior; behörighetsstyrning och loggning.')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('snackbar')).toContainText('Sparat')
  // The activity's own findings panel follows the save.
  await expect(page.getByTestId('activity-findings-panel')).not.toContainText('Säkerhetsåtgärderna är inte beskrivna')

  await openChecks(page)
  await expect(finding(page, 'register/security-missing', DEVELOPMENT)).toHaveCount(0)
  await expect(finding(page, 'register/security-missing', COOKIES)).toBeVisible()
})

test('a finding in a list opens the item: the purpose without a legal basis', async ({ page }) => {
  await openExample(page)
  await openChecks(page)
  await finding(page, 'register/purpose-without-basis', SIGNATORY).getByTestId('finding-open').click()
  await expect(page).toHaveURL(/\?field=purposes%5B0%5D\.legalBasis$|\?field=purposes\[0\]\.legalBasis$/)
  const basis = page.locator('[data-field="purposes[0].legalBasis"]')
  await expect(basis).toHaveAttribute('data-field-focus', '')
  await expect(basis.locator('input').first()).toBeFocused()
})

test('an accepted finding is hidden until its expiry, audited, and back once it has expired', async ({ page }) => {
  await openExample(page)
  await openChecks(page)
  const dpo = () => finding(page, 'register/dpo-contact-missing', 'MyNumbers AB')
  await dpo().getByTestId('finding-accept').click()

  // A reason is required.
  await page.getByTestId('accept-confirm').click()
  await expect(page.getByTestId('accept-dialog')).toContainText('Ange ett skäl.')
  await page.getByTestId('accept-reason').locator('textarea').first().fill('Dataskyddsombud utses i styrelsen i höst.')
  const expiresOn = isoDaysFromNow(2)
  await page.getByTestId('accept-expires').locator('input').fill(expiresOn)
  await screenshot(page, 'checks-accept-dialog')
  await page.getByTestId('accept-confirm').click()
  await expect(page.getByTestId('snackbar')).toContainText(`accepterad till och med ${expiresOn}`)
  await expect(dpo()).toHaveCount(0)

  await page.getByTestId('tab-accepted').click()
  await expect(page.getByTestId('accepted-list')).toContainText('Inget dataskyddsombud med kontaktuppgifter')
  await expect(page.getByTestId('acceptance-details')).toContainText('Dataskyddsombud utses i styrelsen i höst.')
  await screenshot(page, 'checks-accepted')

  await page.getByTestId('nav-audit').click()
  await expect(page.getByText('Inget dataskyddsombud med kontaktuppgifter').first()).toBeVisible()

  // Three days on, the acceptance has expired and the finding is open again.
  await page.clock.setFixedTime(new Date(Date.now() + 3 * 86_400_000))
  await page.reload()
  await openChecks(page)
  await expect(dpo()).toBeVisible({ timeout: 15_000 })
  await page.getByTestId('tab-accepted').click()
  await expect(page.getByTestId('acceptances-expired')).toContainText('Dataskyddsombud utses i styrelsen i höst.')
})

test('a revoked acceptance brings the finding back at once', async ({ page }) => {
  await openExample(page)
  await openChecks(page)
  const retention = () => finding(page, 'register/retention-missing', COOKIES)
  await retention().getByTestId('finding-accept').click()
  await page.getByTestId('accept-reason').locator('textarea').first().fill('Gallringsrutin tas fram.')
  await page.getByTestId('accept-confirm').click()
  await expect(retention()).toHaveCount(0)
  await page.getByTestId('tab-accepted').click()
  await page.getByTestId('finding-revoke').click()
  await expect(page.getByTestId('snackbar')).toContainText('återkallad')
  await page.getByTestId('tab-open').click()
  await expect(retention()).toBeVisible()
})

test('the register list counts each activity’s findings by severity', async ({ page }) => {
  await openExample(page)
  const row = page.getByTestId('register-table').getByRole('row').filter({ hasText: COOKIES })
  await expect(row.getByTestId('finding-count-high')).toBeVisible()
  expect(Number(await row.getByTestId('finding-count-high').innerText())).toBeGreaterThanOrEqual(2)
  await screenshot(page, 'checks-register-column')
})
