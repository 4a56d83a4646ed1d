import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { SaveFileRequest } from '@shared/ipc'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openFile, readFileWithin, saveFile, withExtension, type FileDialog } from './file-dialogs'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function dialogChoosing(savePath: string | undefined, openPaths: string[] = []) {
  return {
    showSaveDialog: vi.fn(async (_o: SaveDialogOptions) => ({
      canceled: savePath === undefined,
      filePath: savePath ?? '',
    })),
    showOpenDialog: vi.fn(async (_o: OpenDialogOptions) => ({
      canceled: openPaths.length === 0,
      filePaths: openPaths,
    })),
  } satisfies FileDialog
}

const jsonFilters = [{ name: 'JSON', extensions: ['json'] }]
const request = (content: string | Uint8Array, suggestedName = 'register.json'): SaveFileRequest => ({
  suggestedName,
  content,
  mimeType: 'application/json',
  filters: jsonFilters,
})

describe('saveFile', () => {
  it('suggests the name in the default folder and writes text as UTF-8', async () => {
    const target = join(dir, 'register.json')
    const dialog = dialogChoosing(target)
    const result = await saveFile(dialog, request('{"namn":"Behandling å"}'), '/home/dpo/Documents')
    expect(result).toEqual({ ok: true, value: { saved: true, name: target } })
    expect(readFileSync(target, 'utf8')).toBe('{"namn":"Behandling å"}')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/dpo/Documents', 'register.json'), filters: jsonFilters }),
    )
  })

  it('writes bytes as they are', async () => {
    const target = join(dir, 'out.xlsx')
    await saveFile(dialogChoosing(target), request(new Uint8Array([80, 75, 3, 4]), 'out.xlsx'), dir)
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4])
  })

  it('adds the extension the user left out', async () => {
    const result = await saveFile(dialogChoosing(join(dir, 'register')), request('{}'), dir)
    expect(result).toEqual({ ok: true, value: { saved: true, name: join(dir, 'register.json') } })
    expect(readdirSync(dir)).toEqual(['register.json'])
  })

  it('reports a cancelled dialog as not saved, writing nothing', async () => {
    expect(await saveFile(dialogChoosing(undefined), request('{}'), dir)).toEqual({
      ok: true,
      value: { saved: false, name: '' },
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('returns a write error instead of throwing', async () => {
    const result = await saveFile(dialogChoosing(join(dir, 'no', 'such', 'x.json')), request('{}'), dir)
    expect(result).toMatchObject({ ok: false, error: { code: 'file/write-failed' } })
  })
})

describe('withExtension', () => {
  it('keeps an existing extension and ignores wildcard filters', () => {
    expect(withExtension('/a/b.txt', jsonFilters)).toBe('/a/b.txt')
    expect(withExtension('/a/b', [{ name: 'All', extensions: ['*'] }])).toBe('/a/b')
    expect(withExtension('/a/b', [])).toBe('/a/b')
  })
})

describe('openFile', () => {
  it('reads the chosen file as bytes with its base name', async () => {
    const path = join(dir, 'backup.json')
    writeFileSync(path, '{"a":1}')
    const dialog = dialogChoosing(undefined, [path])
    const result = await openFile(dialog, { filters: jsonFilters, maxBytes: 1024 })
    expect(result.ok && result.value && new TextDecoder().decode(result.value.bytes)).toBe('{"a":1}')
    expect(result.ok && result.value?.name).toBe('backup.json')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ filters: jsonFilters, properties: ['openFile'] })
  })

  it('returns null when the user cancels', async () => {
    expect(await openFile(dialogChoosing(undefined, []), { filters: [], maxBytes: 10 })).toEqual({
      ok: true,
      value: null,
    })
  })

  it('refuses a file over the limit', async () => {
    const path = join(dir, 'big.json')
    writeFileSync(path, 'x'.repeat(11))
    const result = await openFile(dialogChoosing(undefined, [path]), { filters: [], maxBytes: 10 })
    expect(result).toMatchObject({ ok: false, error: { code: 'file/too-large' } })
  })

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'edge.json')
    writeFileSync(path, 'x'.repeat(10))
    expect(await readFileWithin(path, 10)).toMatchObject({ ok: true, value: { name: 'edge.json' } })
  })
})

describe('readFileWithin', () => {
  it('checks the size before reading the content', async () => {
    const path = join(dir, 'huge.bin')
    writeFileSync(path, '')
    // A sparse 3 GB file: reading it would fail or exhaust memory, so a too-large result proves stat came first.
    truncateSync(path, 3 * 1024 ** 3)
    expect(await readFileWithin(path, 1024)).toMatchObject({ ok: false, error: { code: 'file/too-large' } })
  })

  it('refuses folders and reports missing files as errors', async () => {
    mkdirSync(join(dir, 'folder'))
    expect(await readFileWithin(join(dir, 'folder'), 10)).toMatchObject({
      ok: false,
      error: { code: 'file/not-a-file' },
    })
    expect(await readFileWithin(join(dir, 'missing'), 10)).toMatchObject({
      ok: false,
      error: { code: 'file/read-failed' },
    })
  })
})
