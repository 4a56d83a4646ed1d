/**
 * Where a column of an imported register can go. Every register column of the app is a target (so the app's own
 * export maps one to one); the ICO and CNIL templates add a few that have no single field of their own — CNIL's
 * three kinds of recipient, ICO's third countries and safeguards, retention written as prose, a DPIA yes/no — and
 * anything else can be kept in the notes under its header, so an import never silently drops a column.
 */
import { ACTIVITY_COLUMN_KEYS } from './activity.columns'

/** Targets that exist only for other registers' columns. */
export const EXTRA_TARGETS = [
  'recipientsInternal',
  'recipientsExternal',
  'recipientsProcessors',
  'thirdCountries',
  'transferSafeguards',
  'retentionText',
  'specialCategoriesText',
  'dpiaRequired',
  'dpiaProgress',
  'dpiaReference',
  'appendToNotes',
] as const

/** Every target, then "ignore". */
export const IMPORT_TARGETS = [...ACTIVITY_COLUMN_KEYS, ...EXTRA_TARGETS, 'ignore'] as const
/** Where one column goes. */
export type ImportTarget = (typeof IMPORT_TARGETS)[number]

/** A target for each column of the file, by position. */
export type ColumnMapping = ImportTarget[]
