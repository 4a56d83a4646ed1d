/**
 * Backup files written by older builds are lifted to the current format step by step before validation,
 * the same pattern as the database migrations. Each step is frozen once released.
 */
import { canonicalJson, sha256Hex } from '../kernel'

type Json = Record<string, unknown>

/** Frozen copy of the collections v3 introduced (not imported: a released step must never change). */
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
] as const

interface FormatMigration {
  /** The version this step produces. */
  to: number
  migrate: (file: Json) => Json
}

/**
 * v1 was the register-only file (organisation + activities). v2 adds the audit log and its head; v3 the other
 * modules' collections; v4 the published privacy notice. Each step re-hashes the lifted data, after checking the old hash.
 */
const rehash = (file: Json, data: Json): Json => ({ ...file, data, contentHash: sha256Hex(canonicalJson(data)) })

const FORMAT_MIGRATIONS: readonly FormatMigration[] = [
  {
    to: 2,
    migrate: (file) => {
      const data = { ...(file.data as Json), auditLog: [] }
      return {
        ...file,
        formatVersion: 2,
        data,
        contentHash: sha256Hex(canonicalJson(data)),
        audit: { count: 0, headHash: null },
      }
    },
  },
  {
    to: 3,
    migrate: (file) => {
      const empty = Object.fromEntries(V3_COLLECTIONS.map((name) => [name, []]))
      return rehash({ ...file, formatVersion: 3 }, { ...empty, ...(file.data as Json) })
    },
  },
  {
    // Files before v4 did not carry the published notice: a restore leaves none.
    to: 4,
    migrate: (file) => rehash({ ...file, formatVersion: 4 }, { ...(file.data as Json), publishedNotice: null }),
  },
]

/**
 * Lifts a file from its version to `target`; returns null when the file is newer than this build knows
 * (never silently downgrade) or a step is missing.
 */
export function migrateWorkspaceFile(file: Json, from: number, target: number): Json | null {
  if (from > target) return null
  let current = file
  for (let v = from; v < target; v++) {
    const step = FORMAT_MIGRATIONS.find((m) => m.to === v + 1)
    if (!step) return null
    const before = sha256Hex(canonicalJson(current.data ?? null))
    if (before !== current.contentHash) return null
    current = step.migrate(current)
  }
  return current
}
