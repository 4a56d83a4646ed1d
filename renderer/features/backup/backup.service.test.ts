import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { readWorkspaceFile } from '@shared/backup'
import type { DpoBridge, WriteBackupRequest } from '@shared/ipc'
import type { ActivityFields, ProcessingActivity } from '@shared/register'
import { db, openDatabase, useDatabase } from '@/db/database'
import { activitiesRepository, activityFields } from '@/features/register/activities.repository'
import { settingsRepository } from '@/features/settings/settings.repository'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { decodeUtf8, importWorkspaceText, workspaceFileText, writeBackup } from './backup.service'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

/** A fake bridge: records every backup written, and fails `backup:write` when told to. */
const bridge = vi.hoisted(() => ({ failWrites: false, written: [] as { content: string; reason: string }[] }))

vi.mock('@/platform/bridge', () => {
  const fake: Partial<DpoBridge> = {
    'backup:write': async (req: WriteBackupRequest) => {
      if (bridge.failWrites) return { ok: false, error: { code: 'backup/write-failed', message: 'disk full' } }
      bridge.written.push(req)
      return {
        ok: true,
        value: { name: `dpo-desk-x-${req.reason}.json`, reason: req.reason, createdAt: '', bytes: req.content.length },
      }
    },
  }
  return { api: () => fake as DpoBridge }
})

const ACTOR = 'Åsa Öberg'
const byId = (rows: ProcessingActivity[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
const snapshotJson = async () => JSON.stringify(await workspaceRepository.snapshot())
const freshDatabase = () => useDatabase(openDatabase('t-' + crypto.randomUUID()))

/** The example plus one change of our own, so the file carries a real audit log. */
async function seedWorkspace(): Promise<void> {
  await workspaceRepository.loadExample(ACTOR)
  const [first] = await activitiesRepository.list()
  await activitiesRepository.update(first!.id, { ...activityFields(first!), notes: 'Granskad av DPO' }, 1, ACTOR)
  await activitiesRepository.create(completeActivityFields({ name: 'Lönehantering – åäö 😀' }), ACTOR)
}

beforeEach(() => {
  bridge.failWrites = false
  bridge.written = []
  freshDatabase()
})
afterEach(() => db().close())

describe('export → wipe → import (replace)', () => {
  it('brings back the same activities, organisation and audit log, plus a restore entry', async () => {
    await seedWorkspace()
    const exported = await workspaceRepository.snapshot()
    const text = await workspaceFileText()
    db().close()

    freshDatabase()
    const result = await importWorkspaceText(text, 'replace', ACTOR, 'arbetsyta.json')

    expect(result).toEqual({ ok: true, value: { mode: 'replace', activities: 9 } })
    const restored = await workspaceRepository.snapshot()
    expect(byId(restored.activities)).toEqual(byId(exported.activities))
    expect(restored.organisation).toEqual(exported.organisation)
    expect(restored.auditLog.slice(0, -1)).toEqual(exported.auditLog)
    expect(restored.auditLog.at(-1)).toMatchObject({ op: 'restore', label: 'arbetsyta.json' })
    expect(verifyAuditChain(restored.auditLog)).toMatchObject({ ok: true, count: exported.auditLog.length + 1 })
    // The safety copy was taken first, of the (empty) workspace being replaced.
    expect(bridge.written.map((w) => w.reason)).toEqual(['pre-restore'])
    const safety = readWorkspaceFile(bridge.written[0]!.content)
    expect(safety.ok && safety.value.data.activities).toEqual([])
  })

  it('writes an export that reads back as a valid file stamped with the app version', async () => {
    await seedWorkspace()
    const read = readWorkspaceFile(await workspaceFileText())
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.appVersion).toBe('test')
    expect(read.value.data.activities).toHaveLength(9)
    expect(read.value.audit.count).toBe(read.value.data.auditLog.length)
  })

  it('merges instead when asked, reporting what was added and updated', async () => {
    await seedWorkspace()
    const text = await workspaceFileText()
    db().close()
    freshDatabase()
    await workspaceRepository.loadExample(ACTOR)
    const result = await importWorkspaceText(text, 'merge', ACTOR, 'arbetsyta.json')
    // The edited activity is newer (revision 2), the created one is new; the other seven are the same revision.
    expect(result).toEqual({ ok: true, value: { mode: 'merge', activities: 9, added: 1, updated: 1 } })
    expect(await activitiesRepository.count()).toBe(9)
  })
})

describe('importWorkspaceText refuses and changes nothing', () => {
  it('leaves the database byte-identical for broken files, without writing a safety backup', async () => {
    await seedWorkspace()
    const good = await workspaceFileText()
    const before = await snapshotJson()
    const file = JSON.parse(good) as { data: { activities: { name: string; purposes: { legalBasis: unknown }[] }[] } }
    const wrongType = structuredClone(file)
    wrongType.data.activities[3]!.purposes[0]!.legalBasis = 7
    const tampered = structuredClone(file)
    tampered.data.activities[0]!.name = 'Ändrad i efterhand'

    const cases: [string, string][] = [
      [good.slice(0, good.length - 100), 'backup/not-json'],
      [JSON.stringify(wrongType), 'backup/invalid'],
      [JSON.stringify(tampered), 'backup/hash-mismatch'],
      ['{"format":"dpo-desk-workspace","formatVersion":99}', 'backup/newer-format'],
      ['[]', 'backup/not-workspace'],
    ]
    for (const [text, code] of cases) {
      const r = await importWorkspaceText(text, 'replace', ACTOR, 'trasig.json')
      expect(r.ok ? 'ok' : r.error.code).toBe(code)
      expect(await snapshotJson()).toBe(before)
    }
    expect(bridge.written).toEqual([])
  })

  it('changes nothing when the pre-restore backup cannot be written', async () => {
    await seedWorkspace()
    const text = await workspaceFileText()
    await workspaceRepository.loadExample(ACTOR)
    const before = await snapshotJson()
    bridge.failWrites = true
    for (const mode of ['replace', 'merge'] as const) {
      const r = await importWorkspaceText(text, mode, ACTOR, 'arbetsyta.json')
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('backup/pre-restore-failed')
        expect(r.error.message).toContain('disk full')
      }
      expect(await snapshotJson()).toBe(before)
    }
  })
})

describe('writeBackup', () => {
  it('passes the current workspace as a readable file with its reason', async () => {
    await seedWorkspace()
    const r = await writeBackup('auto')
    expect(r.ok).toBe(true)
    expect(bridge.written).toHaveLength(1)
    expect(bridge.written[0]!.reason).toBe('auto')
    const read = readWorkspaceFile(bridge.written[0]!.content)
    expect(read.ok && read.value.data.organisation).toEqual(await settingsRepository.getOrganisation())
  })
})

describe('decodeUtf8', () => {
  const bytes = (...b: number[]) => new Uint8Array(b)

  it('decodes UTF-8, including åäö and emoji', () => {
    const text = '{"name":"Lönehantering åäö ÅÄÖ 😀"}'
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, value: text })
  })

  it('strips a leading byte-order mark only', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, value: '{}' })
    expect(decodeUtf8(bytes(0x7b, 0xef, 0xbb, 0xbf, 0x7d))).toEqual({ ok: true, value: '{\uFEFF}' })
  })

  it('refuses bytes that are not UTF-8 (Latin-1 å, UTF-16, a cut sequence)', () => {
    for (const b of [bytes(0x4c, 0xe5, 0x6e), bytes(0xff, 0xfe, 0x7b, 0x00), bytes(0x7b, 0xc3), bytes(0xc0, 0xaf)]) {
      const r = decodeUtf8(b)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('backup/encoding')
    }
  })
})
