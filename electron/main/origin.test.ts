import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, isSameOrigin, originOf } from './origin'

describe('originOf', () => {
  it('gives the app scheme a tuple origin, although Node says "null"', () => {
    expect(new URL('app://bundle/index.html').origin).toBe('null')
    expect(originOf('app://bundle/index.html')).toBe('app://bundle')
    expect(originOf('APP://Bundle/x')).toBe('app://bundle')
  })

  it('keeps the standard origin of web URLs, port included', () => {
    expect(originOf('https://imy.se/sv/')).toBe('https://imy.se')
    expect(originOf('http://localhost:5173/#/')).toBe('http://localhost:5173')
  })

  it('returns null for opaque and unparsable URLs', () => {
    expect(originOf('data:text/html,<h1>x</h1>')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('not a url')).toBeNull()
    expect(originOf('')).toBeNull()
  })
})

describe('isSameOrigin', () => {
  it('accepts pages of the app origin', () => {
    expect(isSameOrigin('app://bundle/index.html#/activities', APP_ORIGIN)).toBe(true)
  })

  it('refuses look-alikes that a prefix check would let through', () => {
    expect(isSameOrigin('app://bundle.evil/index.html', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('app://bundle:8080/index.html', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('app://other/index.html', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('https://bundle/index.html', APP_ORIGIN)).toBe(false)
  })

  it('never matches two opaque origins with each other', () => {
    expect(isSameOrigin('data:text/html,x', 'null')).toBe(false)
    expect(isSameOrigin('file:///x', 'null')).toBe(false)
  })
})
