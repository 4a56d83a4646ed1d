import { describe, expect, it } from 'vitest'
import { buildWorkspaceFile, readWorkspaceFile, serialiseWorkspaceFile } from '@shared/backup'
import { chainAuditEntry } from '@shared/audit'
import type { RawDump } from '@/db/raw-dump'
import v1File from '../../../test/fixtures/workspace-v1.json'
import { RAW_DUMP_FORMAT, rawDumpText, workspaceFromDump } from './raw-backup'

const draft = {
  at: '2026-03-01T08:00:00.000Z',
  actor: 'Åsa',
  entity: 'activities',
  entityId: 'x',
  label: 'a',
  op: 'create' as const,
  changes: [],
}
const entry1 = chainAuditEntry(draft, undefined)
const entry2 = chainAuditEntry({ ...draft, label: 'b', op: 'update' }, entry1)

const dump = (): RawDump => ({
  databaseName: 'dpo-desk',
  version: 2,
  tables: {
    activities: v1File.data.activities,
    settings: [
      { key: 'organisation', value: v1File.data.organisation },
      { key: 'preferences', value: {} },
    ],
    // Stored order is not trusted: the log is sorted by seq.
    audit: [entry2, entry1],
  },
})

describe('workspaceFromDump', () => {
  it('turns an older database into a workspace file that restores like any backup', () => {
    const data = workspaceFromDump(dump())
    expect(data.organisation).toEqual(v1File.data.organisation)
    expect(data.auditLog.map((e) => e.seq)).toEqual([1, 2])
    expect(data.vendors).toEqual([])
    const text = serialiseWorkspaceFile(buildWorkspaceFile(data, 'test', new Date('2026-11-27T10:00:00Z')))
    const read = readWorkspaceFile(text)
    expect(read.ok).toBe(true)
    if (read.ok) {
      expect(read.value.data.activities).toMatchObject(v1File.data.activities)
      expect(read.value.audit).toEqual({ count: 2, headHash: entry2.hash })
    }
  })
})

describe('rawDumpText', () => {
  it('keeps every table exactly as stored, with its schema version, and is not mistaken for a backup', () => {
    const text = rawDumpText({ ...dump(), version: 9, tables: { future: [{ id: 1, ny: 'åäö' }] } })
    expect(JSON.parse(text)).toMatchObject({
      format: RAW_DUMP_FORMAT,
      schemaVersion: 9,
      tables: { future: [{ id: 1, ny: 'åäö' }] },
    })
    expect(readWorkspaceFile(text)).toMatchObject({ ok: false, error: { code: 'backup/not-workspace' } })
  })
})
