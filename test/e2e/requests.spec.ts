import { expect, test, type Page } from '@playwright/test'
import { openExample } from './fixtures'
import { shot } from './breaches.fixtures'

/** The Stockholm date `days` days from today, as the app counts it. */
function stockholmDate(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000)
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d)
}

async function newRequest(page: Page, reference: string, receivedAt: string): Promise<void> {
  await page.goto('./#/requests/new')
  await page.getByTestId('field-reference').locator('input').fill(reference)
  await page.getByTestId('field-received').locator('input').fill(receivedAt)
  await page.getByTestId('save').click()
  await expect(page).toHaveURL(/#\/requests\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('detail-title')).toContainText(reference)
}

test('the request list shows what is overdue and due this week, earliest deadline first', async ({ page }) => {
  await openExample(page)
  await page.getByTestId('nav-requests').click()
  await expect(page.getByTestId('request-reference')).toHaveCount(2)
  // The erasure request is due within the week and comes first; the answered objection is not listed as open.
  await expect(page.getByTestId('request-reference').first()).toHaveText(/DSR-\d{4}-011/)
  await expect(page.getByTestId('request-urgency').first()).toHaveAttribute('data-urgency', 'due_this_week')
  await expect(page.getByTestId('request-filter-due_this_week')).toHaveText('Inom en vecka: 1')
  await expect(page.getByTestId('request-filter-overdue')).toHaveText('Försenade: 0')
  await shot(page, 'requests-list')

  await page.getByTestId('request-filter-due_this_week').click()
  await expect(page.getByTestId('request-reference')).toHaveCount(1)
  await page.getByTestId('request-filter-all').click()
  await expect(page.getByTestId('request-reference')).toHaveCount(3)
})

test('log a request, extend it within the first month, mark it answered', async ({ page }) => {
  await openExample(page)
  await newRequest(page, 'DSR-E2E-1', stockholmDate(-5))
  await expect(page.getByTestId('request-urgency')).toHaveAttribute('data-urgency', 'open')
  const firstDue = await page.getByTestId('request-due-date').innerText()

  await page.getByTestId('request-extend').click()
  await page.getByTestId('step-save').click()
  await expect(page.getByTestId('step-problems')).toContainText('Ange skälen till förlängningen')
  await page.getByTestId('step-reasons').locator('textarea').first().fill('Uppgifterna finns i sju system.')
  await page.getByTestId('step-save').click()
  await expect(page.getByTestId('request-extension')).toContainText('Förlängd med 2 mån.')
  await expect(page.getByTestId('request-due-date')).not.toHaveText(firstDue)
  await expect(page.getByTestId('request-extend')).toHaveCount(0)
  await shot(page, 'requests-detail')

  await page.getByTestId('request-answer').click()
  await page.getByTestId('step-save').click()
  await expect(page.getByTestId('request-urgency')).toHaveAttribute('data-urgency', 'closed')
  await expect(page.getByTestId('request-responded')).toContainText('Besvarad')

  await page.reload()
  await expect(page.getByTestId('request-responded')).toContainText('Besvarad')
  await expect(page.getByTestId('request-extension')).toContainText('Uppgifterna finns i sju system.')
})

test('an extension after the first month is refused with the last day named', async ({ page }) => {
  await openExample(page)
  await newRequest(page, 'DSR-E2E-2', stockholmDate(-40))
  await expect(page.getByTestId('request-urgency')).toHaveAttribute('data-urgency', 'overdue')
  await expect(page.getByTestId('request-finding')).toContainText('ingen giltig förlängning')
  await page.getByTestId('request-extend').click()
  await page.getByTestId('step-reasons').locator('textarea').first().fill('Komplicerat.')
  await page.getByTestId('step-save').click()
  await expect(page.getByTestId('step-problems')).toContainText('inom en månad från mottagandet, senast')
  await expect(page.getByTestId('request-step-dialog')).toBeVisible()
})
