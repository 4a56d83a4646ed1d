import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json'
import { sha256Hex } from './hash'

type Pick = <T>(items: readonly T[]) => T[]

/** The same value with the keys of every object in a different order (chosen by `permute`). */
function reorderKeys(value: unknown, permute: Pick): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, permute))
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // fromEntries, not assignment, so a `__proto__` key stays an own key.
    return Object.fromEntries(permute(Object.keys(record)).map((k) => [k, reorderKeys(record[k], permute)]))
  }
  return value
}

describe('canonicalJson', () => {
  it('sorts keys at every level, arrays keep their order', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }
    expect(canonicalJson(value)).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}')
  })

  it('drops undefined members as JSON.stringify does, keeps null', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}')
    expect(canonicalJson([undefined])).toBe('[null]')
  })

  it('is the same string whatever the key order (any JSON value, keys shuffled at every level)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.gen(), (value, g) => {
        const permute: Pick = (items) =>
          g(fc.shuffledSubarray, items as unknown[], { minLength: items.length, maxLength: items.length }) as never
        const shuffled = reorderKeys(value, permute)
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value))
        // And it is still the same JSON value, only reordered.
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('keeps an own `__proto__` key (from JSON.parse) instead of turning it into a prototype', () => {
    const withProto = JSON.parse('{"b":2,"__proto__":{"a":1}}') as unknown
    const without = JSON.parse('{"b":2}') as unknown
    expect(canonicalJson(withProto)).toBe('{"__proto__":{"a":1},"b":2}')
    // A tampered `__proto__` member must change the hash that covers it.
    expect(sha256Hex(canonicalJson(withProto))).not.toBe(sha256Hex(canonicalJson(without)))
  })

  it('distinguishes different values', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }))
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
  })
})
