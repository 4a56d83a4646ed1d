import { expect, test } from '@playwright/test'
import { openExample } from './fixtures'
import { shot } from './breaches.fixtures'

// A fixed, ordinary Wednesday morning in Stockholm, so the example's clocks read the same on every run.
const START = new Date('2026-06-10T09:30:00+02:00')

test('the breach log counts down the open breach live, minute by minute', async ({ page }) => {
  await page.clock.install({ time: START })
  await openExample(page)
  await page.getByTestId('nav-breaches').click()
  await expect(page.getByTestId('breach-title')).toHaveCount(3)
  // The break-in found yesterday (aware 26 h before the example opened) is first, its clock running.
  await expect(page.getByTestId('breach-title').first()).toHaveText('Obehörig inloggning i supportens e-postkonto')
  await page.clock.pauseAt(new Date(START.getTime() + 60_000))
  const clock = page.getByTestId('breach-clock').first()
  await expect(clock).toHaveText(/45 h 59 min kvar/)
  await expect(page.getByTestId('breaches-open-count')).toHaveText('Öppna: 1')
  await shot(page, 'breaches-list')

  await page.clock.fastForward('10:00')
  await expect(clock).toHaveText(/45 h 49 min kvar/)

  await page.clock.resume()
  await page.getByTestId('breach-title').first().click()
  await expect(page.getByTestId('detail-title')).toHaveText('Obehörig inloggning i supportens e-postkonto')
  await expect(page.getByTestId('notification-card').getByTestId('breach-clock')).toHaveText(/45 h 4\d min kvar/)
  await expect(page.getByTestId('timeline-entry')).toHaveCount(3)
})

test('log a breach, watch its clock, record the notification and a supplement, print the IMY draft', async ({
  page,
}) => {
  await openExample(page)
  await page.getByTestId('nav-breaches').click()
  await page.getByTestId('new-breach').click()
  await page.getByTestId('field-title').locator('input').fill('Lönefil skickad till fel mottagare')
  await page
    .getByTestId('field-description')
    .locator('textarea')
    .first()
    .fill('Lönespecifikationer för mars skickades till en extern konsult.')
  await page.getByTestId('save').click()
  await expect(page.getByTestId('snackbar')).toContainText('Sparat')
  await expect(page).toHaveURL(/#\/breaches\/[0-9a-f-]{36}$/)
  // Aware "now" (prefilled): the 72 hours have just started.
  await expect(page.getByTestId('breach-clock').first()).toHaveText(/7[12] h \d+ min kvar/)
  await expect(page.getByTestId('breach-stage')).toHaveText('Bedöms')

  // Facts, severity and decision.
  await page.getByTestId('field-subject-groups').locator('input').fill('Anställda')
  await page.getByTestId('field-subject-groups').locator('input').press('Enter')
  await page.getByTestId('field-data-categories').locator('input').fill('Lön')
  await page.getByTestId('field-data-categories').locator('input').press('Enter')
  await page.getByTestId('field-approx-subjects').locator('input').fill('35')
  await page.getByTestId('field-approx-records').locator('input').fill('35')
  await page.getByTestId('enisa-start').click()
  await page.getByTestId('enisa-kinds').getByText('Ekonomiska (3)').click()
  await page.getByTestId('enisa-ei').click()
  await page.getByRole('option', { name: 'Maximal (1)' }).click()
  await expect(page.getByTestId('enisa-result')).toContainText('SE = DPC 3 × EI 1')
  await expect(page.getByTestId('breach-band')).toHaveText('Hög')
  await page.getByTestId('breach-facts').getByText('Fel mottagare').click()
  await page.getByTestId('breach-facts').getByText('E-post', { exact: true }).click()
  await expect(page.getByTestId('similar-cases')).toContainText('Fall 15')
  await page.getByTestId('enisa-apply').click()
  await expect(page.getByTestId('imy-decision-notify').locator('input')).toBeChecked()
  await page.getByTestId('save').click()
  await expect(page.getByTestId('breach-stage')).toHaveText('Ska anmälas')

  // The notification: phased, with IMY's case number.
  await page.getByTestId('record-notification').click()
  await page.getByTestId('notify-case-no').locator('input').fill('IMY-2026-1234')
  await page.getByTestId('notify-phased').locator('input').check()
  await page.getByTestId('notify-save').click()
  await expect(page.getByTestId('snackbar')).toContainText('Anmälan registrerad')
  await expect(page.getByTestId('breach-stage')).toHaveText('Komplettering väntar')
  await expect(page.getByTestId('notification-card').getByTestId('breach-clock')).toHaveText('Anmäld efter 0 h')
  await expect(page.getByTestId('supplement-reminder')).toContainText('fyra veckor')
  await expect(page.getByTestId('timeline-entry')).toContainText(['Anmälan skickad till IMY (IMY-2026-1234).'])

  // The supplement completes it.
  await page.getByTestId('record-supplement').click()
  await page.getByTestId('supplement-summary').locator('textarea').first().fill('Exakt antal: 35 anställda.')
  await page.getByTestId('supplement-save').click()
  await expect(page.getByTestId('breach-stage')).toHaveText('Anmäld')
  await expect(page.getByTestId('supplement-entry')).toContainText('Exakt antal: 35 anställda.')
  await expect(page.getByTestId('timeline-entry')).toHaveCount(2)
  await shot(page, 'breaches-detail')

  // It all survives a reload.
  await page.reload()
  await expect(page.getByTestId('supplement-entry')).toContainText('Exakt antal: 35 anställda.')
  await expect(page.getByTestId('field-case-no').locator('input')).toHaveValue('IMY-2026-1234')

  // The IMY draft: the form's questions, the public-record warning, printable.
  await page.getByTestId('open-imy-draft').click()
  await expect(page.getByTestId('draft-title')).toHaveText('Utkast till anmälan till IMY')
  await expect(page.getByTestId('draft-warning')).toContainText('allmän handling')
  await expect(page.getByTestId('draft-section-controller')).toContainText('MyNumbers AB')
  await expect(page.getByTestId('draft-section-controller')).toContainText('559138-5959')
  await expect(page.getByTestId('draft-section-subjects')).toContainText('Anställda')
  await expect(page.getByTestId('draft-section-phases')).toContainText('Exakt antal: 35 anställda.')
  await shot(page, 'breaches-imy-draft')
  await page.getByTestId('draft-print').click()
  await expect(page.getByTestId('snackbar')).toContainText('Utkastet skickades till utskrift')
})

test('a notification after 72 hours is refused until the reasons for the delay are given', async ({ page }) => {
  await openExample(page)
  await page.goto('./#/breaches/new')
  await page.getByTestId('field-title').locator('input').fill('Felaktig behörighet i lönesystemet')
  await page.getByTestId('field-aware').locator('input').fill('2026-01-05T08:00')
  await page.getByTestId('imy-decision-notify').locator('input').check()
  await page.getByTestId('save').click()
  await expect(page.getByTestId('breach-clock').first()).toHaveText(/min för sent/)
  await expect(page.getByTestId('breach-finding').first()).toContainText('Mer än 72 timmar')

  await page.getByTestId('record-notification').click()
  await page.getByTestId('notify-save').click()
  await expect(page.getByTestId('notify-problems')).toContainText('skälen till förseningen')
  await page
    .getByTestId('notify-delay-reason')
    .locator('textarea')
    .first()
    .fill('Omfattningen var oklar tills loggarna analyserats.')
  await page.getByTestId('notify-save').click()
  await expect(page.getByTestId('notification-card').getByTestId('breach-clock')).toHaveText(/Anmäld för sent/)
  await expect(page.getByTestId('field-delay-reason').locator('textarea').first()).toHaveValue(/Omfattningen var oklar/)
})
