/**
 * Opening checks and the quota in real Chromium (issue 9, "Nothing is lost"): a database that vanished, shrank,
 * is newer than the app or older than it; and a write the full disk refuses.
 */
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { EXAMPLE_ACTIVITY_NAMES, openExample, registerNames, screenshot } from './fixtures'

/** A workspace file of format version 1 (the register-only era): its activities are schema-version-1 rows. */
const v1File = JSON.parse(readFileSync('test/fixtures/workspace-v1.json', 'utf8')) as {
  data: { organisation: object; activities: { id: string; name: string }[] }
}

/** Waits until the marker and an automatic backup reflect the workspace (both are debounced). */
async function waitForMarkerAndBackup(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('dpo-desk-marker') ?? 'null')?.auditCount ?? 0))
    .toBeGreaterThan(0)
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const req = indexedDB.open('dpo-desk-backups')
              req.onsuccess = () => {
                const db = req.result
                if (!db.objectStoreNames.contains('backups')) return resolve(0)
                const count = db.transaction('backups').objectStore('backups').count()
                count.onsuccess = () => (db.close(), resolve(count.result))
              }
            }),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0)
}

/** Runs raw IndexedDB work on the workspace database from the page (as a damaged disk or another app would). */
async function rawDatabase(page: Page, work: 'delete' | 'drop-one-activity'): Promise<void> {
  await page.evaluate(
    (what) =>
      new Promise<void>((resolve, reject) => {
        if (what === 'delete') {
          const del = indexedDB.deleteDatabase('dpo-desk')
          del.onsuccess = () => resolve()
          del.onerror = () => reject(del.error ?? new Error('cannot delete'))
          return
        }
        const req = indexedDB.open('dpo-desk')
        req.onsuccess = () => {
          const tx = req.result.transaction('activities', 'readwrite')
          const cursor = tx.objectStore('activities').openCursor()
          cursor.onsuccess = () => cursor.result?.delete()
          tx.oncomplete = () => (req.result.close(), resolve())
        }
      }),
    work,
  )
}

test('an emptied database is an alarm, not a first run, and the newest backup brings it back', async ({ page }) => {
  await openExample(page)
  await waitForMarkerAndBackup(page)
  await rawDatabase(page, 'delete')
  await page.reload()

  await expect(page.getByTestId('startup-guard')).toBeVisible()
  await expect(page.getByTestId('guard-title')).toHaveText('Arbetsytans databas saknas eller är tom')
  await expect(page.getByTestId('guard-counts')).toContainText('Behandlingar')
  await expect(page.getByTestId('open-example')).toHaveCount(0)
  await screenshot(page, 'safety-missing')

  await page.getByTestId('guard-restore').click()
  await expect(page.getByTestId('snackbar')).toContainText('Säkerhetskopian är återställd')
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)
})

test('records that vanish without an audited delete stop the start until the user decides', async ({ page }) => {
  await openExample(page)
  await waitForMarkerAndBackup(page)
  await rawDatabase(page, 'drop-one-activity')
  await page.reload()

  await expect(page.getByTestId('guard-title')).toHaveText('Arbetsytan innehåller mindre än vid förra sparningen')
  await expect(page.getByTestId('guard-counts').locator('tr.text-error')).toContainText(['Behandlingar'])
  await screenshot(page, 'safety-shrunk')
  await page.getByTestId('guard-continue').click()
  await page.getByTestId('confirm-ok').click()
  await expect(page.getByTestId('register-table')).toBeVisible()
  expect(await registerNames(page)).toHaveLength(EXAMPLE_ACTIVITY_NAMES.length - 1)
})

test('a database written by a newer version is not opened, and a read-only copy can be saved', async ({
  page,
}, testInfo) => {
  await page.goto('./')
  await expect(page.getByTestId('open-example')).toBeVisible()
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie version 99 = IndexedDB version 990; the app's open connection closes on versionchange.
        const req = indexedDB.open('dpo-desk', 990)
        req.onupgradeneeded = () => req.result.createObjectStore('futureTable', { keyPath: 'id' }).add({ id: 'x1' })
        req.onsuccess = () => (req.result.close(), resolve())
        req.onerror = () => reject(req.error ?? new Error('cannot open'))
      }),
  )
  await page.reload()

  await expect(page.getByTestId('guard-title')).toHaveText('Databasen är skapad av en nyare version av DPO Desk')
  await expect(page.getByTestId('guard-lead')).toContainText('schema 99')
  await expect(page.getByTestId('guard-continue')).toHaveCount(0)
  await screenshot(page, 'safety-newer')

  const download = page.waitForEvent('download')
  await page.getByTestId('guard-export').click()
  const path = testInfo.outputPath('copy.json')
  await (await download).saveAs(path)
  const copy = JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: number; tables: Record<string, unknown[]> }
  expect(copy.schemaVersion).toBe(99)
  expect(copy.tables.futureTable).toEqual([{ id: 'x1' }])
  // Still not opened: the version on disk is the newer one.
  const version = await page.evaluate(() =>
    indexedDB.databases().then((d) => d.find((x) => x.name === 'dpo-desk')?.version),
  )
  expect(version).toBe(990)
})

test('an older database gets a pre-migration backup, then upgrades with every record', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('open-example')).toBeVisible()
  await rawDatabase(page, 'delete')
  await page.evaluate((data) => {
    return new Promise<void>((resolve, reject) => {
      // Schema version 1 exactly as Dexie lays it out (IndexedDB version 10).
      const req = indexedDB.open('dpo-desk', 10)
      req.onupgradeneeded = () => {
        const activities = req.result.createObjectStore('activities', { keyPath: 'id' })
        for (const index of ['name', 'status', 'role', 'department', 'updatedAt']) activities.createIndex(index, index)
        const settings = req.result.createObjectStore('settings', { keyPath: 'key' })
        for (const a of data.activities) activities.add(a)
        settings.add({ key: 'organisation', value: data.organisation })
        settings.add({ key: 'workspace', value: { origin: 'restored', initializedAt: '2026-02-02T09:00:00.000Z' } })
      }
      req.onsuccess = () => (req.result.close(), resolve())
      req.onerror = () => reject(req.error ?? new Error('cannot open'))
    })
  }, v1File.data)
  await page.reload()

  await expect(page.getByTestId('snackbar')).toContainText('Databasen uppgraderades från schema 1')
  // The page was left on /welcome before the database was swapped; a started workspace skips the first-run choice.
  await expect(page).toHaveURL(/#\/dashboard$/)
  await page.goto('./#/register')
  expect((await registerNames(page)).sort()).toEqual(v1File.data.activities.map((a) => a.name).sort())
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('backup-list')).toContainText('Före uppgradering')
})

test('a write that hits the storage quota says so and leaves the last good state', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByTestId('open-example')).toBeVisible()
  const cdp = await page.context().newCDPSession(page)
  const origin = new URL(page.url()).origin
  const setQuota = (quotaSize?: number) => cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize })
  // Chromium applies an overridden quota to connections opened after it: set it, then load the app anew.
  await setQuota(1)
  await page.goto('./')

  await page.getByTestId('open-example').click()
  await expect(page.getByTestId('snackbar')).toContainText('Lagringsutrymmet är fullt – ändringen sparades inte')
  await screenshot(page, 'safety-quota-write')
  // All or nothing: the example was written in one transaction, and none of it is there.
  const stored = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const req = indexedDB.open('dpo-desk')
        req.onsuccess = () => {
          const tx = req.result.transaction(['activities', 'audit'])
          const a = tx.objectStore('activities').count()
          const b = tx.objectStore('audit').count()
          tx.oncomplete = () => (req.result.close(), resolve([a.result, b.result]))
        }
      }),
  )
  expect(stored).toEqual([0, 0])

  await setQuota()
  await page.goto('./')
  await openExample(page)
  expect(await registerNames(page)).toEqual(EXAMPLE_ACTIVITY_NAMES)
})

test('storage at 80 % of the quota is shown as a warning, at start and in settings', async ({ page }) => {
  // Chromium's estimate() ignores quota overrides, so the estimate itself is stood in for.
  await page.addInitScript(() => {
    const GB = 1024 ** 3
    Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ usage: 8.5 * GB, quota: 10 * GB }) })
  })
  await openExample(page)
  await expect(page.getByTestId('snackbar')).toContainText('Lagringsutrymmet är till 85 % fullt', { timeout: 10_000 })
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('storage-warning')).toContainText('85 %')
  await screenshot(page, 'safety-storage-warning')
})
