import { describe, expect, it } from 'vitest'
import { myNumbersWorkspace } from './mynumbers.workspace'

/** Every `id` anywhere in a value, with the path where it was found. */
function idsIn(value: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(value)) value.forEach((v, i) => idsIn(v, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') out.push([v, path])
      else idsIn(v, `${path}.${key}`, out)
    }
  }
}

describe('the MyNumbers AB example workspace', () => {
  it('gives every record and nested item an id of its own', () => {
    // Two records once shared an id (the marketing LIA and the cloud host's agreement): a link from a finding or
    // the global search then opened the wrong one.
    const found: [string, string][] = []
    idsIn(myNumbersWorkspace(new Date('2026-11-27T10:00:00Z')).collections, 'collections', found)
    const seen = new Map<string, string>()
    const clashes = found.filter(([id, path]) => {
      const first = seen.get(id)
      seen.set(id, first ?? path)
      return first !== undefined
    })
    expect(found.length).toBeGreaterThan(50)
    expect(clashes.map(([id, path]) => `${id}: ${seen.get(id)} and ${path}`)).toEqual([])
  })
})
