/** The register list's filter: pure, over pre-built rows, so a keystroke over 10k rows stays in milliseconds. */
import type { ActivityRole, LegalBasis } from '@shared/register'

export interface RegisterFilters {
  text: string
  status: string[]
  legalBasis: (LegalBasis | 'none')[]
  department: string[]
  role: ActivityRole[]
}

interface FilterableRow {
  activity: { status: string; department: string; role: ActivityRole }
  legalBases: (LegalBasis | null)[]
  haystack: string
}

export function filterActivities<R extends FilterableRow>(rows: readonly R[], f: RegisterFilters): R[] {
  const words = f.text.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
  return rows.filter(
    (r) =>
      (f.status.length === 0 || f.status.includes(r.activity.status)) &&
      (f.department.length === 0 || f.department.includes(r.activity.department)) &&
      (f.role.length === 0 || f.role.includes(r.activity.role)) &&
      (f.legalBasis.length === 0 || r.legalBases.some((b) => f.legalBasis.includes(b ?? 'none'))) &&
      words.every((w) => r.haystack.includes(w)),
  )
}
