/**
 * The app's fixed identity on disk. IndexedDB lives under `userData`, and Electron derives `userData` from the
 * app name, which in turn comes from package.json (`name` when launched unpackaged, `productName` packaged).
 * A rename or a differently launched build would silently open an empty database and orphan the old one, so
 * both are pinned here, before `ready`, and guarded by a test.
 */
import { join } from 'node:path'

/** Name shown by the OS and used for the single-instance lock. Never change after the first release. */
export const APP_NAME = 'DPO Desk'
/** Folder under the OS's appData that holds IndexedDB, backups and window state. Never change. */
export const USER_DATA_FOLDER = 'DPO Desk'

/** The slice of Electron's `app` this module needs. */
export interface IdentityApp {
  setName(name: string): void
  getPath(name: 'appData'): string
  setPath(name: 'userData', path: string): void
}

/** Pins app name and userData folder; must run before `app` is ready (and before the single-instance lock). */
export function configureAppIdentity(app: IdentityApp): string {
  app.setName(APP_NAME)
  const userData = join(app.getPath('appData'), USER_DATA_FOLDER)
  app.setPath('userData', userData)
  return userData
}
