import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BACKUPS_KEPT, backupFileName } from '@shared/ipc'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupsFolder, compareNewestFirst, createBackupStore, describeBackup } from './backups'

let userData: string
let folder: string
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'dpo-backups-'))
  folder = backupsFolder(userData)
})
afterEach(() => rmSync(userData, { recursive: true, force: true }))

/** A clock that advances one minute per call, from a fixed start. */
function minuteClock(start = Date.UTC(2025, 4, 20, 8, 0, 0)) {
  let t = start
  return () => {
    const d = new Date(t)
    t += 60_000
    return d
  }
}

describe('write', () => {
  it('writes the content under userData/backups with a sortable name', async () => {
    const at = new Date('2025-05-20T08:00:00.123Z')
    const store = createBackupStore(folder, { now: () => at })
    const result = await store.write({ content: '{"org":"Kommunen Å"}', reason: 'manual' })
    expect(folder).toBe(join(userData, 'backups'))
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'dpo-desk-20250520T080000123Z-manual.json',
        reason: 'manual',
        createdAt: '2025-05-20T08:00:00.123Z',
        bytes: 21,
      },
    })
    expect(readFileSync(join(folder, 'dpo-desk-20250520T080000123Z-manual.json'), 'utf8')).toBe('{"org":"Kommunen Å"}')
    expect(readdirSync(folder)).toHaveLength(1)
  })

  it('gives same-millisecond backups distinct names, even when written concurrently', async () => {
    const at = new Date('2025-05-20T08:00:00.000Z')
    const store = createBackupStore(folder, { now: () => at })
    const results = await Promise.all([1, 2, 3].map((n) => store.write({ content: `${n}`, reason: 'auto' })))
    const names = results.map((r) => (r.ok ? r.value.name : r.error.code))
    expect(names).toEqual([
      'dpo-desk-20250520T080000000Z-auto.json',
      'dpo-desk-20250520T080000000Z-auto-2.json',
      'dpo-desk-20250520T080000000Z-auto-3.json',
    ])
    const listed = await store.list()
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([...names].reverse())
  })

  it('keeps only the newest backups', async () => {
    const store = createBackupStore(folder, { now: minuteClock(), keep: 3 })
    for (let i = 0; i < 5; i++) await store.write({ content: `${i}`, reason: 'auto' })
    const listed = await store.list()
    expect(listed.ok && listed.value.map((b) => b.createdAt)).toEqual([
      '2025-05-20T08:04:00.000Z',
      '2025-05-20T08:03:00.000Z',
      '2025-05-20T08:02:00.000Z',
    ])
    expect(readdirSync(folder)).toHaveLength(3)
  })

  it(`keeps BACKUPS_KEPT (${BACKUPS_KEPT}) by default`, async () => {
    const store = createBackupStore(folder, { now: minuteClock() })
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) await store.write({ content: '{}', reason: 'auto' })
    expect(readdirSync(folder)).toHaveLength(BACKUPS_KEPT)
  })

  it('never rotates away the backup it just wrote, even when the clock went back', async () => {
    const store = createBackupStore(folder, { now: minuteClock(), keep: 2 })
    await store.write({ content: 'a', reason: 'auto' })
    await store.write({ content: 'b', reason: 'auto' })
    const past = createBackupStore(folder, { now: () => new Date('2020-01-01T00:00:00.000Z'), keep: 2 })
    const written = await past.write({ content: 'c', reason: 'pre-restore' })
    expect(written.ok).toBe(true)
    expect(readdirSync(folder).sort()).toEqual([
      'dpo-desk-20200101T000000000Z-pre-restore.json',
      'dpo-desk-20250520T080100000Z-auto.json',
    ])
  })

  it('returns an error when the folder cannot be created', async () => {
    writeFileSync(join(userData, 'blocker'), '')
    const store = createBackupStore(join(userData, 'blocker', 'backups'))
    expect(await store.write({ content: '{}', reason: 'auto' })).toMatchObject({
      ok: false,
      error: { code: 'backup/write-failed' },
    })
  })
})

describe('list', () => {
  it('is empty before the first backup', async () => {
    expect(await createBackupStore(folder).list()).toEqual({ ok: true, value: [] })
  })

  it('lists only our backups, newest first, with sizes', async () => {
    mkdirSync(folder, { recursive: true })
    const older = backupFileName('quit', new Date('2025-01-01T10:00:00.000Z'))
    const newer = backupFileName('pre-migration', new Date('2025-02-01T10:00:00.000Z'))
    writeFileSync(join(folder, older), '1234')
    writeFileSync(join(folder, newer), '12')
    writeFileSync(join(folder, 'notes.txt'), 'x')
    writeFileSync(join(folder, `.${newer}.abc.tmp`), 'half')
    writeFileSync(join(folder, 'dpo-desk-20250301T000000000Z-unknown.json'), 'x')
    mkdirSync(join(folder, backupFileName('auto', new Date('2025-03-01T00:00:00.000Z'))))
    const listed = await createBackupStore(folder).list()
    expect(listed).toEqual({
      ok: true,
      value: [
        { name: newer, reason: 'pre-migration', createdAt: '2025-02-01T10:00:00.000Z', bytes: 2 },
        { name: older, reason: 'quit', createdAt: '2025-01-01T10:00:00.000Z', bytes: 4 },
      ],
    })
  })
})

describe('read', () => {
  it('reads a backup back by name', async () => {
    const store = createBackupStore(folder, { now: minuteClock() })
    const written = await store.write({ content: '{"a":"ö"}', reason: 'manual' })
    if (!written.ok) throw new Error('write failed')
    expect(await store.read(written.value.name)).toEqual({ ok: true, value: '{"a":"ö"}' })
  })

  it.each(['../secret.json', '/etc/passwd', 'dpo-desk-20250101T000000000Z-auto.json/../../x', 'notes.txt', ''])(
    'refuses the name %j',
    async (name) => {
      expect(await createBackupStore(folder).read(name)).toMatchObject({
        ok: false,
        error: { code: 'backup/invalid-name' },
      })
    },
  )

  it('reports a missing backup and a non-text file', async () => {
    const store = createBackupStore(folder)
    const name = 'dpo-desk-20250101T000000000Z-auto.json'
    expect(await store.read(name)).toMatchObject({ ok: false, error: { code: 'backup/not-found' } })
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, name), new Uint8Array([0xff, 0xfe, 0x00]))
    expect(await store.read(name)).toMatchObject({ ok: false, error: { code: 'backup/not-text' } })
  })
})

describe('helpers', () => {
  it('describeBackup rejects names the schema refuses', () => {
    expect(describeBackup('dpo-desk-2025-auto.json', 1)).toBeNull()
    expect(describeBackup('dpo-desk-20250101T000000000Z-auto.json', 1)).toMatchObject({ reason: 'auto' })
  })

  it('compareNewestFirst orders duplicates of one stamp by suffix', () => {
    const a = describeBackup('dpo-desk-20250101T000000000Z-auto.json', 1)
    const b = describeBackup('dpo-desk-20250101T000000000Z-auto-10.json', 1)
    const c = describeBackup('dpo-desk-20250101T000000000Z-auto-2.json', 1)
    if (!a || !b || !c) throw new Error('names must parse')
    expect([a, c, b].sort(compareNewestFirst).map((x) => x.name)).toEqual([b.name, c.name, a.name])
  })
})
