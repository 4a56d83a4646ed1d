import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import type { DpoBridge, WriteBackupRequest } from '@shared/ipc'
import { canonicalJson, sha256Hex } from '@shared/kernel'
import type { ActivityFields } from '@shared/register'
import { db, openDatabase, useDatabase } from '@/db/database'
import { activitiesRepository as repo, activityFields } from '@/features/register/activities.repository'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { importWorkspaceText, workspaceFileText } from './backup.service'

/**
 * Hostile input on the backup import path as the UI uses it (safety-and-speed.md §4–5): seeded fast-check runs
 * that mutate a real export, and a model-based run of register + undo + export + restore.
 */
vi.mock('@/platform/bridge', () => {
  const fake: Partial<DpoBridge> = {
    'backup:write': async (req: WriteBackupRequest) => ({
      ok: true,
      value: { name: 'x.json', reason: req.reason, createdAt: '', bytes: req.content.length },
    }),
    'marker:write': async () => ({ ok: true, value: true }),
  }
  return { api: () => fake as DpoBridge }
})

const ACTOR = 'Åsa Öberg'
const fields = (name: string): ActivityFields => ({ ...(structuredClone(payroll) as ActivityFields), name })
const snapshotJson = async () => JSON.stringify(await workspaceRepository.snapshot())
const KNOWN_REFUSALS = [
  'backup/not-json',
  'backup/not-workspace',
  'backup/newer-format',
  'backup/invalid',
  'backup/hash-mismatch',
  'backup/duplicate-id',
  'backup/audit-broken',
  'backup/too-large',
]

type Json = Record<string, unknown>

/** Every path into a JSON value, so a mutation can land anywhere in the file. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out)
  }
  return out
}

function setAt(root: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(root)
  let node: Record<string | number, unknown> = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path.at(-1)!] = value
  return copy
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil","x")',
    '__proto__',
    'a'.repeat(20_000),
    -1,
    1e308,
    '2026-02-30',
    null,
  ),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
)

let validText = ''
let validFile: Json = {}
let allPaths: (string | number)[][] = []

beforeAll(async () => {
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  await workspaceRepository.loadExample(ACTOR)
  const [first] = await repo.list()
  await repo.update(first!.id, { ...activityFields(first!), notes: 'Granskad – åäö 😀' }, 1, ACTOR)
  validText = await workspaceFileText()
  validFile = JSON.parse(validText) as Json
  allPaths = paths(validFile).filter((p) => p.length > 0)
})
afterAll(() => db().close())

describe('importing a hostile backup file', { timeout: 180_000 }, () => {
  it('either imports it whole or refuses it with a known code and changes nothing (file-level edits)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), hostileValue, fc.boolean(), async (at, value, rehash) => {
        const path = allPaths[at % allPaths.length]!
        let mutated = setAt(validFile, path, value)
        // Re-hashing gets the mutation past the checksum, so the schema and integrity checks are exercised.
        if (rehash && path[0] === 'data') mutated = { ...mutated, contentHash: sha256Hex(canonicalJson(mutated.data)) }
        await expectAllOrNothing(JSON.stringify(mutated))
      }),
      { numRuns: 1000, seed: 42 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('either imports it whole or refuses it with a known code and changes nothing (byte-level edits)', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 1 }) }),
    )
    await fc.assert(
      fc.asyncProperty(edit, async (e) => {
        const i = e.at % validText.length
        const text =
          e.kind === 'cut'
            ? validText.slice(0, i)
            : e.kind === 'insert'
              ? validText.slice(0, i) + e.text + validText.slice(i)
              : validText.slice(0, i) + e.text + validText.slice(i + 1)
        await expectAllOrNothing(text)
      }),
      { numRuns: 1000, seed: 7 },
    )
  })
})

/** The import's contract: ok and the file's records are there, or a known refusal and nothing changed. */
async function expectAllOrNothing(text: string): Promise<void> {
  const before = await snapshotJson()
  const result = await importWorkspaceText(text, 'replace', ACTOR, 'fuzz.json')
  if (!result.ok) {
    expect(KNOWN_REFUSALS).toContain(result.error.code)
    expect(await snapshotJson()).toBe(before)
    return
  }
  const after = await workspaceRepository.snapshot()
  const file = JSON.parse(text) as { data: { activities: { id: string }[] } }
  expect(after.activities.map((a) => a.id).sort()).toEqual(file.data.activities.map((a) => a.id).sort())
  expect(verifyAuditChain(after.auditLog).ok).toBe(true)
}

/** The register as the user sees it: id → name and notes. */
type Model = {
  rows: Map<string, { name: string; notes: string }>
  deleted: string[]
  exports: { text: string; rows: Model['rows'] }[]
}
interface Real {
  deleted: Map<string, Awaited<ReturnType<typeof repo.get>>>
}

/** The database against the model: the same records with the same names and notes, and a valid chain. */
async function expectMatches(m: Model): Promise<void> {
  const stored = await db().activities.toArray()
  expect(new Map(stored.map((a) => [a.id, { name: a.name, notes: a.notes }]))).toEqual(m.rows)
  expect(verifyAuditChain(await db().audit.orderBy('seq').toArray()).ok).toBe(true)
}

/** Runs a command's effect, then checks the database against the model. */
const checked =
  (run: (m: Model, r: Real) => Promise<void>) =>
  async (m: Model, r: Real): Promise<void> => {
    await run(m, r)
    await expectMatches(m)
  }

const commands = [
  fc.string({ maxLength: 12 }).map((suffix): fc.AsyncCommand<Model, Real> => ({
    check: () => true,
    run: checked(async (m) => {
      const saved = await repo.create(fields(`Behandling ${suffix}`), ACTOR)
      m.rows.set(saved.id, { name: saved.name, notes: saved.notes })
    }),
    toString: () => `create(${suffix})`,
  })),
  fc.tuple(fc.nat(), fc.string({ maxLength: 12 })).map(([at, notes]): fc.AsyncCommand<Model, Real> => ({
    check: (m) => m.rows.size > 0,
    run: checked(async (m) => {
      const id = [...m.rows.keys()].sort()[at % m.rows.size]!
      const current = (await repo.get(id))!
      await repo.update(id, { ...activityFields(current), notes }, current.revision, ACTOR)
      m.rows.set(id, { ...m.rows.get(id)!, notes })
    }),
    toString: () => `edit(${at}, ${JSON.stringify(notes)})`,
  })),
  fc.nat().map((at): fc.AsyncCommand<Model, Real> => ({
    check: (m) => m.rows.size > 0,
    run: checked(async (m, r) => {
      const id = [...m.rows.keys()].sort()[at % m.rows.size]!
      r.deleted.set(id, await repo.get(id))
      await repo.remove(id, ACTOR)
      m.rows.delete(id)
      m.deleted.push(id)
    }),
    toString: () => `delete(${at})`,
  })),
  fc.constant<fc.AsyncCommand<Model, Real>>({
    check: (m) => m.deleted.length > 0,
    run: checked(async (m, r) => {
      const id = m.deleted.pop()!
      const record = r.deleted.get(id)!
      const restored = await repo.undoRemove(record, ACTOR)
      m.rows.set(id, { name: restored.name, notes: restored.notes })
    }),
    toString: () => 'undo',
  }),
  fc.constant<fc.AsyncCommand<Model, Real>>({
    check: () => true,
    run: checked(async (m) => {
      m.exports.push({ text: await workspaceFileText(), rows: new Map(m.rows) })
    }),
    toString: () => 'export',
  }),
  fc.nat().map((at): fc.AsyncCommand<Model, Real> => ({
    check: (m) => m.exports.length > 0,
    run: checked(async (m) => {
      const chosen = m.exports[at % m.exports.length]!
      const r = await importWorkspaceText(chosen.text, 'replace', ACTOR, 'export.json')
      expect(r.ok).toBe(true)
      m.rows = new Map(chosen.rows)
      // Undo after a restore would bring back a record from another timeline: the UI's undo is gone too.
      m.deleted = []
    }),
    toString: () => `restore(${at})`,
  })),
]

describe('register + undo + export + restore, against a model', { timeout: 180_000 }, () => {
  it('keeps the database equal to the model and the audit chain valid after every command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        useDatabase(openDatabase('t-' + crypto.randomUUID()))
        const model: Model = { rows: new Map(), deleted: [], exports: [] }
        const real: Real = { deleted: new Map() }
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds)
        } finally {
          db().close()
        }
      }),
      { numRuns: 200, seed: 42 },
    )
  })
})
