import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNELS, MAX_BACKUP_BYTES, type BackupReason } from './channels'
import { BackupNameSchema, backupFileName, CHANNEL_ARGS, parseBackupFileName } from './schemas'

const REASONS: BackupReason[] = ['auto', 'quit', 'manual', 'pre-restore', 'pre-migration', 'pre-reset']
const save = (suggestedName: string, extra: Record<string, unknown> = {}) => [
  {
    suggestedName,
    content: '{}',
    mimeType: 'application/json',
    filters: [{ name: 'DPO Desk', extensions: ['json'] }],
    ...extra,
  },
]
const accepts = (channel: keyof typeof CHANNEL_ARGS, args: unknown) => CHANNEL_ARGS[channel].safeParse(args).success

describe('CHANNEL_ARGS', () => {
  it('has a schema for every channel and no others', () => {
    expect(Object.keys(CHANNEL_ARGS).sort()).toEqual([...CHANNELS].sort())
  })

  it('file:save takes a file name, never a path', () => {
    expect(accepts('file:save', save('dpo-desk-arbetsyta-2026-11-27.json'))).toBe(true)
    expect(accepts('file:save', save('Registerförteckning åäö.pdf'))).toBe(true)
    for (const name of ['../x', '..\\x', '/etc/passwd', 'C:\\Users\\x.json', 'a/b.json', '.', '..', '', 'x\0.json']) {
      expect(accepts('file:save', save(name)), name).toBe(false)
    }
    expect(accepts('file:save', save('x'.repeat(201)))).toBe(false)
  })

  it('file:save refuses unknown keys, bad filters and content over the cap; bytes are allowed', () => {
    expect(accepts('file:save', save('a.json', { path: '/tmp/a.json' }))).toBe(false)
    expect(accepts('file:save', save('a.json', { filters: [{ name: 'x', extensions: ['../json'] }] }))).toBe(false)
    expect(accepts('file:save', save('a.json', { content: new Uint8Array([1, 2]) }))).toBe(true)
    expect(accepts('file:save', save('a.json', { content: 42 }))).toBe(false)
    expect(accepts('file:save', [])).toBe(false)
    expect(accepts('file:save', [...save('a.json'), 'extra'])).toBe(false)
  })

  it('file:open needs a positive byte cap within MAX_BACKUP_BYTES', () => {
    const open = (maxBytes: unknown) => [{ filters: [], maxBytes }]
    expect(accepts('file:open', open(1024))).toBe(true)
    expect(accepts('file:open', open(MAX_BACKUP_BYTES))).toBe(true)
    expect(accepts('file:open', open(MAX_BACKUP_BYTES + 1))).toBe(false)
    expect(accepts('file:open', open(0))).toBe(false)
    expect(accepts('file:open', open(1.5))).toBe(false)
  })

  it('backup:write takes content and a known reason only', () => {
    expect(accepts('backup:write', [{ content: '{}', reason: 'pre-restore' }])).toBe(true)
    expect(accepts('backup:write', [{ content: '{}', reason: '../../x' }])).toBe(false)
    expect(accepts('backup:write', [{ content: '{}', reason: 'auto', name: 'x.json' }])).toBe(false)
  })

  it('backup:read takes a backup file name, not a path or `..`', () => {
    expect(accepts('backup:read', ['dpo-desk-20261127T100000123Z-auto.json'])).toBe(true)
    expect(accepts('backup:read', ['dpo-desk-20261127T100000123Z-pre-restore-2.json'])).toBe(true)
    for (const name of [
      '../dpo-desk-20261127T100000123Z-auto.json',
      'dpo-desk-20261127T100000123Z-auto.json/../../etc/passwd',
      'dpo-desk-20261127T100000123Z-..json',
      'dpo-desk-20261127T100000123Z-auto.json\0',
      'dpo-desk-20261127T100000123Z-AUTO.json',
      'other.json',
      '..',
    ]) {
      expect(accepts('backup:read', [name]), name).toBe(false)
    }
  })

  it('channels without arguments take none', () => {
    expect(accepts('app:info', [])).toBe(true)
    expect(accepts('app:info', ['x'])).toBe(false)
    expect(accepts('backup:list', [])).toBe(true)
  })
})

describe('backupFileName / parseBackupFileName', () => {
  it('writes a sortable UTC stamp and the reason', () => {
    expect(backupFileName('pre-restore', new Date('2026-11-27T10:05:09.045Z'))).toBe(
      'dpo-desk-20261127T100509045Z-pre-restore.json',
    )
  })

  it('round-trips time and reason, and every name is a valid backup name', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom(...REASONS),
        (at, reason) => {
          const name = backupFileName(reason, at)
          expect(BackupNameSchema.safeParse(name).success).toBe(true)
          expect(parseBackupFileName(name)).toEqual({ createdAt: at.toISOString(), reason })
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('sorts by time as text', () => {
    const a = backupFileName('auto', new Date('2026-01-02T00:00:00.000Z'))
    const b = backupFileName('auto', new Date('2026-10-01T00:00:00.000Z'))
    expect([b, a].sort()).toEqual([a, b])
  })

  it('reads a de-duplicated name (`-2`) and refuses anything else', () => {
    expect(parseBackupFileName('dpo-desk-20261127T100509045Z-quit-2.json')).toEqual({
      createdAt: '2026-11-27T10:05:09.045Z',
      reason: 'quit',
    })
    expect(parseBackupFileName('dpo-desk-2026-11-27-auto.json')).toBeNull()
    expect(parseBackupFileName('../dpo-desk-20261127T100509045Z-auto.json')).toBeNull()
    expect(parseBackupFileName('dpo-desk-20261127T100509045Z-auto.json.exe')).toBeNull()
  })
})
