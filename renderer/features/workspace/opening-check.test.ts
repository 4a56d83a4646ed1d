import { describe, expect, it } from 'vitest'
import type { WorkspaceMarker } from '@shared/ipc'
import type { DatabaseProbe } from '@/db/probe'
import { judgeOpening, opensWithoutAsking } from './opening-check'

const COLLECTIONS = ['activities', 'vendors'] as const
const H1 = 'a'.repeat(64)
const H2 = 'b'.repeat(64)

const probe = (change: Partial<DatabaseProbe> = {}): DatabaseProbe => ({
  exists: true,
  version: 3,
  counts: { activities: 8, vendors: 2, settings: 3, audit: 12 },
  auditCount: 12,
  auditHeadHash: H1,
  started: true,
  ...change,
})
const marker = (change: Partial<WorkspaceMarker> = {}): WorkspaceMarker => ({
  schemaVersion: 3,
  counts: { activities: 8, vendors: 2 },
  auditCount: 12,
  auditHeadHash: H1,
  writtenAt: '2026-11-27T10:00:00.000Z',
  ...change,
})
const judge = (p: DatabaseProbe, m: WorkspaceMarker | null, backups = 0) => judgeOpening(p, m, backups, 3, COLLECTIONS)
const EMPTY = { exists: false, version: 0, counts: {}, auditCount: 0, auditHeadHash: null, started: false }

describe('judgeOpening', () => {
  it('opens a database that matches its marker, or holds more', () => {
    expect(judge(probe(), marker())).toEqual({ kind: 'ok' })
    expect(judge(probe({ counts: { activities: 9, vendors: 2 } }), marker())).toEqual({ kind: 'ok' })
    expect(judge(probe(), null)).toEqual({ kind: 'ok' })
  })

  it('takes a machine with no database, no marker and no backups for a first run', () => {
    expect(judge(EMPTY, null)).toEqual({ kind: 'first-run' })
    expect(judge({ ...EMPTY, exists: true, version: 3 }, null)).toEqual({ kind: 'first-run' })
    expect(judge(EMPTY, marker({ counts: { activities: 0 }, auditCount: 0, auditHeadHash: null }))).toEqual({
      kind: 'first-run',
    })
  })

  it('raises the alarm for a missing or emptied database the marker or the backups remember', () => {
    expect(judge(EMPTY, marker())).toEqual({
      kind: 'missing',
      expected: { counts: { activities: 8, vendors: 2 }, auditCount: 12 },
    })
    const emptied = probe({ counts: { activities: 0, vendors: 0, settings: 1 }, auditCount: 0, auditHeadHash: null })
    expect(judge(emptied, marker())).toMatchObject({ kind: 'missing' })
    expect(judge(EMPTY, null, 3)).toEqual({ kind: 'missing', expected: null })
  })

  it('raises the alarm when the audit log went backwards', () => {
    expect(judge(probe({ auditCount: 11 }), marker())).toMatchObject({ kind: 'shrunk', tables: ['audit'] })
    expect(judge(probe({ auditCount: 5, counts: { activities: 3, vendors: 2 } }), marker())).toMatchObject({
      kind: 'shrunk',
      tables: ['audit', 'activities'],
    })
  })

  it('raises the alarm when records vanished without an audited delete, or the log was swapped', () => {
    expect(judge(probe({ counts: { activities: 7, vendors: 2 } }), marker())).toEqual({
      kind: 'shrunk',
      expected: { counts: { activities: 8, vendors: 2 }, auditCount: 12 },
      found: { counts: { activities: 7, vendors: 2 }, auditCount: 12 },
      tables: ['activities'],
    })
    expect(judge(probe({ auditHeadHash: H2 }), marker())).toMatchObject({ kind: 'shrunk', tables: ['audit'] })
  })

  it('accepts fewer records when later audited saves explain them (a crash inside the marker debounce)', () => {
    expect(judge(probe({ counts: { activities: 7, vendors: 2 }, auditCount: 13 }), marker())).toEqual({ kind: 'ok' })
  })

  it('upgrades an older database and refuses a newer one', () => {
    expect(judge(probe({ version: 2 }), marker())).toEqual({ kind: 'upgrade', from: 2, to: 3 })
    expect(judge({ ...EMPTY, exists: true, version: 1 }, null)).toEqual({ kind: 'upgrade', from: 1, to: 3 })
    expect(judge(probe({ version: 4 }), marker())).toEqual({ kind: 'newer', found: 4, supported: 3 })
    expect(judge(probe({ version: 40, auditCount: 0 }), null)).toMatchObject({ kind: 'newer' })
  })

  it('lets only ok, first-run and upgrade open without asking', () => {
    expect(opensWithoutAsking({ kind: 'ok' })).toBe(true)
    expect(opensWithoutAsking({ kind: 'first-run' })).toBe(true)
    expect(opensWithoutAsking({ kind: 'upgrade', from: 1, to: 3 })).toBe(true)
    expect(opensWithoutAsking({ kind: 'newer', found: 4, supported: 3 })).toBe(false)
    expect(opensWithoutAsking({ kind: 'missing', expected: null })).toBe(false)
  })
})
