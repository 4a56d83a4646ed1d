/**
 * The register list beyond one page: paging, sorting and filtering happen in the store, the table gets one page,
 * and an activity opens from the keyboard. The example holds eight activities, so the test adds more.
 */
import { expect, test, type Page } from '@playwright/test'
import { openExample, registerNames, screenshot } from './fixtures'

const EXTRA = 60

/**
 * Adds `count` copies of the example's first activity straight into IndexedDB, as a register grown over the years
 * would hold them (drafts among them). Test seeding only: the app itself writes through its audited repository.
 */
async function addActivities(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('dpo-desk')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error ?? new Error('open failed'))
    })
    const tx = database.transaction('activities', 'readwrite')
    const store = tx.objectStore('activities')
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const req = store.getAll()
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[])
    })
    const template = all[0]!
    for (let i = 1; i <= n; i++) {
      const name = `Uppföljning nr${String(i).padStart(2, '0')}`
      store.put({ ...template, id: crypto.randomUUID(), name, status: i % 10 === 0 ? 'draft' : 'active' })
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('write failed'))
    })
    database.close()
  }, count)
}

test('a register larger than a page is paged, sorted and filtered, and opens from the keyboard', async ({ page }) => {
  await openExample(page)
  await addActivities(page, EXTRA)
  await page.reload()

  const table = page.getByTestId('register-table')
  await expect(page.getByTestId('register-count')).toHaveText(`${8 + EXTRA} behandlingar`)
  await expect(table).toContainText(`1-25 av ${8 + EXTRA}`)
  const first = await registerNames(page)
  expect(first).toHaveLength(25)
  // Swedish order over the whole register: the example's names, then the copies.
  expect(first.slice(0, 3)).toEqual([
    'Bokföring och arkivering av räkenskapsinformation',
    'Cookies och liknande tekniker på webbplats och i app',
    'Hantering av klagomål och reklamationer',
  ])
  await screenshot(page, 'register-list-paged')

  await page.getByRole('button', { name: 'Nästa sida' }).click()
  await expect(table).toContainText(`26-50 av ${8 + EXTRA}`)
  const second = await registerNames(page)
  expect(second).toEqual(Array.from({ length: 25 }, (_, i) => `Uppföljning nr${18 + i}`))

  // More rows per page: the DPO's choice, and the last page holds the rest.
  await table.getByRole('combobox', { name: 'Objekt per sida:' }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: '50', exact: true }).click()
  await expect(table).toContainText(`1-50 av ${8 + EXTRA}`)
  await page.getByRole('button', { name: 'Sista sidan' }).click()
  await expect(table).toContainText(`51-${8 + EXTRA} av ${8 + EXTRA}`)
  expect((await registerNames(page)).at(-1)).toBe('Uppföljning nr60')

  // A new order starts again at the first page: drafts first (the register's own order of statuses).
  await table.getByRole('columnheader', { name: 'Status' }).click()
  await expect(table).toContainText(`1-50 av ${8 + EXTRA}`)
  const drafts = await registerNames(page)
  expect(drafts.slice(0, 6)).toEqual([10, 20, 30, 40, 50, 60].map((n) => `Uppföljning nr${n}`))

  // The filter works on the whole register, not only the page on screen.
  await page.getByTestId('register-search').locator('input').fill('nr5')
  // Still in status order: the draft first, then the others by name.
  expect(await registerNames(page)).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59].map((n) => `Uppföljning nr${n}`))
  await expect(page.getByTestId('register-count')).toHaveText('10 behandlingar')

  // Each name is a link (in the Tab order, unlike a clickable row): Enter on it opens the activity.
  const link = page.getByRole('link', { name: 'Uppföljning nr57' })
  await link.focus()
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/register\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('detail-title')).toHaveText('Uppföljning nr57')

  // Back in the list, the filter and order are where the DPO left them.
  await page.goBack()
  await expect(page.getByTestId('register-count')).toHaveText('10 behandlingar')
})
