/**
 * Origins as Chromium sees them. Node's WHATWG `URL` reports `origin === 'null'` for every URL of a scheme it
 * does not know (`app:`, `data:`, `file:`), so comparing `new URL(x).origin` would make `app://bundle` equal to
 * `data:…` and to `app://evil`. Our `app` scheme is registered `standard`, so Chromium gives it a tuple origin
 * (scheme + host), which is what this computes; opaque URLs get `null` and never match anything.
 */

/** The scheme the renderer is served from (safety-and-speed §1: no file://). */
export const APP_SCHEME = 'app'
/** The one host of that scheme; any other host is refused by the protocol handler. */
export const APP_HOST = 'bundle'
/** Origin of the packaged renderer: also the key of its IndexedDB, so it must never change after release. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page main loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** The tuple origin of `url` (`scheme://host[:port]`), or `null` for opaque or unparsable URLs. */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.origin !== 'null') return parsed.origin
  // Non-special scheme: build the tuple Chromium would for a standard scheme; hosts are case-insensitive there.
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`
}

/** True when `url` belongs to exactly `expectedOrigin` (never by prefix: `app://bundle.evil` is foreign). */
export function isSameOrigin(url: string, expectedOrigin: string): boolean {
  const origin = originOf(url)
  return origin !== null && origin === expectedOrigin
}
