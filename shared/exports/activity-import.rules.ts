/**
 * One row of an imported register → an activity's fields, or the reasons it cannot be one. Every mapped cell is
 * read by its target's reader, the purposes are put together from their aligned columns, and the result is
 * validated against the register's own schema, so an imported activity is exactly as valid as a typed one.
 * Imported activities start as drafts unless the file says otherwise: the DPO reviews them before they count.
 */
import type { z } from 'zod'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../kernel'
import { ActivityFieldsSchema, emptyActivityFields, type ActivityFields } from '../register'
import { ACTIVITY_COLUMNS, type ActivityColumnKey } from './activity.columns'
import { extraReaders } from './extra-readers'
import type { ColumnMapping, ImportTarget } from './import-targets'
import type { ActivityDraft, ImportIssue, ReadContext } from './import.types'

/** A cell longer than this is refused before any reader sees it (the longest field holds 20,000 characters). */
export const MAX_CELL_CHARS = LONG_TEXT_MAX

/** The result of reading one row. */
export interface RowResult {
  /** 1-based row number in the sheet, as a spreadsheet shows it. */
  rowNumber: number
  fields: ActivityFields | null
  issues: ImportIssue[]
}

type Reader = (text: string, draft: ActivityDraft, ctx: ReadContext, header: string) => ImportIssue[]

const COLUMN_READERS = Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c.key, c.read])) as Record<
  ActivityColumnKey,
  Reader
>

function readerFor(target: ImportTarget): Reader | null {
  if (target === 'ignore') return null
  return (
    (COLUMN_READERS as Partial<Record<ImportTarget, Reader>>)[target] ??
    extraReaders[target as keyof typeof extraReaders]
  )
}

function emptyDraft(): ActivityDraft {
  return {
    fields: emptyActivityFields(),
    purposes: { descriptions: [], bases: [], interests: [], references: [] },
  }
}

/** Aligned purpose columns → purposes; a line empty in every column is no purpose. */
function assemblePurposes(draft: ActivityDraft, newId: () => string): ActivityFields['purposes'] {
  const p = draft.purposes
  const n = Math.max(p.descriptions.length, p.bases.length, p.interests.length, p.references.length)
  return Array.from({ length: n }, (_, i) => ({
    id: newId(),
    description: p.descriptions[i] ?? '',
    legalBasis: p.bases[i] ?? null,
    legitimateInterest: p.interests[i] ?? '',
    legalReference: p.references[i] ?? '',
  })).filter((x) => x.description.trim() !== '' || x.legalBasis !== null || x.legitimateInterest.trim() !== '')
}

/** The column a schema path came from, for the message; the field name when no single column is to blame. */
function columnOf(field: string, headers: readonly string[], mapping: ColumnMapping): string {
  const purposeParts: Record<string, ImportTarget> = { description: 'purposes', legalBasis: 'legalBases' }
  const i = mapping.findIndex((t) => t === field || t === purposeParts[field])
  return i >= 0 ? (headers[i] ?? field) : field
}

/** Zod issues as import issues: "too long (max N)" for length limits, "invalid" otherwise. */
function schemaIssues(error: z.ZodError, headers: readonly string[], mapping: ColumnMapping): ImportIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    const field = path[0] === 'purposes' && path[2] ? path[2] : (path[0] ?? '')
    const column = columnOf(field, headers, mapping)
    if (issue.code === 'too_big') {
      const code = issue.origin === 'array' ? 'too_many' : 'too_long'
      return { severity: 'error', code, column, limit: Number(issue.maximum) }
    }
    if (issue.code === 'too_small' && path[0] === 'name') return { severity: 'error', code: 'required', column }
    return { severity: 'error', code: 'invalid', column, value: path.join('.') }
  })
}

/** Reads one data row under the mapping. `cells` are the row's texts, aligned with `headers`. */
export function readActivityRow(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  ctx: ReadContext,
  rowNumber: number,
): RowResult {
  const draft = emptyDraft()
  const issues: ImportIssue[] = []
  mapping.forEach((target, i) => {
    const reader = readerFor(target)
    const text = cells[i] ?? ''
    const header = headers[i] ?? `#${i + 1}`
    if (!reader || text === '') return
    if (text.length > MAX_CELL_CHARS)
      issues.push({ severity: 'error', code: 'too_long', column: header, limit: MAX_CELL_CHARS })
    else issues.push(...reader(text, draft, ctx, header))
  })
  const fields = { ...draft.fields, purposes: assemblePurposes(draft, ctx.newId) }
  // Registers without a name column (the ICO template) name each activity by its first purpose.
  if (fields.name.trim() === '' && fields.purposes[0])
    fields.name = fields.purposes[0].description.slice(0, SHORT_TEXT_MAX)
  const parsed = ActivityFieldsSchema.safeParse(fields)
  if (!parsed.success)
    return { rowNumber, fields: null, issues: [...issues, ...schemaIssues(parsed.error, headers, mapping)] }
  return { rowNumber, fields: issues.some((x) => x.severity === 'error') ? null : parsed.data, issues }
}
