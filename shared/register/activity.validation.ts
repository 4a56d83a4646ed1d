/**
 * What must be filled in before an activity can be saved. A draft needs only a name; an active activity is
 * part of the Art 30 record and must carry its core fields (domain-reference §1.1). Everything else the
 * completeness marker reports without blocking the save.
 */
import { ISO_PERIOD, type ActivityFields } from './activity.schema'

/** A blocking problem: the field path and a message key under `register.validation`. */
export interface SaveError {
  field: string
  code: 'required' | 'required_active' | 'purpose_description' | 'purpose_basis' | 'period'
}

export function validateActivityForSave(a: ActivityFields): SaveError[] {
  const errors: SaveError[] = []
  if (!a.name.trim()) errors.push({ field: 'name', code: 'required' })
  a.retention.forEach((r, i) => {
    if (!ISO_PERIOD.test(r.period)) errors.push({ field: `retention[${i}].period`, code: 'period' })
  })
  if (a.status !== 'active') return errors
  if (a.purposes.length === 0) errors.push({ field: 'purposes', code: 'required_active' })
  a.purposes.forEach((p, i) => {
    if (!p.description.trim()) errors.push({ field: `purposes[${i}].description`, code: 'purpose_description' })
    if (p.legalBasis === null) errors.push({ field: `purposes[${i}].legalBasis`, code: 'purpose_basis' })
  })
  if (a.dataSubjectCategories.length === 0) errors.push({ field: 'dataSubjectCategories', code: 'required_active' })
  if (a.personalDataCategories.length === 0) errors.push({ field: 'personalDataCategories', code: 'required_active' })
  return errors
}
