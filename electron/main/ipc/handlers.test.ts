import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppInfo } from '@shared/ipc'
import { ok } from '@shared/kernel/result'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackupStore } from '../services/backups'
import { createHandlers } from './handlers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-handlers-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const info: AppInfo = { name: 'DPO Desk', version: '1.0.0', platform: 'electron', locale: 'sv-SE', backupLocation: '' }

function setup() {
  const dialog = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'export.json') })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  }
  const backups = createBackupStore(join(dir, 'backups'), { now: () => new Date('2025-06-01T00:00:00.000Z') })
  const handlers = createHandlers({ appInfo: () => info, dialog, documentsFolder: () => dir, backups })
  return { handlers, dialog }
}

describe('createHandlers', () => {
  it('answers app:info', async () => {
    expect(await setup().handlers['app:info']()).toEqual(ok(info))
  })

  it('saves through the dialog, starting in the documents folder', async () => {
    const { handlers, dialog } = setup()
    const request = { suggestedName: 'export.json', content: '{}', mimeType: 'application/json', filters: [] }
    expect(await handlers['file:save'](request)).toEqual(ok({ saved: true, name: join(dir, 'export.json') }))
    expect(readFileSync(join(dir, 'export.json'), 'utf8')).toBe('{}')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, 'export.json') }),
    )
  })

  it('opens through the dialog', async () => {
    const { handlers, dialog } = setup()
    expect(await handlers['file:open']({ filters: [], maxBytes: 10 })).toEqual(ok(null))
    expect(dialog.showOpenDialog).toHaveBeenCalledOnce()
  })

  it('writes, lists and reads backups', async () => {
    const { handlers } = setup()
    const written = await handlers['backup:write']({ content: '{"v":1}', reason: 'quit' })
    expect(written).toMatchObject({ ok: true, value: { name: 'dpo-desk-20250601T000000000Z-quit.json' } })
    const listed = await handlers['backup:list']()
    expect(listed.ok && listed.value.map((b) => b.reason)).toEqual(['quit'])
    expect(await handlers['backup:read']('dpo-desk-20250601T000000000Z-quit.json')).toEqual(ok('{"v":1}'))
  })
})
