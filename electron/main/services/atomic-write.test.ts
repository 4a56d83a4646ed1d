import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempPathFor, writeFileAtomic, writeFileAtomicSync } from './atomic-write'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-atomic-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writeFileAtomic', () => {
  it('creates a file with text as UTF-8', async () => {
    await writeFileAtomic(join(dir, 'a.json'), '{"namn":"Åsa"}')
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"namn":"Åsa"}')
  })

  it('replaces an existing file and leaves no temp file behind', async () => {
    writeFileSync(join(dir, 'a.bin'), 'old')
    await writeFileAtomic(join(dir, 'a.bin'), new Uint8Array([1, 2, 3]))
    expect([...readFileSync(join(dir, 'a.bin'))]).toEqual([1, 2, 3])
    expect(readdirSync(dir)).toEqual(['a.bin'])
  })

  it('fails without leaving a temp file when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('writeFileAtomicSync', () => {
  it('replaces a file in one step and cleans up on failure', () => {
    writeFileSync(join(dir, 'w.json'), 'old')
    writeFileAtomicSync(join(dir, 'w.json'), 'new')
    expect(readFileSync(join(dir, 'w.json'), 'utf8')).toBe('new')
    expect(() => writeFileAtomicSync(join(dir, 'missing', 'w.json'), 'x')).toThrow()
    expect(readdirSync(dir)).toEqual(['w.json'])
  })
})

describe('tempPathFor', () => {
  it('is a hidden sibling that differs on every call', () => {
    const a = tempPathFor(join(dir, 'b.json'))
    expect(a.startsWith(join(dir, '.b.json.'))).toBe(true)
    expect(a.endsWith('.tmp')).toBe(true)
    expect(tempPathFor(join(dir, 'b.json'))).not.toBe(a)
  })
})
