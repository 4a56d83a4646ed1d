import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { derogationTransfer, sccTransfer } from '@shared/transfers/fixtures'
import { db, openDatabase, useDatabase } from '@/db/database'
import { transferFields, transfersRepository as repo } from './transfers.repository'

const ACTOR = 'DPO'
const fields = () => {
  const { id: _id, ...rest } = sccTransfer()
  return rest
}

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('transfersRepository', () => {
  it('saves a transfer, changes its mechanism to a derogation, and audits both', async () => {
    const created = await repo.create(fields(), ACTOR)
    const { id: _id, ...derogation } = derogationTransfer('a_explicit_consent')
    const saved = await repo.update(
      created.id,
      { ...transferFields(created), mechanism: derogation.mechanism, tia: null },
      1,
      ACTOR,
    )
    expect(saved.mechanism.kind).toBe('derogation')
    const log = await db().audit.orderBy('seq').toArray()
    expect(log.map((e) => e.op)).toEqual(['create', 'update'])
    expect(log[1]!.changes.map((c) => c.field)).toEqual(['mechanism', 'tia'])
  })

  it('keeps a removed transfer in the log and restores it on undo', async () => {
    const created = await repo.create(fields(), ACTOR)
    await repo.remove(created.id, ACTOR)
    expect(await repo.get(created.id)).toBeUndefined()
    const restored = await repo.undoRemove(created, ACTOR)
    expect(restored).toMatchObject({ id: created.id, title: created.title, revision: 2 })
  })
})
