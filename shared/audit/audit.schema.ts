/**
 * The append-only audit log: one entry per create, update, delete, restore or reset, hash-chained so that an
 * edited, deleted or reordered entry is detectable (safety-and-speed.md §3). The hash is SHA-256 over the
 * previous hash and the entry's canonical JSON; it gives tamper evidence, not proof.
 */
import { z } from 'zod'
import { canonicalJson, IsoDateTime, sha256Hex, ShortText } from '../kernel'

export const AUDIT_OPS = ['create', 'update', 'delete', 'restore', 'import', 'reset', 'accept', 'sign_off'] as const
export type AuditOp = (typeof AUDIT_OPS)[number]

/** The hash the first entry chains from. */
export const GENESIS_HASH = '0'.repeat(64)

const FieldChangeSchema = z.strictObject({
  field: z.string().max(200),
  before: z.unknown(),
  after: z.unknown(),
})
export type FieldChange = z.infer<typeof FieldChangeSchema>

export const AuditEntrySchema = z.strictObject({
  seq: z.int().min(1),
  at: IsoDateTime,
  actor: ShortText,
  /** Table the record lives in, e.g. `activities`; `workspace` for restore and reset. */
  entity: z.string().max(60),
  entityId: z.string().max(100),
  /** The record's name at the time, so the log reads without the record. */
  label: ShortText,
  op: z.enum(AUDIT_OPS),
  /** Top-level fields that changed with their old and new values; a delete keeps the whole record in `before`. */
  changes: z.array(FieldChangeSchema).max(500),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

/** What a caller supplies; sequence and hashes are filled in by the log. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>

/** The hash of an entry: over everything except the hash itself, in canonical (key-sorted) JSON. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256Hex(entry.prevHash + '\n' + canonicalJson(entry))
}

/** Chains a draft after the given head (or genesis). */
export function chainAuditEntry(draft: AuditDraft, head: Pick<AuditEntry, 'seq' | 'hash'> | undefined): AuditEntry {
  const unhashed = { ...draft, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH }
  return { ...unhashed, hash: hashAuditEntry(unhashed) }
}

export type ChainVerdict =
  { ok: true; count: number; headHash: string } | { ok: false; brokenAtSeq: number; reason: string }

/** Walks the chain oldest first and names the first entry whose sequence, link or hash does not hold. */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainVerdict {
  let prev: AuditEntry | undefined
  for (const entry of entries) {
    const expectedSeq = (prev?.seq ?? 0) + 1
    // Name the position that broke, not the stray number found there: a deleted or swapped entry k, or an
    // edited seq, is reported at k.
    if (entry.seq !== expectedSeq) return { ok: false, brokenAtSeq: expectedSeq, reason: 'sequence' }
    if (entry.prevHash !== (prev?.hash ?? GENESIS_HASH)) return { ok: false, brokenAtSeq: entry.seq, reason: 'link' }
    const { hash, ...rest } = entry
    if (hashAuditEntry(rest) !== hash) return { ok: false, brokenAtSeq: entry.seq, reason: 'hash' }
    prev = entry
  }
  return { ok: true, count: entries.length, headHash: prev?.hash ?? GENESIS_HASH }
}

/** Top-level fields whose values differ, with both values (bookkeeping fields left out). */
export function diffFields(before: object, after: object): FieldChange[] {
  const skip = new Set(['updatedAt', 'revision'])
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.has(k)).sort()
  return keys
    .filter((k) => canonicalJson(b[k] ?? null) !== canonicalJson(a[k] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }))
}
