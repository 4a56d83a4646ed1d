import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  handleAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  rendererRoot,
  resolveAppUrl,
  serveAppRequest,
} from './protocol'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dpo-protocol-'))
  root = join(base, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>DPO Desk</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'a b.svg'), '<svg/>')
  writeFileSync(join(base, 'secret.txt'), 'outside the bundle')
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})
afterAll(() => rmSync(base, { recursive: true, force: true }))

const get = (url: string, method = 'GET'): Promise<Response> => serveAppRequest(root, new Request(url, { method }))

describe('resolveAppUrl', () => {
  it('maps bundle URLs to files under the root', () => {
    expect(resolveAppUrl(root, 'app://bundle/index.html')).toEqual({ ok: true, path: join(root, 'index.html') })
    expect(resolveAppUrl(root, 'app://bundle/assets/index-abc.js?v=1#x')).toEqual({
      ok: true,
      path: join(root, 'assets', 'index-abc.js'),
    })
    expect(resolveAppUrl(root, 'app://bundle/assets/a%20b.svg')).toEqual({
      ok: true,
      path: join(root, 'assets', 'a b.svg'),
    })
  })

  it('serves index.html for the bare origin and for folders', () => {
    expect(resolveAppUrl(root, 'app://bundle')).toEqual({ ok: true, path: join(root, 'index.html') })
    expect(resolveAppUrl(root, 'app://bundle/')).toEqual({ ok: true, path: join(root, 'index.html') })
    expect(resolveAppUrl(root, 'app://bundle/assets/')).toEqual({ ok: true, path: join(root, 'assets', 'index.html') })
  })

  it.each([
    ['app://bundle/..%2f..%2fetc/passwd', 400],
    ['app://bundle/..%2F..%2Fetc/passwd', 400],
    ['app://bundle/assets/..%5c..%5csecret.txt', 400],
    ['app://bundle/%2e%2e%2fsecret.txt', 400],
    ['app://bundle//etc/passwd', 400],
    ['app://bundle/index.html%00.js', 400],
    ['app://bundle/C:%5cWindows%5cwin.ini', 400],
    ['app://bundle/C:/Windows/win.ini', 400],
    ['app://bundle/%E0%A4%A', 400],
    ['app://bundle/..\\secret.txt', 400],
    ['app://other/index.html', 404],
    ['https://bundle/index.html', 404],
    ['file:///etc/passwd', 404],
    ['not a url', 400],
  ] as const)('refuses %s with %i', (url, status) => {
    expect(resolveAppUrl(root, url)).toMatchObject({ ok: false, status })
  })

  it('leaves plain and encoded dot segments inside the root (URL parsing collapses them first)', () => {
    expect(resolveAppUrl(root, 'app://bundle/../../etc/passwd')).toEqual({
      ok: true,
      path: join(root, 'etc', 'passwd'),
    })
    expect(resolveAppUrl(root, 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toEqual({
      ok: true,
      path: join(root, 'etc', 'passwd'),
    })
    expect(resolveAppUrl(root, 'app://bundle/.%2e/x')).toEqual({ ok: true, path: join(root, 'x') })
  })

  it('never resolves outside the root, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '..%2f', '%00', 'etc', 'passwd', '', ':', 'C:'),
      fc.string({ maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const resolved = resolveAppUrl(root, `app://bundle/${segments.join('/')}`)
        if (!resolved.ok) return true
        const rel = relative(root, resolved.path)
        return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('serveAppRequest', () => {
  it('serves a file with its MIME type and the CSP header', async () => {
    const res = await get('app://bundle/index.html')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toContain('<title>DPO Desk</title>')
  })

  it('gives scripts and styles the types a strict page requires', async () => {
    expect((await get('app://bundle/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await get('app://bundle/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers the traversal probe with 400 and never reads outside', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const res = await get('app://bundle/..%2f..%2fetc/passwd')
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[protocol\] 400 app:\/\/bundle\/\.\.%2f/))
    expect(res.status).toBe(400)
    expect(await res.text()).toBe('')
    expect((await get('app://bundle/..%2fsecret.txt')).status).toBe(400)
    warn.mockRestore()
  })

  it('answers 404 for missing files, folders and collapsed dot paths', async () => {
    for (const url of ['app://bundle/missing.js', 'app://bundle/assets', 'app://bundle/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await get(url)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('does not follow a symlink out of the bundle', async () => {
    const res = await get('app://bundle/assets/link.txt')
    expect(res.status).toBe(404)
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy: no eval, nothing remote, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    )
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })
})

describe('mimeTypeFor', () => {
  it('knows the bundle file types and falls back to bytes', () => {
    expect(mimeTypeFor('a/b.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('icon.SVG')).toBe('image/svg+xml')
    expect(mimeTypeFor('data.bin')).toBe('application/octet-stream')
  })
})

describe('registration', () => {
  it('registers app as standard, secure and fetchable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })

  it('handles the app scheme from the given root', async () => {
    const protocol = { handle: vi.fn<(scheme: string, h: (r: Request) => Promise<Response>) => void>() }
    handleAppProtocol(protocol, root)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = protocol.handle.mock.calls[0]?.[1]
    const res = await handler?.(new Request('app://bundle/index.html'))
    expect(res?.status).toBe(200)
  })

  it('finds the renderer beside the built main', () => {
    expect(rendererRoot(join('/app', 'out', 'main'))).toBe(join('/app', 'out', 'renderer'))
  })
})
