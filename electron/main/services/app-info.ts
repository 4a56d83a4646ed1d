/** What the renderer may know about the app it runs in (shown in settings and the about box). */
import type { AppInfo } from '@shared/ipc'

/** The slice of Electron's `app` this module needs. */
export interface InfoApp {
  getName(): string
  getVersion(): string
  /** Only valid after `ready`. */
  getLocale(): string
}

/** Collects the app info; `backupLocation` is the folder main writes backups to. */
export function appInfo(app: InfoApp, backupLocation: string): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: 'electron',
    locale: app.getLocale(),
    backupLocation,
  }
}
