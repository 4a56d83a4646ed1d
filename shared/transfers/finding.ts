/**
 * The shape every compliance check of domain-reference §9 returns, so the dashboard, the activity view and the
 * inspection pack can list findings from any feature side by side.
 */

/** A text the app shows in both of its languages; rules that must say something give both. */
export interface Localised {
  sv: string
  en: string
}

/** The app's two interface languages. */
export type Locale = keyof Localised

/** How urgently the DPO should act: high = likely unlawful now, low = tidy-up or reminder. */
export type Severity = 'high' | 'medium' | 'low'

/** One problem found by a check, with what to do about it. */
export interface Finding {
  /** Stable machine code, e.g. `transfer/tia-missing`; the UI may key its own texts on it. */
  code: string
  /** The number of the check in domain-reference §9, or null for a related check that has no number there. */
  check: number | null
  /** The legal source, e.g. `Art 46; EDPB Rec. 01/2020`. */
  article: string
  severity: Severity
  message: Localised
  fix: Localised
  /** The record the finding is about (transfer, vendor, agreement or activity id), for a link in the UI. */
  entityId?: string
}

/** True when a free-text field has something other than white space in it. */
export const filled = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0

/** A finding before it is tied to a record. */
export type FindingDraft = Omit<Finding, 'entityId'>

/** Ties a finding to the record it is about, when the record has an id yet. */
export const aboutEntity = (draft: FindingDraft, entityId: string | undefined): Finding =>
  entityId ? { ...draft, entityId } : { ...draft }
