/** Third-country transfers: the generic audited repository over the `transfers` table. */
import { TransferFieldsSchema, type TransferFields, type TransferRecord } from '@shared/transfers'
import { createEntityRepository } from '@/db/entity-repository'

export const transfersRepository = createEntityRepository<TransferRecord, TransferFields>({
  entity: 'transfers',
  table: (database) => database.transfers,
  fieldsSchema: TransferFieldsSchema,
  label: (fields) => fields.title,
})

/** The editable fields of a stored transfer (its bookkeeping fields stripped). */
export function transferFields(t: TransferRecord): TransferFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = t
  return fields
}
