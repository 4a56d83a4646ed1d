/**
 * How each register column reads its cell back into an activity draft. Exact mode reads what the app wrote
 * (escaped lists, labels); loose mode reads someone else's register, where lists are separated by lines,
 * semicolons or bullets and codes are guessed from words. What cannot be read is reported, never guessed silently.
 */
import { ART9_CONDITIONS, type ActivityFields } from '../register'
import {
  ACTIVITY_STATUS_LABELS,
  ART9_CONDITION_LABELS,
  DPIA_STATUS_LABELS,
  IDENTITY_JUSTIFICATION_LABELS,
  IDENTITY_KIND_LABELS,
  parsePeriodText,
  RECIPIENT_KIND_LABELS,
  RETENTION_TRIGGER_LABELS,
  ROLE_LABELS,
  SPECIAL_CATEGORY_LABELS,
} from '../reports'
import type { ActivityColumnKey } from './activity.columns'
import { codeFromLabel, parseArt9Condition, parseLegalBasis, parseYesNo } from './code-text.rules'
import type { ActivityDraft, ImportIssue, ReadContext } from './import.types'
import { decodeAlignedLines, decodeItems, decodeLines, splitLooseList } from './list-text.rules'

type Reader = (text: string, draft: ActivityDraft, ctx: ReadContext, header: string) => ImportIssue[]

const NONE: ImportIssue[] = []
const short = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text)
const unknown = (column: string, value: string): ImportIssue[] => [
  { severity: 'warning', code: 'unknown_value', column, value: short(value) },
]

const list = (text: string, ctx: ReadContext): string[] => (ctx.exact ? decodeLines(text) : splitLooseList(text))
const items = (text: string, ctx: ReadContext): string[][] =>
  ctx.exact ? decodeItems(text) : splitLooseList(text).map((s) => s.split('|').map((p) => p.trim()))

/** A plain text field; several mapped columns add up, separated by a blank line. */
const textInto =
  (
    key:
      | 'name'
      | 'description'
      | 'department'
      | 'owner'
      | 'jointControllers'
      | 'transfersDescription'
      | 'securityMeasures'
      | 'notes',
  ): Reader =>
  (text, draft) => {
    const current = draft.fields[key]
    draft.fields[key] = current && text ? `${current}\n\n${text}` : current || text
    return NONE
  }

/** A list field; several mapped columns add up. */
const listInto =
  (key: 'dataSubjectCategories' | 'personalDataCategories' | 'sources' | 'systems'): Reader =>
  (text, draft, ctx) => {
    draft.fields[key] = [...draft.fields[key], ...list(text, ctx)]
    return NONE
  }

/** A code column: blank keeps the default, an unknown label is reported and the default kept. */
function codeInto<K extends 'role' | 'status'>(key: K, labels: Parameters<typeof codeFromLabel>[1]): Reader {
  return (text, draft, _ctx, header) => {
    if (text.trim() === '') return NONE
    const code = codeFromLabel(text, labels)
    if (code === null) return unknown(header, text)
    draft.fields[key] = code as ActivityFields[K]
    return NONE
  }
}

const yesNoInto =
  (key: 'collectedFromDataSubject' | 'thirdCountryTransfers'): Reader =>
  (text, draft, _ctx, header) => {
    if (text.trim() === '') return NONE
    const v = parseYesNo(text)
    if (v === null) return unknown(header, text)
    draft.fields[key] = v
    return NONE
  }

const purposes: Reader = (text, draft, ctx) => {
  draft.purposes.descriptions = ctx.exact ? decodeAlignedLines(text) : splitLooseList(text)
  return NONE
}

const legalBases: Reader = (text, draft, ctx, header) => {
  const lines = ctx.exact ? decodeAlignedLines(text) : splitLooseList(text)
  draft.purposes.bases = lines.map((line) => parseLegalBasis(line))
  return lines.flatMap((line, i) =>
    line.trim() !== '' && draft.purposes.bases[i] === null ? unknown(header, line) : NONE,
  )
}

const aligned =
  (key: 'interests' | 'references'): Reader =>
  (text, draft, ctx) => {
    draft.purposes[key] = ctx.exact ? decodeAlignedLines(text) : splitLooseList(text)
    return NONE
  }

const specialCategories: Reader = (text, draft, ctx, header) => {
  const issues: ImportIssue[] = []
  for (const [cat = '', cond = ''] of items(text, ctx)) {
    const category = codeFromLabel(cat, SPECIAL_CATEGORY_LABELS)
    if (!category) {
      issues.push(...unknown(header, cat))
      continue
    }
    const condition = codeFromLabel(cond, ART9_CONDITION_LABELS) ?? parseArt9Condition(cond, ART9_CONDITIONS)
    if (cond.trim() !== '' && condition === null) issues.push(...unknown(header, cond))
    draft.fields.specialCategories.push({ category, condition })
  }
  return issues
}

const criminalData: Reader = (text, draft, ctx, header) => {
  if (text.trim() === '') return NONE
  const [flag = '', ground = ''] = items(text, ctx)[0] ?? []
  const processed = parseYesNo(flag)
  // Someone else's register may just describe the legal ground: that means the data is processed.
  if (processed === null && ctx.exact) return unknown(header, flag)
  draft.fields.criminalData = { processed: processed ?? true, legalGround: processed === null ? text.trim() : ground }
  return NONE
}

const identityNumbers: Reader = (text, draft, ctx, header) => {
  if (text.trim() === '') return NONE
  const [kindText = '', justText = ''] = items(text, ctx)[0] ?? []
  const kind = codeFromLabel(kindText, IDENTITY_KIND_LABELS)
  if (!kind) return unknown(header, kindText)
  const justification = justText ? codeFromLabel(justText, IDENTITY_JUSTIFICATION_LABELS) : null
  draft.fields.identityNumbers = { kind, justification }
  return justText && !justification ? unknown(header, justText) : NONE
}

const controllersServed: Reader = (text, draft, ctx) => {
  for (const [name = '', contact = '', representative = '', dpoContact = ''] of items(text, ctx)) {
    draft.fields.controllersServed.push({ name, contact, representative, dpoContact })
  }
  return NONE
}

const recipients: Reader = (text, draft, ctx, header) => {
  const issues: ImportIssue[] = []
  for (const [name = '', kindText = '', country = '', vendor = ''] of items(text, ctx)) {
    const kind = kindText ? codeFromLabel(kindText, RECIPIENT_KIND_LABELS) : 'other'
    if (!kind) issues.push(...unknown(header, kindText))
    const code = country.toUpperCase()
    if (code && !/^[A-Z]{2}$/.test(code)) issues.push(...unknown(header, country))
    const vendorId = vendor ? ctx.vendorIdByName(vendor) : null
    draft.fields.recipients.push({
      name,
      kind: kind ?? 'other',
      country: /^[A-Z]{2}$/.test(code) ? code : '',
      vendorId,
    })
  }
  return issues
}

const retention: Reader = (text, draft, ctx, header) => {
  const issues: ImportIssue[] = []
  for (const parts of items(text, ctx)) {
    const [dataCategory = '', periodWords = '', criterion = '', triggerText = '', legalReference = ''] = parts
    const period = periodWords ? parsePeriodText(periodWords) : ''
    if (period === null)
      issues.push({ severity: 'warning', code: 'invalid_period', column: header, value: short(periodWords) })
    const trigger = triggerText ? codeFromLabel(triggerText, RETENTION_TRIGGER_LABELS) : 'other'
    if (!trigger) issues.push(...unknown(header, triggerText))
    // A period that is not one is kept as the criterion, so nothing the DPO wrote is lost.
    const crit = period === null ? [periodWords, criterion].filter(Boolean).join(' – ') : criterion
    draft.fields.retention.push({
      dataCategory,
      period: period ?? '',
      criterion: crit,
      trigger: trigger ?? 'other',
      legalReference,
    })
  }
  return issues
}

const dpia: Reader = (text, draft, ctx, header) => {
  if (text.trim() === '') return NONE
  const [statusText = '', reference = ''] = items(text, ctx)[0] ?? []
  const status = codeFromLabel(statusText, DPIA_STATUS_LABELS)
  if (!status) return unknown(header, statusText)
  draft.fields.dpia = { status, reference }
  return NONE
}

const nextReviewOn: Reader = (text, draft, _ctx, header) => {
  const t = text.trim()
  if (t === '') return NONE
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(Date.parse(t))) {
    return [{ severity: 'warning', code: 'invalid_date', column: header, value: short(t) }]
  }
  draft.fields.nextReviewOn = t
  return NONE
}

/** Readers, one per column. */
export const readers: Record<ActivityColumnKey, Reader> = {
  name: textInto('name'),
  description: textInto('description'),
  role: codeInto('role', ROLE_LABELS),
  status: codeInto('status', ACTIVITY_STATUS_LABELS),
  department: textInto('department'),
  owner: textInto('owner'),
  jointControllers: textInto('jointControllers'),
  controllersServed,
  purposes,
  legalBases,
  legitimateInterests: aligned('interests'),
  legalReferences: aligned('references'),
  dataSubjectCategories: listInto('dataSubjectCategories'),
  personalDataCategories: listInto('personalDataCategories'),
  specialCategories,
  criminalData,
  identityNumbers,
  collectedFromDataSubject: yesNoInto('collectedFromDataSubject'),
  sources: listInto('sources'),
  recipients,
  thirdCountryTransfers: yesNoInto('thirdCountryTransfers'),
  transfersDescription: textInto('transfersDescription'),
  retention,
  securityMeasures: textInto('securityMeasures'),
  systems: listInto('systems'),
  dpia,
  nextReviewOn,
  notes: textInto('notes'),
}
