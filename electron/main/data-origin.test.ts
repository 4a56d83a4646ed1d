/**
 * The tripwire for "an update can never orphan the data" (issue 9): IndexedDB is keyed by the page's origin
 * inside the userData folder, so the origin, its scheme privileges and the folder name must never change, and
 * main must pin them before anything can touch storage.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { USER_DATA_FOLDER } from './app-identity'
import { APP_ENTRY_URL, APP_ORIGIN } from './origin'
import { APP_SCHEME_PRIVILEGES } from './protocol'

const main = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
const at = (needle: string) => {
  const i = main.indexOf(needle)
  expect(i, needle).toBeGreaterThan(-1)
  return i
}

describe('where the data lives', () => {
  it('serves the renderer from the one fixed origin, standard and secure (storage and crypto.subtle need both)', () => {
    expect(APP_ORIGIN).toBe('app://bundle')
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html')
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true })
    expect(USER_DATA_FOLDER).toBe('DPO Desk')
  })

  it('loads app:// in a packaged build; a dev server URL is honoured only unpackaged', () => {
    expect(main).toMatch(/const isDev = !app\.isPackaged/)
    expect(main).toMatch(/\(isDev \? process\.env\['ELECTRON_RENDERER_URL'\] : undefined\) \?\? APP_ENTRY_URL/)
    expect(main).not.toMatch(/loadFile\(/)
  })

  it('pins userData and registers the scheme before the lock, the ready event and any window', () => {
    const identity = at('configureAppIdentity(app)')
    const scheme = at('registerAppScheme(protocol)')
    expect(identity).toBeLessThan(at('app.requestSingleInstanceLock()'))
    expect(scheme).toBeLessThan(at('.whenReady()'))
    expect(identity).toBeLessThan(at('async function openMainWindow'))
  })
})
