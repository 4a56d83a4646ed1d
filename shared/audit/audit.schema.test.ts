import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../kernel'
import {
  AUDIT_OPS,
  AuditEntrySchema,
  chainAuditEntry,
  diffFields,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
  type AuditDraft,
  type AuditEntry,
} from './audit.schema'

// safety-and-speed.md §3 targets 1–2: a random edit, deletion or reordering always fails, key order never matters.
const RUNS = { numRuns: 1000, seed: 42 } as const

const draftArb: fc.Arbitrary<AuditDraft> = fc.record({
  at: fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  actor: fc.string({ maxLength: 20 }),
  entity: fc.constantFrom('activities', 'settings', 'workspace'),
  entityId: fc.uuid(),
  label: fc.string({ maxLength: 30 }),
  op: fc.constantFrom(...AUDIT_OPS),
  changes: fc.array(
    fc.record({
      field: fc.string({ maxLength: 12 }),
      before: fc.jsonValue({ maxDepth: 2 }),
      after: fc.jsonValue({ maxDepth: 2 }),
    }),
    { maxLength: 3 },
  ),
})

function buildChain(drafts: readonly AuditDraft[]): AuditEntry[] {
  const out: AuditEntry[] = []
  for (const d of drafts) out.push(chainAuditEntry(d, out[out.length - 1]))
  return out
}

const chainArb = fc.array(draftArb, { minLength: 1, maxLength: 8 }).map(buildChain)

const ENTRY_FIELDS = ['seq', 'at', 'actor', 'entity', 'entityId', 'label', 'op', 'changes', 'prevHash', 'hash'] as const

/** The entry with the keys of every object reordered (reversed or rotated). */
function reorderKeys(value: unknown, rotate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, rotate))
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).reverse()
    const r = keys.length ? rotate % keys.length : 0
    const order = [...keys.slice(r), ...keys.slice(0, r)]
    const record = value as Record<string, unknown>
    return Object.fromEntries(order.map((k) => [k, reorderKeys(record[k], rotate)]))
  }
  return value
}

const draft = (label: string, at = '2026-01-15T08:00:00.000Z'): AuditDraft => ({
  at,
  actor: 'Anna DPO',
  entity: 'activities',
  entityId: '6d1f0c3a-0001-4000-8000-000000000001',
  label,
  op: 'update',
  changes: [{ field: 'name', before: 'Lön', after: label }],
})

describe('chainAuditEntry', () => {
  it('starts at seq 1 from the genesis hash and links each entry to the one before', () => {
    const [first, second, third] = buildChain([draft('Lönehantering'), draft('Bokföring'), draft('Nyhetsbrev')])
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH })
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash })
    expect(third).toMatchObject({ seq: 3, prevHash: second!.hash })
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/)
    const { hash, ...rest } = first!
    expect(hashAuditEntry(rest)).toBe(hash)
    for (const e of [first, second, third]) expect(AuditEntrySchema.safeParse(e).success).toBe(true)
  })

  it('gives a different hash when anything in the draft differs', () => {
    const a = chainAuditEntry(draft('Lönehantering'), undefined)
    expect(chainAuditEntry(draft('LönehanterinG'), undefined).hash).not.toBe(a.hash)
    expect(chainAuditEntry(draft('Lönehantering', '2026-01-15T08:00:00.001Z'), undefined).hash).not.toBe(a.hash)
    expect(chainAuditEntry(draft('Lönehantering'), { seq: 1, hash: a.hash }).hash).not.toBe(a.hash)
  })
})

describe('verifyAuditChain', () => {
  it('accepts an empty log and a valid chain, reporting count and head', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, headHash: GENESIS_HASH })
    const chain = buildChain([draft('a'), draft('b'), draft('c'), draft('d')])
    expect(verifyAuditChain(chain)).toEqual({ ok: true, count: 4, headHash: chain[3]!.hash })
  })

  it('names the first broken seq for a worked example of each kind of tampering', () => {
    const chain = buildChain(['a', 'b', 'c', 'd', 'e'].map((l) => draft(l)))
    const edited = chain.map((e) => (e.seq === 3 ? { ...e, label: 'x' } : e))
    expect(verifyAuditChain(edited)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'hash' })
    expect(verifyAuditChain(chain.filter((e) => e.seq !== 2))).toEqual({
      ok: false,
      brokenAtSeq: 2,
      reason: 'sequence',
    })
    const swapped = [chain[0]!, chain[3]!, chain[2]!, chain[1]!, chain[4]!]
    expect(verifyAuditChain(swapped)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'sequence' })
    const relinked = chain.map((e) => (e.seq === 4 ? { ...e, prevHash: GENESIS_HASH } : e))
    expect(verifyAuditChain(relinked)).toEqual({ ok: false, brokenAtSeq: 4, reason: 'link' })
    // Renumbering the rest after a deletion still breaks the link to the deleted entry.
    const renumbered = chain.filter((e) => e.seq !== 2).map((e, i) => ({ ...e, seq: i + 1 }))
    expect(verifyAuditChain(renumbered)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'link' })
  })

  it('is valid for any chain built by chainAuditEntry', () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        expect(verifyAuditChain(chain)).toEqual({ ok: true, count: chain.length, headHash: chain.at(-1)!.hash })
      }),
      RUNS,
    )
  })

  it('fails at the edited entry when any field of any entry is replaced', () => {
    fc.assert(
      fc.property(
        chainArb,
        fc.nat(),
        fc.constantFrom(...ENTRY_FIELDS),
        fc.jsonValue({ maxDepth: 2 }),
        (chain, at, field, value) => {
          const k = at % chain.length
          const original = chain[k]!
          fc.pre(canonicalJson(value) !== canonicalJson(original[field]))
          const tampered = chain.map((e, i) => (i === k ? { ...e, [field]: value } : e))
          const verdict = verifyAuditChain(tampered)
          expect(verdict.ok).toBe(false)
          if (!verdict.ok) expect(verdict.brokenAtSeq).toBe(original.seq)
        },
      ),
      RUNS,
    )
  })

  it('fails at the edited entry for small, plausible edits (one character, one nested value, seq ± 1)', () => {
    const edits: ((e: AuditEntry) => AuditEntry)[] = [
      (e) => ({ ...e, label: e.label + ' ' }),
      (e) => ({ ...e, actor: e.actor + 'x' }),
      (e) => ({ ...e, at: new Date(Date.parse(e.at) + 1).toISOString() }),
      (e) => ({ ...e, seq: e.seq + 1 }),
      (e) => ({ ...e, changes: [...e.changes, { field: 'name', before: null, after: 'x' }] }),
      (e) => ({ ...e, changes: e.changes.map((c, i) => (i === 0 ? { ...c, after: [c.after] } : c)) }),
      (e) => ({ ...e, hash: (e.hash[0] === 'a' ? 'b' : 'a') + e.hash.slice(1) }),
      (e) => ({ ...e, op: e.op === 'delete' ? 'update' : 'delete' }),
    ]
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.nat({ max: edits.length - 1 }), (chain, at, which) => {
        const k = at % chain.length
        const edited = edits[which]!(chain[k]!)
        fc.pre(canonicalJson(edited) !== canonicalJson(chain[k]))
        const verdict = verifyAuditChain(chain.map((e, i) => (i === k ? edited : e)))
        expect(verdict).toMatchObject({ ok: false, brokenAtSeq: k + 1 })
      }),
      RUNS,
    )
  })

  it('fails at the deleted entry; deleting the newest shows only in count and head (anchored elsewhere)', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), (chain, at) => {
        const k = at % chain.length
        const verdict = verifyAuditChain(chain.filter((_, i) => i !== k))
        if (k < chain.length - 1) {
          expect(verdict).toEqual({ ok: false, brokenAtSeq: k + 1, reason: 'sequence' })
        } else {
          expect(verdict).toMatchObject({ ok: true, count: chain.length - 1 })
          if (verdict.ok) expect(verdict.headHash).not.toBe(chain.at(-1)!.hash)
        }
      }),
      RUNS,
    )
  })

  it('fails at the earlier position when two entries are swapped', () => {
    fc.assert(
      fc.property(
        chainArb.filter((c) => c.length >= 2),
        fc.nat(),
        fc.nat(),
        (chain, a, b) => {
          const i = a % chain.length
          const j = b % chain.length
          fc.pre(i !== j)
          const swapped = [...chain]
          swapped[i] = chain[j]!
          swapped[j] = chain[i]!
          expect(verifyAuditChain(swapped)).toEqual({ ok: false, brokenAtSeq: Math.min(i, j) + 1, reason: 'sequence' })
        },
      ),
      RUNS,
    )
  })

  it('does not depend on the key order of entries (as IndexedDB or a file may reorder them)', () => {
    fc.assert(
      fc.property(chainArb, fc.nat({ max: 20 }), (chain, rotate) => {
        const reordered = chain.map((e) => reorderKeys(e, rotate) as AuditEntry)
        expect(verifyAuditChain(reordered)).toEqual(verifyAuditChain(chain))
        expect(verifyAuditChain(reordered).ok).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('AuditEntrySchema', () => {
  it('refuses unknown ops, unknown keys and malformed hashes', () => {
    const entry = chainAuditEntry(draft('Lön'), undefined)
    expect(AuditEntrySchema.safeParse({ ...entry, op: 'edit' }).success).toBe(false)
    expect(AuditEntrySchema.safeParse({ ...entry, extra: true }).success).toBe(false)
    expect(AuditEntrySchema.safeParse({ ...entry, hash: entry.hash.toUpperCase() }).success).toBe(false)
    expect(AuditEntrySchema.safeParse({ ...entry, seq: 0 }).success).toBe(false)
  })
})

describe('diffFields', () => {
  const before = {
    id: 'x',
    name: 'Lönehantering',
    purposes: [{ description: 'Lön', legalBasis: 'b_contract' }],
    dpia: { status: 'not_assessed', reference: '' },
    notes: 'a',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  }

  it('lists changed top-level fields, sorted, with both values', () => {
    const after = { ...before, notes: 'b', name: 'Lön', updatedAt: '2026-02-01T00:00:00.000Z', revision: 2 }
    expect(diffFields(before, after)).toEqual([
      { field: 'name', before: 'Lönehantering', after: 'Lön' },
      { field: 'notes', before: 'a', after: 'b' },
    ])
  })

  it('leaves out updatedAt and revision, and compares nested values by content, not key order', () => {
    const after = {
      ...before,
      dpia: { reference: '', status: 'not_assessed' },
      updatedAt: '2027-01-01T00:00:00.000Z',
      revision: 9,
    }
    expect(diffFields(before, after)).toEqual([])
    const changedBasis = { ...before, purposes: [{ description: 'Lön', legalBasis: 'c_legal_obligation' }] }
    expect(diffFields(before, changedBasis).map((c) => c.field)).toEqual(['purposes'])
  })

  it('reports added and removed fields with null on the missing side', () => {
    expect(diffFields({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', before: 1, after: null },
      { field: 'b', before: null, after: 2 },
    ])
    expect(diffFields({}, { name: 'x', revision: 1 })).toEqual([{ field: 'name', before: null, after: 'x' }])
  })
})
