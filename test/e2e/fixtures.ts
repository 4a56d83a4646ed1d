/**
 * Shared steps for the end-to-end suite. Each test gets a fresh browser context, so a fresh IndexedDB: every
 * test starts at the first-run screen.
 */
import { mkdirSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'

export const SCREENSHOT_DIR = 'test-results/screenshots'

/** Saves a full-page screenshot for a person to look at (not compared automatically). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true })
}

/** First run → "open the example workspace" → the register. */
export async function openExample(page: Page): Promise<void> {
  await page.goto('./')
  await page.getByTestId('open-example').click()
  await expect(page.getByTestId('register-table')).toBeVisible()
}

/** The activity names as the register table shows them. */
export async function registerNames(page: Page): Promise<string[]> {
  await expect(page.getByTestId('register-table')).toBeVisible()
  return page.getByTestId('activity-name').allInnerTexts()
}

/** The example's eight activities, as the privacy policy describes them. */
export const EXAMPLE_ACTIVITY_NAMES = [
  'Bokföring och arkivering av räkenskapsinformation',
  'Cookies och liknande tekniker på webbplats och i app',
  'Hantering av klagomål och reklamationer',
  'IT-support och drift',
  'Kontroll av firmateckningsrätt',
  'Leverans av tjänsten enligt avtal',
  'Marknadsföring och nyhetsbrev',
  'Produktutveckling och analys',
]
