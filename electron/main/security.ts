/**
 * Guards every webContents and the session: no navigation away from the app, no new windows, no webviews,
 * no permissions (safety-and-speed §1, items 5, 11–15).
 */
import { isSameOrigin } from './origin'

/**
 * Sites a link in the app may open in the user's browser: the supervisory authority, the EDPB, EU law and case
 * law summaries. Anything else is refused, because `openExternal` on an arbitrary URL can start any program.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['imy.se', 'edpb.europa.eu', 'eur-lex.europa.eu', 'gdprhub.eu']

/** True for a plain `https:` link to an allow-listed host (or its `www.`), without credentials or port. */
export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') {
    return false
  }
  const host = parsed.hostname.replace(/^www\./, '')
  return EXTERNAL_LINK_HOSTS.includes(host)
}

/** What a navigation event carries; Electron's event has more. */
export interface NavigationEvent {
  readonly url: string
  preventDefault(): void
}

/** The slice of Electron's `WebContents` that hardening needs. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export interface HardenOptions {
  /** Origin the renderer is served from (`app://bundle`, or the dev server in development). */
  appOrigin: string
  /** Opens a URL in the OS browser (Electron's `shell.openExternal`); only ever called with allow-listed links. */
  openExternal: (url: string) => Promise<void> | void
}

/** Opens an allow-listed link outside; swallows failures, since there is nobody to report them to. */
function openIfAllowed(url: string, openExternal: HardenOptions['openExternal']): void {
  if (!isAllowedExternalLink(url)) {
    console.warn(`[security] refused to open ${url}`)
    return
  }
  Promise.resolve(openExternal(url)).catch((error: unknown) => console.warn(`[security] openExternal failed`, error))
}

/** Applies navigation, window-open and webview guards to one webContents. */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  const keepInApp = (event: NavigationEvent): void => {
    if (isSameOrigin(event.url, options.appOrigin)) return
    event.preventDefault()
    // A plain link (no target) to a trusted site would otherwise do nothing at all: send it to the browser.
    openIfAllowed(event.url, options.openExternal)
  }
  contents.on('will-navigate', keepInApp)
  contents.on('will-redirect', (event) => {
    if (!isSameOrigin(event.url, options.appOrigin)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, options.openExternal)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The slice of Electron's `Session` that permission denial needs. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void
}

/** Denies every permission (camera, notifications, clipboard-read, …): the app needs none of them. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
