/** The processing register's records: the generic audited repository over the `activities` table. */
import { ActivityFieldsSchema, type ActivityFields, type ProcessingActivity } from '@shared/register'
import { db } from '@/db/database'
import { createEntityRepository } from '@/db/entity-repository'

export const activitiesRepository = createEntityRepository<ProcessingActivity, ActivityFields>({
  entity: 'activities',
  table: (database) => database.activities,
  fieldsSchema: ActivityFieldsSchema,
  label: (fields) => fields.name,
})

/** The editable fields of a stored activity (its bookkeeping fields stripped). */
export function activityFields(a: ProcessingActivity): ActivityFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = a
  return fields
}

/**
 * The first `limit` activities in the name index's order, and how many there are, read together. The index orders
 * by code unit (uppercase before lowercase, ä before å), so callers sort the result in Swedish themselves.
 */
export function firstActivitiesByName(limit: number): Promise<{ first: ProcessingActivity[]; total: number }> {
  const database = db()
  return database.transaction('r', database.activities, async () => {
    const [first, total] = await Promise.all([
      database.activities.orderBy('name').limit(limit).toArray(),
      database.activities.count(),
    ])
    return { first, total }
  })
}

/**
 * Reads every activity in chunks of `size` (keyset paging by id, one read transaction, so the chunks are one
 * consistent snapshot) and hands each to `visit` as it arrives. One `toArray()` of 10k records is a single task of
 * 0.2–1.3 s on the main thread; chunks of 1,000 let the page draw and answer input in between.
 */
export function eachActivityChunk(size: number, visit: (chunk: ProcessingActivity[]) => void): Promise<void> {
  const database = db()
  return database.transaction('r', database.activities, async () => {
    let after: string | undefined
    for (;;) {
      const from =
        after === undefined ? database.activities.orderBy('id') : database.activities.where('id').above(after)
      const chunk = await from.limit(size).toArray()
      visit(chunk)
      if (chunk.length < size) return
      after = chunk[chunk.length - 1]!.id
    }
  })
}
