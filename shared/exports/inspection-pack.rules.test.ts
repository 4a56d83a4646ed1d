import { describe, expect, it } from 'vitest'
import { checkPackFiles, packFileEntry, readPackManifest, type PackManifest } from './inspection-pack.rules'

const bytes = (s: string) => new TextEncoder().encode(s)
const HASH = 'a'.repeat(64)

function manifest(files: PackManifest['files']): PackManifest {
  return {
    format: 'dpo-desk-inspection-pack',
    version: 1,
    createdAt: '2026-03-05T09:00:00.000Z',
    appVersion: '0.1.0',
    language: 'sv',
    organisation: { name: 'MyNumbers AB', orgNumber: '559138-5959' },
    workspace: { contentHash: HASH, auditCount: 3, auditHeadHash: HASH },
    reports: { format: 'html', note: 'HTML' },
    files,
  }
}

describe('checkPackFiles', () => {
  const files = { 'a.html': bytes('<p>a</p>'), 'b.xlsx': bytes('xlsx') }
  const m = manifest([packFileEntry('a.html', 'A', files['a.html']), packFileEntry('b.xlsx', 'B', files['b.xlsx'])])

  it('accepts the files as listed', () => {
    expect(checkPackFiles(m, { ...files, 'manifest.json': bytes('{}') })).toEqual({
      ok: true,
      files: [
        { name: 'a.html', title: 'A', status: 'ok' },
        { name: 'b.xlsx', title: 'B', status: 'ok' },
      ],
    })
  })

  it('names a changed, a missing and an unexpected file', () => {
    const r = checkPackFiles(m, { 'a.html': bytes('<p>A</p>'), 'c.txt': bytes('') })
    expect(r.ok).toBe(false)
    expect(r.files.map((f) => [f.name, f.status])).toEqual([
      ['a.html', 'changed'],
      ['b.xlsx', 'missing'],
      ['c.txt', 'unexpected'],
    ])
  })
})

describe('readPackManifest', () => {
  it('reads a manifest and refuses one that names a path outside the pack, or is not JSON', () => {
    const good = manifest([{ name: 'a.html', title: 'A', sha256: HASH, bytes: 1 }])
    expect(readPackManifest(bytes(JSON.stringify(good)))).toEqual(good)
    const evil = manifest([{ name: '../../etc/passwd', title: 'x', sha256: HASH, bytes: 1 }])
    expect(readPackManifest(bytes(JSON.stringify(evil)))).toBeNull()
    expect(readPackManifest(bytes('{'))).toBeNull()
    expect(readPackManifest(new Uint8Array([0xff, 0xfe]))).toBeNull()
  })
})
