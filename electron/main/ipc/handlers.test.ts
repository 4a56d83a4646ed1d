import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppInfo } from '@shared/ipc'
import { ok } from '@shared/kernel/result'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackupStore } from '../services/backups'
import { createMarkerStore } from '../services/marker'
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
  const shell = { openPath: vi.fn(async (_path: string) => '') }
  const pdfWindow = {
    loadURL: vi.fn(async () => undefined),
    webContents: { printToPDF: vi.fn(async (_options: Record<string, unknown>) => new Uint8Array([37, 80, 68, 70])) },
    destroy: vi.fn(),
  }
  const createPdfWindow = vi.fn(() => pdfWindow)
  const handlers = createHandlers({
    appInfo: () => info,
    dialog,
    documentsFolder: () => dir,
    backups,
    marker: createMarkerStore(dir),
    shell,
    viewerFolder: () => join(dir, 'viewer'),
    createPdfWindow,
  })
  return { handlers, dialog, shell, pdfWindow, createPdfWindow }
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

  it('writes and reads back the workspace marker, and treats a missing one as absent', async () => {
    const { handlers } = setup()
    expect(await handlers['marker:read']()).toEqual(ok(null))
    const marker = {
      schemaVersion: 3,
      counts: { activities: 8 },
      auditCount: 9,
      auditHeadHash: null,
      writtenAt: '2026-01-01T00:00:00.000Z',
    }
    expect(await handlers['marker:write'](marker)).toEqual(ok(true))
    expect(await handlers['marker:read']()).toEqual(ok(marker))
  })

  it('prints a PDF in a window with JavaScript off and saves it through the dialog', async () => {
    const { handlers, createPdfWindow, pdfWindow } = setup()
    const request = { html: '<p>x</p>', suggestedName: 'register.pdf', headerText: '<b>MyNumbers</b>', footerText: 'f' }
    const r = await handlers['pdf:print'](request)
    expect(r.ok).toBe(true)
    expect(createPdfWindow).toHaveBeenCalledWith(
      expect.objectContaining({ webPreferences: expect.objectContaining({ javascript: false, sandbox: true }) }),
    )
    const options = pdfWindow.webContents.printToPDF.mock.calls[0]?.[0] as unknown as { headerTemplate: string }
    expect(options.headerTemplate).toContain('&#60;b&#62;MyNumbers')
    expect(options.headerTemplate).not.toContain('<b>')
    expect(pdfWindow.destroy).toHaveBeenCalled()
  })

  it('opens an attachment from a private folder under a hash-derived name', async () => {
    const { handlers, shell } = setup()
    const r = await handlers['document:open']({
      name: '../../evil.pdf',
      mimeType: 'application/pdf',
      dataBase64: 'JVBERg==',
    })
    expect(r).toEqual(ok(true))
    const opened = shell.openPath.mock.calls[0]?.[0] as unknown as string
    expect(opened.startsWith(join(dir, 'viewer'))).toBe(true)
    expect(opened).toMatch(/-evil\.pdf$/)
  })
})
