/** Helpers shared by the breaches, requests and complaints specs (issue 6). */
import type { Page } from '@playwright/test'
import { screenshot } from './fixtures'

/** A full-page screenshot taken from the top, so the fixed app bar is not painted over the middle of the page. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await screenshot(page, name)
}
