/** The processing register's records: the generic audited repository over the `activities` table. */
import { ActivityFieldsSchema, type ActivityFields, type ProcessingActivity } from '@shared/register'
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
