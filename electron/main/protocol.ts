/**
 * Serves the built renderer from `app://bundle/…` instead of file://, so that an XSS cannot read arbitrary local
 * files and the page gets a stable, secure origin for IndexedDB and crypto.subtle (safety-and-speed §1, item 18).
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './origin'

/**
 * Sent as a header with every response. No `unsafe-eval`; `unsafe-inline` for styles only, because Vuetify sets
 * inline style attributes. Nothing may leave the machine: `connect-src 'self'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Privileges the `app` scheme needs: storage and a secure context (standard, secure) and `fetch()`. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** The Content-Type for a file; unknown types are served as opaque bytes (and `nosniff` stops guessing). */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Where an `app://` URL points: a file path inside the root, or the HTTP status to answer with. */
export type ResolvedAppPath = { ok: true; path: string } | { ok: false; status: 400 | 404; reason: string }

const refuse = (status: 400 | 404, reason: string): ResolvedAppPath => ({ ok: false, status, reason })

/** Decodes path segments one by one, refusing anything that could change directory after decoding. */
function decodeSegments(pathname: string): string[] | string {
  const raw = pathname.split('/').slice(1)
  const out: string[] = []
  for (const [i, segment] of raw.entries()) {
    if (segment === '' && i < raw.length - 1) return 'empty segment (absolute path)'
    if (/%(2f|5c|00)/i.test(segment)) return 'encoded separator or NUL'
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return 'malformed percent-encoding'
    }
    if (decoded === '.' || decoded === '..') return 'dot segment'
    // `:` would let `C:` or an NTFS stream (`a::$DATA`) through on Windows.
    if (/[/\\\0:]/.test(decoded)) return 'separator, colon or NUL in a segment'
    out.push(decoded)
  }
  return out
}

/**
 * Maps `app://bundle/<path>` to a file under `root`, or says why not. Pure (no disk access): the handler adds
 * a realpath check for symlinks. A trailing `/` means `index.html`.
 */
export function resolveAppUrl(root: string, url: string): ResolvedAppPath {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return refuse(400, 'unparsable URL')
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) {
    return refuse(404, 'not the app bundle')
  }
  const segments = decodeSegments(parsed.pathname)
  if (typeof segments === 'string') return refuse(400, segments)
  const last = segments.at(-1)
  const parts = last === undefined || last === '' ? [...segments.slice(0, -1), 'index.html'] : segments
  const base = resolve(root)
  const path = resolve(base, ...parts)
  if (!isInside(base, path)) return refuse(400, 'outside the bundle')
  return { ok: true, path }
}

/** True when `path` is strictly below `root` (both absolute). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

function baseHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }
}

function statusResponse(status: number): Response {
  return new Response(null, { status, headers: baseHeaders() })
}

/** Reads a file only if, after following symlinks, it still lies inside the root; null when absent. */
async function readInsideRoot(root: string, path: string): Promise<Uint8Array | null> {
  try {
    const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)])
    if (!isInside(realRoot, realPath) || !(await stat(realPath)).isFile()) return null
    return new Uint8Array(await readFile(realPath))
  } catch {
    return null
  }
}

/** Answers one request of the `app` scheme from files under `root`. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return statusResponse(405)
  const resolved = resolveAppUrl(root, request.url)
  if (!resolved.ok) {
    console.warn(`[protocol] ${resolved.status} ${request.url}: ${resolved.reason}`)
    return statusResponse(resolved.status)
  }
  const body = await readInsideRoot(root, resolved.path)
  if (body === null) return statusResponse(404)
  const headers = { ...baseHeaders(), 'Content-Type': mimeTypeFor(resolved.path) }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
}

/** The slices of Electron's `protocol` this module needs. */
export interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[]): void
}
export interface ProtocolHandlerHost {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void
}

/** Declares `app` standard and secure; Electron only accepts this before `ready`. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** Starts serving `root` (the built renderer, out/renderer) under `app://bundle/`. */
export function handleAppProtocol(protocol: ProtocolHandlerHost, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request))
}

/** The renderer folder beside the built main (`out/main` → `out/renderer`). */
export function rendererRoot(mainDir: string): string {
  return join(mainDir, '..', 'renderer')
}
