/**
 * Readers for the import targets that only other registers have (import-targets.ts): CNIL's recipient kinds,
 * ICO's third countries and safeguards, retention and sensitive data written as prose, DPIA yes/no and progress,
 * and "keep in the notes under its header".
 */
import type { RecipientSchema } from '../register'
import { SPECIAL_CATEGORY_LABELS, parsePeriodText } from '../reports'
import type { z } from 'zod'
import { codeFromLabel, normaliseLabel, parseYesNo } from './code-text.rules'
import type { EXTRA_TARGETS } from './import-targets'
import type { ActivityDraft, ImportIssue, ReadContext } from './import.types'
import { splitLooseList } from './list-text.rules'

type Reader = (text: string, draft: ActivityDraft, ctx: ReadContext, header: string) => ImportIssue[]
type RecipientKind = z.infer<typeof RecipientSchema>['kind']

const NONE: ImportIssue[] = []

const appendText = (current: string, addition: string): string => (current ? `${current}\n${addition}` : addition)

const recipientsOf =
  (kind: RecipientKind): Reader =>
  (text, draft) => {
    if (parseYesNo(text) === false) return NONE
    for (const name of splitLooseList(text)) draft.fields.recipients.push({ name, kind, country: '', vendorId: null })
    return NONE
  }

/** "No"/"Non" means none; anything else names countries, so the activity transfers outside the EU/EEA. */
const thirdCountries: Reader = (text, draft) => {
  const t = text.trim()
  if (t === '' || parseYesNo(t) === false) return NONE
  draft.fields.thirdCountryTransfers = true
  draft.fields.transfersDescription = appendText(draft.fields.transfersDescription, t)
  return NONE
}

const transferSafeguards: Reader = (text, draft) => {
  if (text.trim() === '') return NONE
  draft.fields.transfersDescription = appendText(draft.fields.transfersDescription, text.trim())
  return NONE
}

/** Each line a rule: a plain period ("5 ans") becomes the period, anything else the criterion. */
const retentionText: Reader = (text, draft) => {
  for (const line of splitLooseList(text)) {
    const period = parsePeriodText(line)
    draft.fields.retention.push({
      dataCategory: '',
      period: period ?? '',
      criterion: period ? '' : line,
      trigger: 'other',
      legalReference: '',
    })
  }
  return NONE
}

// Words the ICO and CNIL registers use for Art 9(1) categories.
const SPECIAL_WORDS: [RegExp, keyof typeof SPECIAL_CATEGORY_LABELS][] = [
  [/sante|health|halsa/, 'health'],
  [/ethni|racial|(^| )ras( |$)/, 'racial_ethnic_origin'],
  [/politi/, 'political_opinions'],
  [/relig|philosoph|convictions/, 'religious_beliefs'],
  [/syndic|trade union|fackforening/, 'trade_union_membership'],
  [/genet/, 'genetic'],
  [/biometr/, 'biometric'],
  [/sexu/, 'sex_life_orientation'],
]

/** CNIL's "Des données sensibles sont-elles traitées ?": no, or which ones (each needs its Art 9(2) condition). */
const specialCategoriesText: Reader = (text, draft, _ctx, header) => {
  const t = text.trim()
  if (t === '' || parseYesNo(t) === false) return NONE
  const issues: ImportIssue[] = []
  for (const item of splitLooseList(t.replace(/^(oui|yes|ja)\s*[:,-]?\s*/i, ''))) {
    const n = normaliseLabel(item)
    const category = codeFromLabel(item, SPECIAL_CATEGORY_LABELS) ?? SPECIAL_WORDS.find(([re]) => re.test(n))?.[1]
    if (category) draft.fields.specialCategories.push({ category, condition: null })
    else issues.push({ severity: 'warning', code: 'unknown_value', column: header, value: item.slice(0, 80) })
  }
  return issues
}

const dpiaRequired: Reader = (text, draft, _ctx, header) => {
  const v = parseYesNo(text)
  if (text.trim() === '') return NONE
  if (v === null) return [{ severity: 'warning', code: 'unknown_value', column: header, value: text.slice(0, 80) }]
  if (draft.fields.dpia.status === 'not_assessed') draft.fields.dpia.status = v ? 'needed_not_started' : 'not_needed'
  return NONE
}

const dpiaProgress: Reader = (text, draft, _ctx, header) => {
  const n = normaliseLabel(text)
  if (n === '') return NONE
  if (/complet|done|finish|genomford|klar|termine/.test(n)) draft.fields.dpia.status = 'done'
  else if (/progress|ongoing|pagar|en cours/.test(n)) draft.fields.dpia.status = 'in_progress'
  else if (/not started|ej paborjad|pas commence/.test(n)) draft.fields.dpia.status = 'needed_not_started'
  else return appendToNotes(text, draft, _ctx, header)
  return NONE
}

const dpiaReference: Reader = (text, draft) => {
  if (text.trim() !== '') draft.fields.dpia.reference = text.trim()
  return NONE
}

/** Keeps a column that has no field of its own, as "Header: value" in the notes. */
const appendToNotes: Reader = (text, draft, _ctx, header) => {
  if (text.trim() !== '') draft.fields.notes = appendText(draft.fields.notes, `${header}: ${text.trim()}`)
  return NONE
}

/** Readers for the extra targets. */
export const extraReaders: Record<(typeof EXTRA_TARGETS)[number], Reader> = {
  recipientsInternal: recipientsOf('internal'),
  recipientsExternal: recipientsOf('other'),
  recipientsProcessors: recipientsOf('processor'),
  thirdCountries,
  transferSafeguards,
  retentionText,
  specialCategoriesText,
  dpiaRequired,
  dpiaProgress,
  dpiaReference,
  appendToNotes,
}
