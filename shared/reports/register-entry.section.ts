/**
 * One processing activity as an entry of the full register: every Art 30(1)(a)–(g) field (domain-reference §1.1),
 * and for an activity performed as processor Art 30(2)(a)–(d) (§1.2), each with its article point, the required
 * ones marked when missing — printed densely, one block after the other, as "Label: value" paragraphs under the
 * activity's heading. The single-activity report keeps the roomier layout of activity.section.ts.
 *
 * Why dense: the register of a large organisation holds thousands of activities. With one page per activity and
 * sub-tables with their own headers, 10,000 activities made a 49 MB document Chromium could not print. Here the
 * labels are short, each ending in its Art 30(1) point letter (the record's heading names the article, and its
 * first paragraph says what the letters mean), and the few short Art 9/10/identity/source answers share a line.
 */
import type { WorkspaceData } from '../backup'
import type { ProcessingActivity } from '../register'
import { destinationName } from '../transfers'
import { ACTIVITY_LABELS, identityText, missingFields, servedLine } from './activity.section'
import { COMMON, entries, paragraph, row } from './report-common'
import type { Bilingual, FieldRow, ReportLanguage, ReportSection } from './report.types'
import { dateTimeText, periodText, pick, yesNo } from './text.rules'
import {
  ACTIVITY_STATUS_LABELS,
  ART9_CONDITION_LABELS,
  DPIA_STATUS_LABELS,
  LEGAL_BASIS_LABELS,
  NO_LEGAL_BASIS,
  RECIPIENT_KIND_LABELS,
  RETENTION_TRIGGER_LABELS,
  ROLE_LABELS,
  SPECIAL_CATEGORY_LABELS,
} from './vocabulary.register'
import { MECHANISM_LABELS } from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Labels of the Art 30(2) entry (processor record). */
export const PROCESSOR_LABELS = {
  controllers: l('Personuppgiftsansvariga (art. 30.2 a)', 'Controllers (Art 30(2)(a))'),
  categories: l('Kategorier av behandling (art. 30.2 b)', 'Categories of processing (Art 30(2)(b))'),
  transfers: l('Överföringar till tredjeland (art. 30.2 c)', 'Transfers to third countries (Art 30(2)(c))'),
  security: l('Säkerhetsåtgärder (art. 30.2 d)', 'Security measures (Art 30(2)(d))'),
} as const

/** Labels of the entry: short, with the point of Art 30(1) they answer. */
export const ENTRY_LABELS = {
  description: l('Beskrivning', 'Description'),
  jointControllers: l('Gemensamt ansvariga (a)', 'Joint controllers (a)'),
  purposes: l('Ändamål och rättslig grund (b)', 'Purposes and legal basis (b)'),
  subjects: l('Registrerade (c)', 'Data subjects (c)'),
  data: l('Personuppgifter (c)', 'Personal data (c)'),
  particular: l('Särskilda uppgifter och källor (c)', 'Particular data and sources (c)'),
  special: l('Känsliga (art. 9)', 'Special categories (Art 9)'),
  criminal: l('Lagöverträdelser (art. 10)', 'Criminal offences (Art 10)'),
  identity: l('Personnummer', 'Identity numbers'),
  sources: l('Källor', 'Sources'),
  recipients: l('Mottagare (d)', 'Recipients (d)'),
  transfers: l('Tredjeland (e)', 'Third countries (e)'),
  retention: l('Gallring (f)', 'Erasure (f)'),
  security: l('Säkerhetsåtgärder (g)', 'Security measures (g)'),
  systems: l('System', 'Systems'),
  dpia: l('Konsekvensbedömning', 'Impact assessment'),
  nextReview: l('Nästa översyn', 'Next review'),
  notes: l('Anteckningar', 'Notes'),
  owner: l('Ansvarig', 'Responsible'),
  changed: l('Ändrad', 'Changed'),
} as const

/** What the point letters of the entries mean, printed once under the record's heading. */
export const ENTRY_KEY = {
  controller: l(
    'Bokstaven efter en uppgift anger punkten i artikel 30.1 som den uppfyller: (a) gemensamt personuppgiftsansvariga, (b) ändamål, (c) kategorier av registrerade och personuppgifter, (d) mottagare, (e) överföringar till tredjeland, (f) gallringsfrister, (g) säkerhetsåtgärder.',
    'The letter after each item is the point of Article 30(1) it answers: (a) joint controllers, (b) purposes, (c) categories of data subjects and personal data, (d) recipients, (e) transfers to third countries, (f) time limits for erasure, (g) security measures.',
  ),
} as const

const THE_DATA_SUBJECT = l('Den registrerade', 'The data subject')
/** Short lists print on one line, separated by this. */
const LIST = '; '

/** The transfer records of each activity, built once for the whole register instead of once per activity. */
export function transferLinesByActivity(data: WorkspaceData, lang: ReportLanguage): Map<string, string[]> {
  const byActivity = new Map<string, string[]>()
  for (const t of data.transfers) {
    const line = `${t.title} – ${destinationName(t.destinationCountry, lang)} – ${pick(MECHANISM_LABELS[t.mechanism.kind], lang)}`
    for (const id of t.activityIds) byActivity.set(id, [...(byActivity.get(id) ?? []), line])
  }
  return byActivity
}

const filled = (s: string): boolean => s.trim() !== ''

function purposeLines(a: ProcessingActivity, lang: ReportLanguage): string[] {
  return a.purposes.map((p) => {
    const basis = pick(p.legalBasis ? LEGAL_BASIS_LABELS[p.legalBasis] : NO_LEGAL_BASIS, lang)
    const detail = [p.legitimateInterest, p.legalReference].filter(filled).join('; ')
    return `${p.description} – ${basis}${detail ? ` (${detail})` : ''}`
  })
}

function recipientsText(a: ProcessingActivity, lang: ReportLanguage): string {
  return a.recipients
    .map((r) => {
      const about = [pick(RECIPIENT_KIND_LABELS[r.kind], lang), r.country ? destinationName(r.country, lang) : '']
      return `${r.name} (${about.filter(filled).join(', ')})`
    })
    .join(LIST)
}

function retentionLines(a: ProcessingActivity, lang: ReportLanguage): string[] {
  return a.retention.map((r) => {
    const period = [periodText(r.period, lang), r.criterion].filter(filled).join(', ')
    const counted = [pick(RETENTION_TRIGGER_LABELS[r.trigger], lang), r.legalReference].filter(filled).join('; ')
    return `${r.dataCategory}: ${period}${counted ? ` (${counted})` : ''}`
  })
}

/**
 * Art 30(1)(c), with Art 9 special categories and their condition, Art 10 data, identity numbers (DSL 3:10) and
 * the source of data not collected from the data subject (Art 14(2)(f)) on one line; missing when any is.
 */
function dataRows(a: ProcessingActivity, lang: ReportLanguage, missing: Set<string>): FieldRow[] {
  const L = ENTRY_LABELS
  const special = a.specialCategories.map(
    (s) =>
      `${pick(SPECIAL_CATEGORY_LABELS[s.category], lang)} – ${pick(s.condition ? ART9_CONDITION_LABELS[s.condition] : COMMON.notStated, lang)}`,
  )
  const criminal = [yesNo(a.criminalData.processed, lang), a.criminalData.processed ? a.criminalData.legalGround : '']
  const sources = [...(a.collectedFromDataSubject ? [pick(THE_DATA_SUBJECT, lang)] : []), ...a.sources]
  const particular = [
    `${pick(L.special, lang)}: ${special.length ? special.join(', ') : pick(COMMON.none, lang)}`,
    `${pick(L.criminal, lang)}: ${criminal.filter(filled).join(' – ')}`,
    `${pick(L.identity, lang)}: ${identityText(a, lang)}`,
    `${pick(L.sources, lang)}: ${sources.length ? sources.join(', ') : pick(COMMON.notStated, lang)}`,
  ]
  const anyMissing = ['specialCategories', 'criminalData', 'identityNumbers', 'sources'].some((f) => missing.has(f))
  return [
    row(L.subjects, a.dataSubjectCategories.join(LIST), lang, missing.has('dataSubjectCategories')),
    row(L.data, a.personalDataCategories.join(LIST), lang, missing.has('personalDataCategories')),
    row(L.particular, particular.join(' · '), lang, anyMissing),
  ]
}

/** What is kept beside the Art 30 fields: systems, impact assessment, review date and notes, when recorded. */
function otherRows(a: ProcessingActivity, lang: ReportLanguage): FieldRow[] {
  const L = ENTRY_LABELS
  const optional = (label: Bilingual, value: string) => (filled(value) ? [row(label, value, lang)] : [])
  return [
    ...optional(L.systems, a.systems.join(LIST)),
    row(L.dpia, [pick(DPIA_STATUS_LABELS[a.dpia.status], lang), a.dpia.reference].filter(filled).join(' – '), lang),
    ...optional(L.nextReview, a.nextReviewOn ?? ''),
    ...optional(L.notes, a.notes),
  ]
}

/** Role, status, department, owner and last change on one line under the heading. */
function aboutLine(a: ProcessingActivity, lang: ReportLanguage): string {
  const L = ENTRY_LABELS
  return [
    pick(ROLE_LABELS[a.role], lang),
    pick(ACTIVITY_STATUS_LABELS[a.status], lang),
    a.department,
    filled(a.owner) ? `${pick(L.owner, lang)}: ${a.owner}` : '',
    `${pick(L.changed, lang)} ${dateTimeText(a.updatedAt).slice(0, 10)} (${pick(ACTIVITY_LABELS.version, lang)} ${a.revision})`,
  ]
    .filter(filled)
    .join(' · ')
}

/** The Art 30(1) rows of one activity, in the order of the article. */
export function controllerEntryRows(a: ProcessingActivity, transfers: string[], lang: ReportLanguage): FieldRow[] {
  const L = ENTRY_LABELS
  const missing = missingFields(a)
  const transfer = [yesNo(a.thirdCountryTransfers, lang), a.transfersDescription].filter(filled).join(' – ')
  return [
    ...(filled(a.description) ? [row(L.description, a.description, lang)] : []),
    ...(a.role === 'joint_controller' || filled(a.jointControllers)
      ? [row(L.jointControllers, a.jointControllers, lang, missing.has('jointControllers'))]
      : []),
    row(L.purposes, purposeLines(a, lang), lang, missing.has('purposes')),
    ...dataRows(a, lang, missing),
    row(L.recipients, recipientsText(a, lang), lang, missing.has('recipients')),
    row(L.transfers, [transfer, ...transfers], lang, missing.has('transfersDescription')),
    row(L.retention, retentionLines(a, lang), lang, missing.has('retention')),
    row(L.security, a.securityMeasures, lang, missing.has('securityMeasures')),
    ...otherRows(a, lang),
  ]
}

/** The Art 30(2)(a)–(d) rows of an activity performed as processor, then what else the record holds. */
export function processorEntryRows(a: ProcessingActivity, transfers: string[], lang: ReportLanguage): FieldRow[] {
  const L = ENTRY_LABELS
  const missing = missingFields(a)
  const categories = [a.name, a.description, ...a.purposes.map((p) => p.description)].filter(filled)
  const transfer = [yesNo(a.thirdCountryTransfers, lang), a.transfersDescription].filter(filled).join(' – ')
  return [
    row(
      PROCESSOR_LABELS.controllers,
      a.controllersServed.map(servedLine),
      lang,
      a.controllersServed.length === 0 || missing.has('controllersServed'),
    ),
    row(PROCESSOR_LABELS.categories, categories, lang),
    row(
      PROCESSOR_LABELS.transfers,
      [transfer, ...transfers],
      lang,
      a.thirdCountryTransfers && !filled(a.transfersDescription),
    ),
    row(PROCESSOR_LABELS.security, a.securityMeasures, lang, !filled(a.securityMeasures)),
    row(L.purposes, purposeLines(a, lang), lang, missing.has('purposes')),
    ...dataRows(a, lang, missing),
    row(L.recipients, recipientsText(a, lang), lang, missing.has('recipients')),
    row(L.retention, retentionLines(a, lang), lang, missing.has('retention')),
    ...otherRows(a, lang),
  ]
}

/** An activity as a register entry: numbered heading, the line about it, then its rows. */
export function registerEntrySection(
  a: ProcessingActivity,
  rows: FieldRow[],
  lang: ReportLanguage,
  number: string,
  idPrefix = 'activity',
): ReportSection {
  return {
    id: `${idPrefix}-${a.id}`,
    number,
    heading: a.name,
    blocks: [paragraph(aboutLine(a, lang)), entries(rows)],
    subsections: [],
  }
}
