import { describe, expect, it } from 'vitest'
import { canonicalJson, sha256Hex } from '../kernel'
import v1Fixture from '../../test/fixtures/workspace-v1.json'
import v2Fixture from '../../test/fixtures/workspace-v2.json'
import { migrateWorkspaceFile } from './format-migrations'

type Json = Record<string, unknown>
const v1 = (): Json => structuredClone(v1Fixture)
const V3_COLLECTIONS = [
  'vendors',
  'agreements',
  'transfers',
  'lias',
  'liaVersions',
  'dpiaScreenings',
  'breaches',
  'requests',
  'complaints',
  'documents',
  'findingAcceptances',
]

describe('migrateWorkspaceFile', () => {
  it('lifts a v1 file (organisation + activities) to v2 with an empty audit log, re-hashed', () => {
    const lifted = migrateWorkspaceFile(v1(), 1, 2)
    const data = { ...v1Fixture.data, auditLog: [] }
    expect(lifted).toEqual({
      format: 'dpo-desk-workspace',
      formatVersion: 2,
      appVersion: '0.0.9',
      exportedAt: '2026-02-02T09:00:00.000Z',
      contentHash: sha256Hex(canonicalJson(data)),
      audit: { count: 0, headHash: null },
      data,
    })
    expect(lifted?.contentHash).not.toBe(v1Fixture.contentHash)
  })

  it('lifts a v2 file to v3 by adding the other modules’ collections, empty, and re-hashing', () => {
    const lifted = migrateWorkspaceFile(structuredClone(v2Fixture), 2, 3)
    const data = { ...Object.fromEntries(V3_COLLECTIONS.map((n) => [n, []])), ...v2Fixture.data }
    expect(lifted).toEqual({ ...v2Fixture, formatVersion: 3, contentHash: sha256Hex(canonicalJson(data)), data })
  })

  it('lifts a v3 file to v4 with no published notice, re-hashed', () => {
    const v3 = migrateWorkspaceFile(structuredClone(v2Fixture), 2, 3)!
    const lifted = migrateWorkspaceFile(v3, 3, 4)
    const data = { ...(v3.data as Json), publishedNotice: null }
    expect(lifted).toEqual({ ...v3, formatVersion: 4, contentHash: sha256Hex(canonicalJson(data)), data })
  })

  it('runs every step in order: v1 → v4', () => {
    const lifted = migrateWorkspaceFile(v1(), 1, 4)
    expect(lifted?.formatVersion).toBe(4)
    expect(Object.keys(lifted?.data as Json).sort()).toEqual(
      ['organisation', 'activities', 'auditLog', 'publishedNotice', ...V3_COLLECTIONS].sort(),
    )
    expect(lifted?.contentHash).toBe(sha256Hex(canonicalJson(lifted?.data)))
  })

  it('runs every step in order: v1 → v3', () => {
    const lifted = migrateWorkspaceFile(v1(), 1, 3)
    expect(lifted?.formatVersion).toBe(3)
    expect(Object.keys(lifted?.data as Json).sort()).toEqual(
      ['organisation', 'activities', 'auditLog', ...V3_COLLECTIONS].sort(),
    )
    expect(lifted?.contentHash).toBe(sha256Hex(canonicalJson(lifted?.data)))
  })

  it('leaves the input file untouched', () => {
    const file = v1()
    const before = canonicalJson(file)
    migrateWorkspaceFile(file, 1, 2)
    expect(canonicalJson(file)).toBe(before)
  })

  it('refuses a v1 file whose data no longer matches its hash, instead of re-hashing the tampering away', () => {
    const file = v1()
    ;(file.data as { organisation: { name: string } }).organisation.name = 'Annat AB'
    expect(migrateWorkspaceFile(file, 1, 2)).toBeNull()
    expect(migrateWorkspaceFile({ ...v1(), contentHash: undefined }, 1, 2)).toBeNull()
  })

  it('returns the file as it is when already current, and null for a newer or unknown version', () => {
    const file = { formatVersion: 2, data: {} }
    expect(migrateWorkspaceFile(file, 2, 2)).toBe(file)
    expect(migrateWorkspaceFile(file, 3, 2)).toBeNull()
    expect(migrateWorkspaceFile(v1(), 0, 2)).toBeNull()
  })
})
