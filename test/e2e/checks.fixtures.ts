/** Steps shared by the checks and dashboard specs. */
import { expect, type Locator, type Page } from '@playwright/test'

/** The dashboard with its figures loaded. */
export async function openDashboard(page: Page): Promise<void> {
  await page.getByTestId('nav-dashboard').click()
  await expect(page.getByTestId('kf-activities-value')).not.toHaveText('0', { timeout: 15_000 })
}

/** The findings view, open tab, with the checks run. */
export async function openChecks(page: Page): Promise<void> {
  await page.getByTestId('nav-checks').click()
  // Reading every module and running every check takes a moment on a busy machine.
  await expect(page.getByTestId('finding').first()).toBeVisible({ timeout: 15_000 })
}

/** The open finding with this code on the record with this name. */
export function finding(page: Page, code: string, record: string): Locator {
  return page.locator(`[data-testid="finding"][data-finding-code="${code}"]`).filter({ hasText: record })
}

/** An ISO date `days` from today in the browser's (Stockholm) calendar. */
export function isoDaysFromNow(days: number, from = new Date()): string {
  const d = new Date(from.getTime() + days * 86_400_000)
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(d)
}
