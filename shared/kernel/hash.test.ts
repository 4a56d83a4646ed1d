import { describe, expect, it } from 'vitest'
import { sha256Hex } from './hash'

// FIPS 180-2 appendix B test vectors.
describe('sha256Hex', () => {
  it('matches the known vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('hashes a string as its UTF-8 bytes (åäö are two bytes each)', () => {
    expect(sha256Hex('å')).toBe(sha256Hex(new Uint8Array([0xc3, 0xa5])))
    expect(sha256Hex(new TextEncoder().encode('Integritetsskyddsmyndigheten: åäö'))).toBe(
      sha256Hex('Integritetsskyddsmyndigheten: åäö'),
    )
  })

  it('gives 64 lowercase hex digits', () => {
    expect(sha256Hex('Personuppgiftsincident')).toMatch(/^[0-9a-f]{64}$/)
  })
})
