/**
 * What reading a register row produces: a draft of an activity's fields and the problems found on the way.
 * Errors keep the whole import from being committed (it is all or nothing); warnings are shown and committed.
 */
import type { ActivityFields, LegalBasis } from '../register'

/** Why a cell or row could not be read as written. */
export const IMPORT_ISSUE_CODES = [
  'required',
  'too_long',
  'invalid',
  'unknown_value',
  'invalid_date',
  'invalid_period',
  'formula_value',
  'too_many',
] as const
/** Why a cell or row could not be read as written. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number]

/** One problem in one row; `column` is the header as the file wrote it, or the field when no column is to blame. */
export interface ImportIssue {
  severity: 'error' | 'warning'
  code: ImportIssueCode
  column: string
  /** The offending text, shortened, so the preview can show it. */
  value?: string
  /** A limit that was exceeded (characters, items). */
  limit?: number
}

/** Purposes come from up to four aligned columns; they are put together once every column has been read. */
export interface PurposeParts {
  descriptions: string[]
  bases: (LegalBasis | null)[]
  interests: string[]
  references: string[]
}

/** An activity being read from one row. */
export interface ActivityDraft {
  fields: ActivityFields
  purposes: PurposeParts
}

/** What reading needs from outside: vendor links by name, ids, and whether the file came from this app. */
export interface ReadContext {
  /** The id of a vendor in the workspace with this name, to link a recipient again. */
  vendorIdByName: (name: string) => string | null
  newId: () => string
  /** True for a file this app wrote (exact escapes and labels); false for someone else's register. */
  exact: boolean
}
