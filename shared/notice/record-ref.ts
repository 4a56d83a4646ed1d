/**
 * Links from the notice and its findings to the records they come from, so the DPO can jump from a gap in the
 * published text to the register entry that should say otherwise.
 */
import type { LocalizedText } from '../deadlines'

/** A message in both languages of the app. */
export type Localised = LocalizedText

/** How urgently the DPO should act (the same scale as the §9 checks). */
export type Severity = 'high' | 'medium' | 'low'

/** The kinds of record a notice is built from. */
export type RecordKind = 'activity' | 'transfer' | 'lia' | 'vendor' | 'organisation'

/** A record the notice or a finding is about, with the app route that opens it. */
export interface RecordRef {
  kind: RecordKind
  id: string
  label: string
  route: string
}

const ROUTE: Record<RecordKind, (id: string) => string> = {
  activity: (id) => `/register/${id}`,
  transfer: (id) => `/transfers/${id}`,
  // The LIA feature registers /lia/:id.
  lia: (id) => `/lia/${id}`,
  vendor: (id) => `/vendors/${id}`,
  // The organisation profile (controller and DPO contact) is edited in the settings.
  organisation: () => '/settings',
}

/** A link to a record. */
export function recordRef(kind: RecordKind, id: string, label: string): RecordRef {
  return { kind, id, label, route: ROUTE[kind](id) }
}

/** The organisation profile as a record. */
export const organisationRef = (name: string): RecordRef => recordRef('organisation', 'organisation', name)

/** Record links without duplicates, in first-seen order. */
export function uniqueRefs(refs: readonly RecordRef[]): RecordRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => {
    const key = `${r.kind}:${r.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
