import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain, type AuditEntry } from '@shared/audit'
import type { ActivityFields, ProcessingActivity } from '@shared/register'
import { onWorkspaceChanged } from '@/db/changes'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import payroll from '../../../test/fixtures/activity-payroll.json'
import {
  activitiesRepository as repo,
  activityFields,
  eachActivityChunk,
  firstActivitiesByName,
} from './activities.repository'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

const ACTOR = 'Åsa Öberg'
const audit = (): Promise<AuditEntry[]> => db().audit.orderBy('seq').toArray()
const rejection = async (work: Promise<unknown>): Promise<RecordError> => {
  const e: unknown = await work.then(
    () => undefined,
    (x: unknown) => x,
  )
  expect(e).toBeInstanceOf(RecordError)
  return e as RecordError
}

let notified = 0
let unsubscribe: () => void = () => undefined
beforeEach(() => {
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  notified = 0
  unsubscribe = onWorkspaceChanged(() => notified++)
})
afterEach(() => {
  unsubscribe()
  vi.restoreAllMocks()
  db().close()
})

describe('activitiesRepository.create', () => {
  it('saves a stamped record and exactly one create entry listing its fields, in one transaction', async () => {
    const fields = completeActivityFields()
    const saved = await repo.create(fields, ACTOR)
    expect(saved).toEqual({
      ...fields,
      id: saved.id,
      createdAt: saved.createdAt,
      updatedAt: saved.createdAt,
      revision: 1,
    })
    expect(await repo.get(saved.id)).toEqual(saved)
    const [entry, ...more] = await audit()
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      seq: 1,
      actor: ACTOR,
      entity: 'activities',
      entityId: saved.id,
      label: 'Lönehantering',
      op: 'create',
    })
    // Every field except the bookkeeping ones diffFields leaves out, sorted, from null to its value.
    const expectedFields = Object.keys(saved)
      .filter((k) => k !== 'updatedAt' && k !== 'revision')
      .sort()
    expect(entry!.changes.map((c) => c.field)).toEqual(expectedFields)
    expect(entry!.changes.find((c) => c.field === 'name')).toEqual({
      field: 'name',
      before: null,
      after: 'Lönehantering',
    })
    expect(verifyAuditChain(await audit()).ok).toBe(true)
    expect(notified).toBe(1)
  })

  it('refuses invalid fields with the issue paths and writes nothing', async () => {
    const fields = completeActivityFields()
    const bad = {
      ...fields,
      purposes: [{ ...fields.purposes[0]!, legalBasis: 'samtycke' }],
      retention: [{ ...fields.retention[0]!, period: 'P12' }],
    } as unknown as ActivityFields
    let pending: Promise<unknown> | undefined
    // Refused as a rejected promise, not thrown before the promise exists.
    expect(() => (pending = repo.create(bad, ACTOR))).not.toThrow()
    const e = await rejection(pending!)
    expect(e.code).toBe('invalid')
    expect(e.issues).toEqual([
      expect.stringMatching(/^purposes\[0\]\.legalBasis: /),
      expect.stringMatching(/^retention\[0\]\.period: /),
    ])
    expect(await repo.count()).toBe(0)
    expect(await db().audit.count()).toBe(0)
    expect(notified).toBe(0)
  })

  it('refuses unknown keys (a record’s id smuggled into the fields)', async () => {
    const e = await rejection(repo.create({ ...completeActivityFields(), id: 'x' } as ActivityFields, ACTOR))
    expect(e.code).toBe('invalid')
    expect(e.issues.join()).toContain('Unrecognized key')
    expect(await repo.count()).toBe(0)
  })
})

describe('activitiesRepository.update', () => {
  it('saves the new values with revision + 1 and one update entry naming exactly the changed fields', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    const updated = await repo.update(
      created.id,
      { ...activityFields(created), name: 'Lön och förmåner', notes: 'Granskad 2026' },
      1,
      'Bo',
    )
    expect(updated).toMatchObject({
      id: created.id,
      createdAt: created.createdAt,
      revision: 2,
      name: 'Lön och förmåner',
    })
    expect(await repo.get(created.id)).toEqual(updated)
    const log = await audit()
    expect(log).toHaveLength(2)
    expect(log[1]).toMatchObject({ seq: 2, op: 'update', actor: 'Bo', entityId: created.id, label: 'Lön och förmåner' })
    expect(log[1]!.changes).toEqual([
      { field: 'name', before: 'Lönehantering', after: 'Lön och förmåner' },
      { field: 'notes', before: '', after: 'Granskad 2026' },
    ])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('writes nothing when nothing changed', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    const same = await repo.update(created.id, activityFields(created), 1, ACTOR)
    expect(same).toEqual(created)
    expect(await repo.get(created.id)).toEqual(created)
    expect(await db().audit.count()).toBe(1)
  })

  it('refuses a stale revision as a conflict and writes nothing', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    const first = await repo.update(created.id, { ...activityFields(created), notes: 'Först' }, 1, 'A')
    const e = await rejection(repo.update(created.id, { ...activityFields(created), notes: 'Sen' }, 1, 'B'))
    expect(e.code).toBe('conflict')
    expect(await repo.get(created.id)).toEqual(first)
    expect((await audit()).map((a) => a.op)).toEqual(['create', 'update'])
  })

  it('refuses invalid fields and a missing record, writing nothing', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    const invalid = await rejection(repo.update(created.id, { ...activityFields(created), name: '' }, 1, ACTOR))
    expect(invalid.code).toBe('invalid')
    expect(invalid.issues).toEqual([expect.stringMatching(/^name: /)])
    const missing = await rejection(repo.update(crypto.randomUUID(), activityFields(created), 1, ACTOR))
    expect(missing.code).toBe('not-found')
    expect(await repo.get(created.id)).toEqual(created)
    expect(await db().audit.count()).toBe(1)
  })
})

describe('activitiesRepository.remove and undoRemove', () => {
  it('deletes with one delete entry keeping the whole record, and undo restores it under the same id', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    await repo.remove(created.id, ACTOR)
    expect(await repo.get(created.id)).toBeUndefined()
    const afterDelete = await audit()
    expect(afterDelete).toHaveLength(2)
    expect(afterDelete[1]).toMatchObject({ op: 'delete', entityId: created.id, label: 'Lönehantering' })
    expect(afterDelete[1]!.changes).toEqual([{ field: '*', before: created, after: null }])

    const restored = await repo.undoRemove(created, ACTOR)
    expect(restored).toMatchObject({
      ...activityFields(created),
      id: created.id,
      createdAt: created.createdAt,
      revision: 2,
    })
    expect(await repo.get(created.id)).toEqual(restored)
    const log = await audit()
    expect(log.map((e) => e.op)).toEqual(['create', 'delete', 'restore'])
    expect(log[2]!.changes).toEqual([{ field: '*', before: null, after: restored }])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('refuses to delete a missing record and writes nothing', async () => {
    const e = await rejection(repo.remove(crypto.randomUUID(), ACTOR))
    expect(e.code).toBe('not-found')
    expect(await db().audit.count()).toBe(0)
  })

  it('refuses an undo while the record still exists', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    await expect(repo.undoRemove(created, ACTOR)).rejects.toThrow()
    expect(await repo.get(created.id)).toEqual(created)
    expect(await db().audit.count()).toBe(1)
  })
})

describe('a failing transaction', () => {
  it('leaves neither the record nor an audit entry when the audit write fails after the table write', async () => {
    vi.spyOn(db().audit, 'add').mockRejectedValueOnce(new Error('disk full'))
    await expect(repo.create(completeActivityFields(), ACTOR)).rejects.toThrow('disk full')
    expect(await repo.count()).toBe(0)
    expect(await db().audit.count()).toBe(0)
    expect(notified).toBe(0)
  })

  it('rolls back an audit entry already written when the transaction fails after it', async () => {
    const created = await repo.create(completeActivityFields(), ACTOR)
    const table = db().audit
    const add = table.add.bind(table)
    vi.spyOn(table, 'add').mockImplementationOnce((entry: AuditEntry) =>
      add(entry).then(() => {
        throw new Error('crash after the audit write')
      }),
    )
    await expect(repo.update(created.id, { ...activityFields(created), notes: 'x' }, 1, ACTOR)).rejects.toThrow(
      'crash after the audit write',
    )
    expect(await repo.get(created.id)).toEqual(created)
    expect(await db().audit.count()).toBe(1)
    await expect(repo.remove(created.id, ACTOR)).resolves.toBeUndefined()
    const log = await audit()
    expect(log.map((e) => e.op)).toEqual(['create', 'delete'])
    expect(log[1]!.changes[0]!.before).toEqual(created)
    expect(verifyAuditChain(log).ok).toBe(true)
  })
})

describe('many operations', () => {
  type Op =
    | { kind: 'create'; name: string }
    | { kind: 'update'; pick: number; notes: string; stale: boolean }
    | { kind: 'remove'; pick: number }
    | { kind: 'undo' }

  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('create' as const),
      name: fc.constantFrom('Lön', 'Årsbokslut', 'Nyhetsbrev', 'Kamera'),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      notes: fc.string({ maxLength: 8 }),
      stale: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('undo' as const) }),
  )

  it('keeps the table equal to a model and the audit chain valid, one entry per write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        useDatabase(openDatabase('t-' + crypto.randomUUID()))
        const model = new Map<string, ProcessingActivity>()
        let lastRemoved: ProcessingActivity | undefined
        let writes = 0
        for (const op of ops) {
          const ids = [...model.keys()]
          const id = 'pick' in op && ids.length ? ids[op.pick % ids.length]! : undefined
          if (op.kind === 'create') {
            const saved = await repo.create(completeActivityFields({ name: op.name }), ACTOR)
            model.set(saved.id, saved)
            writes++
          } else if (op.kind === 'update' && id) {
            const current = model.get(id)!
            const next = { ...activityFields(current), notes: op.notes }
            if (op.stale) {
              await expect(repo.update(id, next, current.revision - 1, ACTOR)).rejects.toThrow(RecordError)
              continue
            }
            const saved = await repo.update(id, next, current.revision, ACTOR)
            if (saved.revision !== current.revision) writes++
            model.set(id, saved)
          } else if (op.kind === 'remove' && id) {
            await repo.remove(id, ACTOR)
            lastRemoved = model.get(id)
            model.delete(id)
            writes++
          } else if (op.kind === 'undo' && lastRemoved) {
            const restored = await repo.undoRemove(lastRemoved, ACTOR)
            model.set(restored.id, restored)
            lastRemoved = undefined
            writes++
          }
        }
        const rows = await repo.list()
        expect(new Map(rows.map((r) => [r.id, r]))).toEqual(model)
        const log = await audit()
        expect(log).toHaveLength(writes)
        expect(verifyAuditChain(log)).toMatchObject({ ok: true, count: writes })
        db().close()
      }),
      { numRuns: 30, seed: 42 },
    )
  })
})

describe('reading the register for the list', () => {
  const names = ['Öppettider', 'arkivering', 'Bokföring', 'Inköp', 'IT-support']
  const seed = async () => {
    for (const name of names) await repo.create(completeActivityFields({ name }), ACTOR)
  }

  it('firstActivitiesByName reads the first names in index (code-unit) order, with the full count', async () => {
    await seed()
    const { first, total } = await firstActivitiesByName(3)
    expect(total).toBe(5)
    expect(first.map((a) => a.name)).toEqual(['Bokföring', 'IT-support', 'Inköp'])
  })

  it('eachActivityChunk hands over every activity once, in chunks of the given size', async () => {
    await seed()
    const sizes: number[] = []
    const ids: string[] = []
    await eachActivityChunk(2, (chunk) => {
      sizes.push(chunk.length)
      ids.push(...chunk.map((a) => a.id))
    })
    expect(sizes).toEqual([2, 2, 1])
    expect(new Set(ids).size).toBe(5)
    expect([...ids].sort()).toEqual(ids)

    // A register that fills its last chunk exactly ends with one empty read.
    const exact: number[] = []
    await eachActivityChunk(5, (chunk) => exact.push(chunk.length))
    expect(exact).toEqual([5, 0])
  })
})
