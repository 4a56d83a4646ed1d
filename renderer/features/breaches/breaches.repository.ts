/**
 * Breaches: the generic audited repository over the `breaches` table (every save, including each timeline event,
 * notification and supplement, is one audited write), and a read-only look at the vendors table so a breach can
 * name the processor or vendors involved without depending on the vendors feature.
 */
import { BreachFieldsSchema, type Breach, type BreachFields } from '@shared/breaches'
import { db } from '@/db/database'
import { createEntityRepository } from '@/db/entity-repository'

export const breachesRepository = createEntityRepository<Breach, BreachFields>({
  entity: 'breaches',
  table: (database) => database.breaches,
  fieldsSchema: BreachFieldsSchema,
  label: (fields) => fields.title,
})

/** The editable fields of a stored breach (its bookkeeping fields stripped). */
export function breachFields(b: Breach): BreachFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = b
  return fields
}

/** A vendor as a breach's picker offers it. */
export interface VendorOption {
  id: string
  name: string
}

/** Every vendor by name, read-only: breaches link to vendors but never change them. */
export async function listVendorOptions(): Promise<VendorOption[]> {
  const vendors = await db().vendors.toArray()
  return vendors.map((v) => ({ id: v.id, name: v.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
}
