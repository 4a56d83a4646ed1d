import { beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { emptyActivityFields, type ActivityFields } from '@shared/register'
import { openDatabase, useDatabase, type DpoDatabase } from '@/db/database'
import { addImportedActivities, auditHashAt } from './activities-import.repository'

let database: DpoDatabase
beforeEach(() => {
  database = openDatabase('t-' + crypto.randomUUID())
  useDatabase(database)
})

const activity = (name: string): ActivityFields => ({ ...emptyActivityFields(), name })

describe('addImportedActivities', () => {
  it('adds every activity with an import audit entry naming the file, in one chain', async () => {
    const saved = await addImportedActivities([activity('Lön'), activity('Rekrytering')], 'DPO', 'register.xlsx')
    expect(saved.map((a) => a.name)).toEqual(['Lön', 'Rekrytering'])
    expect(await database.activities.count()).toBe(2)
    const log = await database.audit.orderBy('seq').toArray()
    expect(log.map((e) => [e.op, e.label])).toEqual([
      ['import', 'Lön'],
      ['import', 'Rekrytering'],
    ])
    expect(log[0]?.changes[0]).toEqual({ field: 'source', before: null, after: 'register.xlsx' })
    expect(verifyAuditChain(log).ok).toBe(true)
    expect(await auditHashAt(2)).toBe(log[1]?.hash)
    expect(await auditHashAt(3)).toBeNull()
  })

  it('writes nothing when any activity is invalid', async () => {
    const bad = { ...activity('x'), name: '' }
    await expect(addImportedActivities([activity('Lön'), bad], 'DPO', 'f.csv')).rejects.toThrow(/activity 2/)
    expect(await database.activities.count()).toBe(0)
    expect(await database.audit.count()).toBe(0)
  })
})
