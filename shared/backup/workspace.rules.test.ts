import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chainAuditEntry, type AuditDraft, type AuditEntry } from '../audit'
import { MYNUMBERS_ORGANISATION, myNumbersActivities } from '../example'
import { canonicalJson, LONG_TEXT_MAX, sha256Hex, SHORT_TEXT_MAX, type Result } from '../kernel'
import type { ProcessingActivity } from '../register'
import v1Fixture from '../../test/fixtures/workspace-v1.json'
import v2Fixture from '../../test/fixtures/workspace-v2.json'
import {
  buildWorkspaceFile,
  MAX_WORKSPACE_DEPTH,
  MAX_WORKSPACE_FILE_CHARS,
  readWorkspaceFile,
  serialiseWorkspaceFile,
} from './workspace.rules'
import {
  CURRENT_FORMAT_VERSION,
  emptyCollections,
  WorkspaceDataSchema,
  type WorkspaceData,
  type WorkspaceFile,
} from './workspace.schema'

const NOW = new Date('2026-11-27T10:00:00.000Z')
const RUNS = { numRuns: 1000, seed: 42 } as const
const ERROR_CODES = [
  'backup/too-large',
  'backup/not-json',
  'backup/not-workspace',
  'backup/newer-format',
  'backup/hash-mismatch',
  'backup/invalid',
  'backup/duplicate-id',
  'backup/audit-broken',
]

function exampleActivities(): ProcessingActivity[] {
  return myNumbersActivities().map(({ id, fields }, i) => ({
    ...fields,
    id,
    createdAt: `2026-01-0${i + 1}T08:00:00.000Z`,
    updatedAt: `2026-02-0${i + 1}T08:00:00.000Z`,
    revision: i + 1,
  }))
}

function chain(drafts: AuditDraft[]): AuditEntry[] {
  const out: AuditEntry[] = []
  for (const d of drafts) out.push(chainAuditEntry(d, out.at(-1)))
  return out
}

const auditDraft = (op: AuditDraft['op'], a: ProcessingActivity, changes: AuditDraft['changes']): AuditDraft => ({
  at: a.updatedAt,
  actor: 'Åsa Öberg',
  entity: 'activities',
  entityId: a.id,
  label: a.name,
  op,
  changes,
})

/** The MyNumbers register with a short audit log: a create, an update and a delete holding the whole record. */
function exampleData(): WorkspaceData {
  const activities = exampleActivities()
  const a = activities[0]!
  return {
    ...emptyCollections(),
    organisation: { ...MYNUMBERS_ORGANISATION },
    activities,
    auditLog: chain([
      auditDraft('create', a, [{ field: 'name', before: null, after: a.name }]),
      auditDraft('update', a, [{ field: 'notes', before: '', after: 'Granskad' }]),
      auditDraft('delete', a, [{ field: '*', before: a, after: null }]),
    ]),
  }
}

const fileText = (data: WorkspaceData = exampleData()) => serialiseWorkspaceFile(buildWorkspaceFile(data, '0.1.0', NOW))

/** Edits the parsed file and serialises it again, without fixing the hash. */
function edited(edit: (file: WorkspaceFile) => void, text = fileText()): string {
  const file = JSON.parse(text) as WorkspaceFile
  edit(file)
  return JSON.stringify(file)
}

/** Defines an own property, so `__proto__` becomes a key rather than a prototype. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

function expectError(result: Result<WorkspaceFile>, code: string): string[] {
  expect(result.ok).toBe(false)
  if (result.ok) return []
  expect(result.error.code).toBe(code)
  expect(result.error.message.length).toBeGreaterThan(10)
  return result.error.details ?? []
}

describe('buildWorkspaceFile / readWorkspaceFile', () => {
  it('round-trips: build → serialise → read gives the same file', () => {
    const file = buildWorkspaceFile(exampleData(), '0.1.0', NOW)
    expect(file).toMatchObject({
      format: 'dpo-desk-workspace',
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-11-27T10:00:00.000Z',
      audit: { count: 3, headHash: file.data.auditLog[2]!.hash },
    })
    const read = readWorkspaceFile(serialiseWorkspaceFile(file))
    expect(read).toEqual({ ok: true, value: file })
  })

  it('round-trips an empty workspace (no audit head yet)', () => {
    const file = buildWorkspaceFile(
      { ...emptyCollections(), organisation: { ...MYNUMBERS_ORGANISATION, name: '' }, auditLog: [] },
      '0.1.0',
      NOW,
    )
    expect(file.audit).toEqual({ count: 0, headHash: null })
    expect(readWorkspaceFile(serialiseWorkspaceFile(file))).toEqual({ ok: true, value: file })
  })

  it('does not depend on key order in the file', () => {
    const text = fileText()
    const reversed = JSON.stringify(reverseKeys(JSON.parse(text)))
    expect(reversed).not.toBe(JSON.stringify(JSON.parse(text)))
    const read = readWorkspaceFile(reversed)
    expect(read.ok).toBe(true)
    if (read.ok) expect(canonicalJson(read.value)).toBe(canonicalJson(JSON.parse(text)))
  })
})

describe('readWorkspaceFile refuses hostile files with a clear code, never throwing', () => {
  it('truncated or empty JSON → backup/not-json', () => {
    const text = fileText()
    expectError(readWorkspaceFile(text.slice(0, Math.floor(text.length / 2))), 'backup/not-json')
    expectError(readWorkspaceFile(''), 'backup/not-json')
    expectError(readWorkspaceFile('\uFEFF{}'), 'backup/not-json')
  })

  it('something else entirely → backup/not-workspace', () => {
    for (const text of ['null', '[]', '"dpo-desk-workspace"', '42', '{"format":"dexie","formatVersion":1}']) {
      expectError(readWorkspaceFile(text), 'backup/not-workspace')
    }
    const details = expectError(
      readWorkspaceFile('{"format":"dpo-desk-workspace","formatVersion":"2"}'),
      'backup/not-workspace',
    )
    expect(details).toEqual([expect.stringMatching(/^formatVersion: /)])
  })

  it('a wrong type deep inside → backup/invalid naming data.activities[3].purposes[0].legalBasis', () => {
    const text = edited((f) => {
      ;(f.data.activities[3]!.purposes[0] as { legalBasis: unknown }).legalBasis = 42
    })
    const details = expectError(readWorkspaceFile(text), 'backup/invalid')
    expect(details).toEqual([expect.stringMatching(/^data\.activities\[3\]\.purposes\[0\]\.legalBasis: /)])
  })

  it('unknown keys anywhere → backup/invalid', () => {
    const top = expectError(readWorkspaceFile(edited((f) => setOwn(f, 'macro', 'x'))), 'backup/invalid')
    expect(top).toEqual([expect.stringContaining('(root): Unrecognized key')])
    const nested = expectError(
      readWorkspaceFile(edited((f) => setOwn(f.data.activities[5]!.dpia, 'owner', 'x'))),
      'backup/invalid',
    )
    expect(nested).toEqual([expect.stringContaining('data.activities[5].dpia: Unrecognized key')])
  })

  it('`__proto__` and `constructor` keys → backup/invalid, and no prototype is touched', () => {
    const cases = [
      edited((f) => setOwn(f, '__proto__', { polluted: true })),
      edited((f) => setOwn(f.data.activities[0]!, '__proto__', { polluted: true })),
      edited((f) => setOwn(f.data.organisation, 'constructor', { prototype: { polluted: true } })),
      edited((f) => setOwn(f.data.auditLog[0]!, '__proto__', { polluted: true })),
    ]
    for (const text of cases) {
      expect(text).toMatch(/"(__proto__|constructor)":/)
      const details = expectError(readWorkspaceFile(text), 'backup/invalid')
      expect(details.join('\n')).toMatch(/Unrecognized key: "(__proto__|constructor)"/)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('strings past the limits → backup/invalid with the path', () => {
    const longName = edited((f) => {
      f.data.activities[0]!.name = 'x'.repeat(SHORT_TEXT_MAX + 1)
    })
    expect(expectError(readWorkspaceFile(longName), 'backup/invalid')).toEqual([
      expect.stringMatching(/^data\.activities\[0\]\.name: /),
    ])
    const longNotes = edited((f) => {
      f.data.activities[1]!.notes = 'å'.repeat(LONG_TEXT_MAX + 1)
    })
    expect(expectError(readWorkspaceFile(longNotes), 'backup/invalid')).toEqual([
      expect.stringMatching(/^data\.activities\[1\]\.notes: /),
    ])
    const longLabel = edited((f) => {
      f.data.auditLog[0]!.label = 'x'.repeat(SHORT_TEXT_MAX + 1)
    })
    expect(expectError(readWorkspaceFile(longLabel), 'backup/invalid')).toEqual([
      expect.stringMatching(/^data\.auditLog\[0\]\.label: /),
    ])
  })

  it('a file past the size cap → backup/too-large, before parsing', () => {
    expectError(readWorkspaceFile(' '.repeat(MAX_WORKSPACE_FILE_CHARS + 1)), 'backup/too-large')
  })

  it('nesting deeper than a workspace can → backup/invalid (recursion would overflow the stack)', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000)
    const v1 = `{"format":"dpo-desk-workspace","formatVersion":1,"contentHash":"x","data":${deep}}`
    expectError(readWorkspaceFile(v1), 'backup/invalid')
    // Inside an audit value (z.unknown), which validation alone would let through to the hashing.
    const text = fileText()
    expect(text).toContain('"after": "Granskad"')
    expectError(readWorkspaceFile(text.replace('"after": "Granskad"', `"after": ${deep}`)), 'backup/invalid')
    // Right at the limit is still read (and then fails on its content, not on depth).
    const atLimit = `{"format":"dpo-desk-workspace","formatVersion":${CURRENT_FORMAT_VERSION},"x":${'['.repeat(MAX_WORKSPACE_DEPTH - 1)}${']'.repeat(MAX_WORKSPACE_DEPTH - 1)}}`
    const details = expectError(readWorkspaceFile(atLimit), 'backup/invalid')
    expect(details.join('\n')).not.toMatch(/nested/)
  })

  it('a newer format version → backup/newer-format (never silently downgraded)', () => {
    const text = edited((f) => setOwn(f, 'formatVersion', CURRENT_FORMAT_VERSION + 1))
    expectError(readWorkspaceFile(text), 'backup/newer-format')
  })

  it('content changed after export → backup/hash-mismatch', () => {
    const renamed = edited((f) => {
      f.data.activities[2]!.name = 'Marknadsföring (ändrad)'
    })
    expectError(readWorkspaceFile(renamed), 'backup/hash-mismatch')
    const orgEdited = edited((f) => {
      f.data.organisation.dpoName = 'Någon'
    })
    expectError(readWorkspaceFile(orgEdited), 'backup/hash-mismatch')
    const hashEdited = edited((f) => {
      f.contentHash = '0'.repeat(64)
    })
    expectError(readWorkspaceFile(hashEdited), 'backup/hash-mismatch')
  })

  it('a `__proto__` member inside audit values is covered by the hash', () => {
    const data = exampleData()
    const odd = JSON.parse('{"__proto__":{"x":1},"y":2}') as unknown
    data.auditLog = chain([auditDraft('update', data.activities[0]!, [{ field: 'notes', before: odd, after: null }])])
    const text = fileText(data)
    const read = readWorkspaceFile(text)
    expect(read.ok).toBe(true)
    if (read.ok)
      expect(canonicalJson(read.value.data.auditLog[0]!.changes[0]!.before)).toBe('{"__proto__":{"x":1},"y":2}')
    expect(text).toContain('"x": 1')
    expectError(readWorkspaceFile(text.replace('"x": 1', '"x": 2')), 'backup/hash-mismatch')
  })

  it('two activities with one id → backup/duplicate-id naming the second', () => {
    const data = exampleData()
    data.activities[6] = { ...data.activities[6]!, id: data.activities[1]!.id }
    const details = expectError(readWorkspaceFile(fileText(data)), 'backup/duplicate-id')
    expect(details).toEqual([`data.activities[6].id: ${data.activities[1]!.id}`])
  })

  it('a broken audit chain (hash recomputed over the file) → backup/audit-broken naming the entry', () => {
    const data = exampleData()
    data.auditLog[1] = { ...data.auditLog[1]!, actor: 'Någon annan' }
    const r = readWorkspaceFile(fileText(data))
    expectError(r, 'backup/audit-broken')
    if (!r.ok) expect(r.error.message).toContain('entry 2')
    const dropped = exampleData()
    dropped.auditLog.splice(0, 1)
    expectError(readWorkspaceFile(fileText(dropped)), 'backup/audit-broken')
  })

  it('an audit head that does not match the header → backup/audit-broken', () => {
    const truncated = exampleData()
    const text = fileText(truncated)
    expectError(readWorkspaceFile(edited((f) => (f.audit.count = 2), text)), 'backup/audit-broken')
    expectError(
      readWorkspaceFile(edited((f) => (f.audit.headHash = f.data.auditLog[0]!.hash), text)),
      'backup/audit-broken',
    )
    // The newest entry dropped and the content re-hashed: the chain is still valid, the header catches it.
    const file = JSON.parse(text) as WorkspaceFile
    const lessData = { ...file.data, auditLog: file.data.auditLog.slice(0, 2) }
    const forged = { ...buildWorkspaceFile(lessData, '0.1.0', NOW), audit: file.audit }
    expectError(readWorkspaceFile(JSON.stringify(forged)), 'backup/audit-broken')
  })
})

describe('readWorkspaceFile with files from older builds', () => {
  /** What a restore gets: the old data with the newer collections empty and the newer fields defaulted. */
  const lifted = (data: object, auditLog: unknown[]) =>
    WorkspaceDataSchema.parse({ ...emptyCollections(), ...data, auditLog, publishedNotice: null })

  it('migrates a v1 file (organisation + activities, hashed over its data) to the current format', () => {
    const r = readWorkspaceFile(JSON.stringify(v1Fixture))
    expect(r.ok ? r.value.formatVersion : r.error).toBe(CURRENT_FORMAT_VERSION)
    if (!r.ok) return
    expect(r.value.audit).toEqual({ count: 0, headHash: null })
    expect(r.value.data).toEqual(lifted(v1Fixture.data, []))
    expect(r.value.data.activities.map((a) => a.name)).toEqual(['Lönehantering', 'Kundregister för offerter'])
    expect(r.value.data.activities[0]!.recipients[0]).toMatchObject({ name: 'Skatteverket', vendorId: null })
  })

  it('migrates a v2 file (with its audit log) to the current format, keeping the chain and header', () => {
    const r = readWorkspaceFile(JSON.stringify(v2Fixture))
    expect(r.ok ? r.value.formatVersion : r.error).toBe(CURRENT_FORMAT_VERSION)
    if (!r.ok) return
    expect(r.value.audit).toEqual(v2Fixture.audit)
    expect(r.value.data).toEqual(lifted({ ...v2Fixture.data, auditLog: undefined }, v2Fixture.data.auditLog))
  })

  it('reads a current-format file written before a defaulted field existed (hash over the data as written)', () => {
    const file = JSON.parse(fileText()) as WorkspaceFile
    for (const a of file.data.activities) for (const r of a.recipients) delete (r as { vendorId?: unknown }).vendorId
    const written = { ...file, contentHash: sha256Hex(canonicalJson(file.data)) }
    const r = readWorkspaceFile(JSON.stringify(written))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.data.activities[0]!.recipients.every((x) => x.vendorId === null)).toBe(true)
  })

  it('refuses old files edited after export', () => {
    const v1 = JSON.stringify(v1Fixture).replace('Kundregister för offerter', 'Kundregister')
    expectError(readWorkspaceFile(v1), 'backup/hash-mismatch')
    const v2 = JSON.stringify(v2Fixture).replace('"after":"draft"', '"after":"retired"')
    expect(v2).not.toBe(JSON.stringify(v2Fixture))
    expectError(readWorkspaceFile(v2), 'backup/hash-mismatch')
  })
})

describe('readWorkspaceFile fuzzing: always a Result, never a throw', () => {
  const expectResult = (text: string): Result<WorkspaceFile> => {
    let r: Result<WorkspaceFile> | undefined
    expect(() => (r = readWorkspaceFile(text))).not.toThrow()
    expect(typeof r?.ok).toBe('boolean')
    if (r && !r.ok) expect(ERROR_CODES).toContain(r.error.code)
    return r!
  }

  it('random JSON values are refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(expectResult(JSON.stringify(value)).ok).toBe(false)
      }),
      RUNS,
    )
  })

  it('random text is refused', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(expectResult(text).ok).toBe(false)
      }),
      RUNS,
    )
  })

  it('random envelopes (right format, any version, random body) are refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 4 }),
        fc.dictionary(fc.constantFrom('data', 'contentHash', 'audit', 'appVersion', '__proto__', 'x'), fc.jsonValue()),
        (formatVersion, body) => {
          const file = { ...body, format: 'dpo-desk-workspace', formatVersion }
          expect(expectResult(JSON.stringify(file)).ok).toBe(false)
        },
      ),
      RUNS,
    )
  })

  const original = JSON.parse(fileText(smallData())) as unknown
  const originalData = canonicalJson((original as WorkspaceFile).data)

  it('random structural mutations of a valid file give a Result; any accepted file carries the same data', () => {
    const paths = allPaths(original)
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.constantFrom('replace', 'remove', 'add-key', 'duplicate'),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id'),
        fc.jsonValue({ maxDepth: 3 }),
        (at, kind, key, value) => {
          const copy = structuredClone(original)
          mutate(copy, paths[at]!, kind, key, value)
          const r = expectResult(JSON.stringify(copy))
          if (r.ok) expect(canonicalJson(r.value.data)).toBe(originalData)
        },
      ),
      RUNS,
    )
  })

  it('random text mutations of a valid file (cut, insert, replace a character) give a Result', () => {
    const text = fileText(smallData())
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 1 }),
        fc.constantFrom('cut', 'insert', 'replace'),
        fc.string({ minLength: 1, maxLength: 3 }),
        (at, kind, chunk) => {
          const mutated =
            kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + chunk + text.slice(kind === 'insert' ? at : at + 1)
          const r = expectResult(mutated)
          if (r.ok) expect(canonicalJson(r.value.data)).toBe(originalData)
        },
      ),
      RUNS,
    )
  })
})

function smallData(): WorkspaceData {
  const data = exampleData()
  return { ...data, activities: data.activities.slice(0, 3) }
}

type Path = (string | number)[]

function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix)
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out)
  }
  return out
}

function mutate(root: unknown, path: Path, kind: string, key: string, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], root)
  const last = path.at(-1)
  const target = last === undefined ? root : (parent as Record<string | number, unknown>)[last]
  if (kind === 'add-key' && target !== null && typeof target === 'object' && !Array.isArray(target)) {
    setOwn(target, key, value)
  } else if (kind === 'duplicate' && Array.isArray(target) && target.length > 0) {
    target.push(structuredClone(target[0]))
  } else if (last === undefined) {
    setOwn(root as object, key, value)
  } else if (kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete (parent as Record<string, unknown>)[last]
  } else {
    setOwn(parent as object, String(last), value)
  }
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    )
  }
  return value
}
