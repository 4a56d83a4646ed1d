import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  denyAllPermissions,
  hardenWebContents,
  isAllowedExternalLink,
  type HardenableContents,
  type NavigationEvent,
} from './security'

type Listener = (event: NavigationEvent) => void

/** A webContents fake that records listeners so a test can fire the events Electron would. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents: HardenableContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler
    },
  }
  const fire = (name: string, url = ''): boolean => {
    const event = { url, preventDefault: vi.fn() }
    const listener = listeners.get(name)
    if (!listener) throw new Error(`no ${name} listener`)
    listener(event)
    return event.preventDefault.mock.calls.length > 0
  }
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler')
    return openHandler({ url })
  }
  return { contents, fire, open }
}

// Refusals are logged; keep the test output clean (the assertions check behaviour, not logs).
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  return () => vi.restoreAllMocks()
})

function harden(appOrigin = 'app://bundle') {
  const fake = fakeContents()
  const openExternal = vi.fn(() => Promise.resolve())
  hardenWebContents(fake.contents, { appOrigin, openExternal })
  return { ...fake, openExternal }
}

describe('isAllowedExternalLink', () => {
  it.each([
    'https://www.imy.se/verksamhet/dataskydd/',
    'https://imy.se/',
    'https://edpb.europa.eu/our-work-tools/our-documents_en',
    'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    'https://gdprhub.eu/index.php?title=Main_Page',
  ])('allows %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(true)
  })

  it.each([
    'http://imy.se/',
    'https://imy.se.evil.com/',
    'https://evilimy.se/',
    'https://user:pw@imy.se/',
    'https://imy.se:8443/',
    'https://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://imy.se/share',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalLink(url)).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it('lets the app navigate within its own origin', () => {
    const { fire } = harden()
    expect(fire('will-navigate', 'app://bundle/index.html#/activities')).toBe(false)
  })

  it.each([
    'https://example.com/',
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
  ])('prevents navigation to %s', (url) => {
    const { fire, openExternal } = harden()
    expect(fire('will-navigate', url)).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('prevents navigation to an allow-listed site but opens it in the browser', () => {
    const { fire, openExternal } = harden()
    expect(fire('will-navigate', 'https://www.imy.se/')).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://www.imy.se/')
  })

  it('prevents redirects away from the app', () => {
    const { fire } = harden()
    expect(fire('will-redirect', 'https://example.com/')).toBe(true)
    expect(fire('will-redirect', 'app://bundle/index.html')).toBe(false)
  })

  it('denies every new window and opens only allow-listed https links outside', () => {
    const { open, openExternal } = harden()
    expect(console.warn).not.toHaveBeenCalled()
    expect(open('https://edpb.europa.eu/')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://edpb.europa.eu/')
    expect(open('https://example.com/')).toEqual({ action: 'deny' })
    expect(open('app://bundle/index.html')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(console.warn).toHaveBeenCalledWith('[security] refused to open https://example.com/')
  })

  it('prevents attaching a webview', () => {
    const { fire } = harden()
    expect(fire('will-attach-webview')).toBe(true)
  })

  it('compares with the dev server origin when that is the app origin', () => {
    const { fire } = harden('http://localhost:5173')
    expect(fire('will-navigate', 'http://localhost:5173/#/')).toBe(false)
    expect(fire('will-navigate', 'http://localhost:5174/')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let check: ((c: unknown, p: string) => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: (h) => {
        request = h
      },
      setPermissionCheckHandler: (h) => {
        check = h
      },
    })
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check?.({}, permission)).toBe(false)
    }
  })
})
