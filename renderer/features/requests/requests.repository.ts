/** Data-subject requests: the generic audited repository over the `requests` table. */
import {
  DataSubjectRequestFieldsSchema,
  type DataSubjectRequest,
  type DataSubjectRequestFields,
} from '@shared/requests'
import { createEntityRepository } from '@/db/entity-repository'

export const requestsRepository = createEntityRepository<DataSubjectRequest, DataSubjectRequestFields>({
  entity: 'requests',
  table: (database) => database.requests,
  fieldsSchema: DataSubjectRequestFieldsSchema,
  // The reference, not the requester's name: the audit log should not spread personal data further.
  label: (fields) => fields.reference || fields.type,
})

/** The editable fields of a stored request (its bookkeeping fields stripped), as a plain copy. */
export function requestFields(r: DataSubjectRequest): DataSubjectRequestFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = r
  return JSON.parse(JSON.stringify(fields)) as DataSubjectRequestFields
}
