import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DpoBridge, WriteBackupRequest } from '@shared/ipc'
import { toCsv } from '@shared/exports'
import { openDatabase, useDatabase, db } from '@/db/database'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import { commitImport, openRegisterBytes, previewRegister, undoImport } from './register-import.service'

/** A fake bridge keeping backups in memory, able to fail a backup write. */
const bridge = vi.hoisted(() => ({ failWrites: false, backups: new Map<string, string>() }))

vi.mock('@/platform/bridge', () => {
  const fake: Partial<DpoBridge> = {
    'backup:write': async (req: WriteBackupRequest) => {
      if (bridge.failWrites) return { ok: false, error: { code: 'backup/write-failed', message: 'disk full' } }
      const name = `dpo-desk-20260305T090000000Z-${req.reason}-${bridge.backups.size}.json`
      bridge.backups.set(name, req.content)
      return { ok: true, value: { name, reason: req.reason, createdAt: '', bytes: req.content.length } }
    },
    // The workspace marker is written after every change; nothing to check here.
    'marker:write': async () => ({ ok: true, value: true }),
    'backup:read': async (name: string) => {
      const content = bridge.backups.get(name)
      return content ? { ok: true, value: content } : { ok: false, error: { code: 'backup/not-found', message: name } }
    },
  }
  return { api: () => fake as DpoBridge }
})

const csv = (rows: string[][]) => new TextEncoder().encode(toCsv(rows, ';'))
const REGISTER = [
  ['Behandling', 'Ändamål', 'Rättslig grund (art. 6.1)', 'Kategorier av registrerade'],
  ['Lönehantering', 'Betala ut lön', 'Art. 6.1 c – Rättslig förpliktelse', 'Anställda'],
  ['Rekrytering', 'Välja kandidater', 'Art. 6.1 b – Avtal', 'Sökande'],
]

async function open(rows: string[][]) {
  const opened = await openRegisterBytes('register.csv', csv(rows))
  if (!opened.ok || !opened.value) throw new Error('not opened')
  return { opened: opened.value, preview: await previewRegister(opened.value, opened.value.mapping) }
}

beforeEach(async () => {
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  bridge.failWrites = false
  bridge.backups.clear()
  await workspaceRepository.loadExample('DPO')
})

describe('importing a register', () => {
  it('adds every row after a backup, and the backup undoes it', async () => {
    const { opened, preview } = await open(REGISTER)
    // Four columns are too few to call it the app's own sheet, but each is mapped by its header.
    expect(opened.template).toBeNull()
    expect(opened.mapping).toEqual(['name', 'purposes', 'legalBases', 'dataSubjectCategories'])
    const before = await db().activities.count()
    const committed = await commitImport(preview, 'DPO', 'register.csv')
    expect(committed).toMatchObject({ ok: true, value: { count: 2 } })
    expect(bridge.backups.size).toBe(1)
    expect(await db().activities.count()).toBe(before + 2)
    const imported = (await db().activities.toArray()).filter((a) => a.name === 'Lönehantering')
    expect(imported[0]).toMatchObject({
      status: 'draft',
      purposes: [{ description: 'Betala ut lön', legalBasis: 'c_legal_obligation' }],
    })

    if (!committed.ok) return
    const undone = await undoImport(committed.value.backupName, 'DPO')
    expect(undone.ok).toBe(true)
    expect(await db().activities.count()).toBe(before)
    expect((await db().activities.toArray()).some((a) => a.name === 'Lönehantering')).toBe(false)
  })

  it('writes nothing when one row cannot be read', async () => {
    const rows = [...REGISTER, ['', '', 'Art. 6.1 b', '']]
    const { preview } = await open(rows)
    expect(preview.canCommit).toBe(false)
    expect(preview.rows[2]?.issues).toContainEqual({ severity: 'error', code: 'required', column: 'Behandling' })
    const before = await db().activities.count()
    expect(await commitImport(preview, 'DPO', 'register.csv')).toMatchObject({
      ok: false,
      error: { code: 'import/not-ready' },
    })
    expect(await db().activities.count()).toBe(before)
    expect(bridge.backups.size).toBe(0)
  })

  it('imports nothing when no backup can be written first', async () => {
    const { preview } = await open(REGISTER)
    bridge.failWrites = true
    const before = await db().activities.count()
    expect(await commitImport(preview, 'DPO', 'register.csv')).toMatchObject({
      ok: false,
      error: { code: 'import/backup-failed' },
    })
    expect(await db().activities.count()).toBe(before)
  })
})
