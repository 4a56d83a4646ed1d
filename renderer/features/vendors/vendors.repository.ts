/** Vendors: the generic audited repository over the `vendors` table. */
import { VendorFieldsSchema, type Vendor, type VendorFields } from '@shared/vendors'
import { createEntityRepository } from '@/db/entity-repository'

export const vendorsRepository = createEntityRepository<Vendor, VendorFields>({
  entity: 'vendors',
  table: (database) => database.vendors,
  fieldsSchema: VendorFieldsSchema,
  label: (fields) => fields.name,
})

/** The editable fields of a stored vendor (its bookkeeping fields stripped). */
export function vendorFields(v: Vendor): VendorFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = v
  return fields
}
