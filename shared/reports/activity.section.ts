/**
 * One processing activity as a report section, with every field of the record (domain-reference §1.1–1.2),
 * the Art 30 letter beside each, and the fields Art 30 requires but the record lacks marked as missing.
 */
import type { WorkspaceData } from '../backup'
import { activityCompleteness, type ProcessingActivity } from '../register'
import { destinationName } from '../transfers'
import { COMMON, fields, row, table } from './report-common'
import type { Bilingual, ReportBlock, ReportLanguage, ReportSection } from './report.types'
import { dateTimeText, periodText, pick, yesNo } from './text.rules'
import {
  ACTIVITY_STATUS_LABELS,
  ART9_CONDITION_LABELS,
  DPIA_STATUS_LABELS,
  IDENTITY_JUSTIFICATION_LABELS,
  IDENTITY_KIND_LABELS,
  LEGAL_BASIS_LABELS,
  NO_LEGAL_BASIS,
  RECIPIENT_KIND_LABELS,
  RETENTION_TRIGGER_LABELS,
  ROLE_LABELS,
  SPECIAL_CATEGORY_LABELS,
} from './vocabulary.register'
import { MECHANISM_LABELS } from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Field labels of the activity section, with the Art 30 point they answer. */
export const ACTIVITY_LABELS = {
  description: l('Beskrivning', 'Description'),
  role: l('Vår roll', 'Our role'),
  status: l('Status', 'Status'),
  department: l('Avdelning', 'Department'),
  owner: l('Behandlingsansvarig person', 'Person responsible'),
  jointControllers: l('Gemensamt personuppgiftsansvariga (art. 30.1 a)', 'Joint controllers (Art 30(1)(a))'),
  controllersServed: l(
    'Personuppgiftsansvariga vi behandlar för (art. 30.2 a)',
    'Controllers we process for (Art 30(2)(a))',
  ),
  purposes: l('Ändamål och rättslig grund (art. 30.1 b, 6.1)', 'Purposes and legal basis (Art 30(1)(b), 6(1))'),
  purpose: l('Ändamål', 'Purpose'),
  legalBasis: l('Rättslig grund', 'Legal basis'),
  basisDetail: l('Berättigat intresse / lagrum', 'Legitimate interest / law'),
  subjects: l('Kategorier av registrerade (art. 30.1 c)', 'Categories of data subjects (Art 30(1)(c))'),
  data: l('Kategorier av personuppgifter (art. 30.1 c)', 'Categories of personal data (Art 30(1)(c))'),
  special: l('Känsliga personuppgifter och undantag (art. 9)', 'Special categories and conditions (Art 9)'),
  criminal: l('Uppgifter om lagöverträdelser (art. 10)', 'Criminal offence data (Art 10)'),
  identity: l('Personnummer/samordningsnummer (DSL 3 kap. 10 §)', 'Identity numbers (DSL ch. 3 s. 10)'),
  sources: l('Källor (art. 14.2 f)', 'Sources (Art 14(2)(f))'),
  fromSubject: l('Insamlas från den registrerade', 'Collected from the data subject'),
  recipients: l('Kategorier av mottagare (art. 30.1 d)', 'Categories of recipients (Art 30(1)(d))'),
  recipient: l('Mottagare', 'Recipient'),
  kind: l('Typ', 'Kind'),
  country: l('Land', 'Country'),
  transfers: l('Överföring till tredjeland (art. 30.1 e)', 'Transfers to third countries (Art 30(1)(e))'),
  transferRecords: l('Registrerade överföringar', 'Recorded transfers'),
  retention: l('Gallringsfrister (art. 30.1 f)', 'Time limits for erasure (Art 30(1)(f))'),
  retentionCategory: l('Kategori av uppgifter', 'Data category'),
  retentionPeriod: l('Tid eller kriterium', 'Period or criterion'),
  retentionFrom: l('Räknas', 'Counted'),
  retentionLaw: l('Lagrum', 'Law'),
  security: l(
    'Tekniska och organisatoriska säkerhetsåtgärder (art. 30.1 g, 32.1)',
    'Security measures (Art 30(1)(g), 32(1))',
  ),
  systems: l('System', 'Systems'),
  dpia: l('Konsekvensbedömning (art. 35)', 'Impact assessment (Art 35)'),
  nextReview: l('Nästa översyn', 'Next review'),
  notes: l('Anteckningar', 'Notes'),
  updated: l('Senast ändrad', 'Last changed'),
  version: l('version', 'revision'),
} as const

/** Top-level fields the completeness rules say are missing (`purposes[0].legalBasis` → `purposes`). */
export function missingFields(a: ProcessingActivity): Set<string> {
  return new Set(activityCompleteness(a).missing.map((m) => m.field.split(/[.[]/)[0] ?? m.field))
}

function purposeBlock(a: ProcessingActivity, lang: ReportLanguage): ReportBlock {
  const L = ACTIVITY_LABELS
  const rows = a.purposes.map((p) => [
    p.description,
    p.legalBasis ? pick(LEGAL_BASIS_LABELS[p.legalBasis], lang) : pick(NO_LEGAL_BASIS, lang),
    [p.legitimateInterest, p.legalReference].filter((s) => s.trim() !== '').join('\n'),
  ])
  return table(
    [
      [L.purpose, 45],
      [L.legalBasis, 25],
      [L.basisDetail, 30],
    ],
    rows,
    lang,
  )
}

function recipientBlock(a: ProcessingActivity, lang: ReportLanguage): ReportBlock {
  const L = ACTIVITY_LABELS
  const rows = a.recipients.map((r) => [
    r.name,
    pick(RECIPIENT_KIND_LABELS[r.kind], lang),
    r.country ? destinationName(r.country, lang) : '',
  ])
  return table(
    [
      [L.recipient, 55],
      [L.kind, 25],
      [L.country, 20],
    ],
    rows,
    lang,
  )
}

function retentionBlock(a: ProcessingActivity, lang: ReportLanguage): ReportBlock {
  const L = ACTIVITY_LABELS
  const rows = a.retention.map((r) => [
    r.dataCategory,
    [periodText(r.period, lang), r.criterion].filter((s) => s.trim() !== '').join('\n'),
    pick(RETENTION_TRIGGER_LABELS[r.trigger], lang),
    r.legalReference,
  ])
  return table(
    [
      [L.retentionCategory, 28],
      [L.retentionPeriod, 34],
      [L.retentionFrom, 20],
      [L.retentionLaw, 18],
    ],
    rows,
    lang,
  )
}

/** The transfer records that name this activity: title, destination and Chapter V ground. */
export function transferLines(a: ProcessingActivity, data: WorkspaceData, lang: ReportLanguage): string[] {
  return data.transfers
    .filter((t) => t.activityIds.includes(a.id))
    .map(
      (t) =>
        `${t.title} – ${destinationName(t.destinationCountry, lang)} – ${pick(MECHANISM_LABELS[t.mechanism.kind], lang)}`,
    )
}

/** The identity numbers processed, with their DSL 3:10 justification. */
export function identityText(a: ProcessingActivity, lang: ReportLanguage): string {
  const { kind, justification } = a.identityNumbers
  const base = pick(IDENTITY_KIND_LABELS[kind], lang)
  return kind !== 'none' && justification
    ? `${base} – ${pick(IDENTITY_JUSTIFICATION_LABELS[justification], lang)}`
    : base
}

function basicsRows(a: ProcessingActivity, lang: ReportLanguage, missing: Set<string>) {
  const L = ACTIVITY_LABELS
  return [
    row(L.description, a.description, lang),
    row(L.role, pick(ROLE_LABELS[a.role], lang), lang),
    row(L.status, pick(ACTIVITY_STATUS_LABELS[a.status], lang), lang),
    row(L.department, a.department, lang),
    row(L.owner, a.owner, lang),
    ...(a.role === 'joint_controller' || a.jointControllers
      ? [row(L.jointControllers, a.jointControllers, lang, missing.has('jointControllers'))]
      : []),
    ...(a.role === 'processor'
      ? [row(L.controllersServed, a.controllersServed.map(servedLine), lang, missing.has('controllersServed'))]
      : []),
  ]
}

/** One controller served, with its contact, representative and DPO on one line (Art 30(2)(a)). */
export function servedLine(c: ProcessingActivity['controllersServed'][number]): string {
  return [c.name, c.contact, c.representative, c.dpoContact].filter((s) => s.trim() !== '').join(' · ')
}

function dataRows(a: ProcessingActivity, lang: ReportLanguage, missing: Set<string>) {
  const L = ACTIVITY_LABELS
  const special = a.specialCategories.map(
    (s) =>
      `${pick(SPECIAL_CATEGORY_LABELS[s.category], lang)} – ${s.condition ? pick(ART9_CONDITION_LABELS[s.condition], lang) : pick(COMMON.notStated, lang)}`,
  )
  const criminal = a.criminalData.processed ? [yesNo(true, lang), a.criminalData.legalGround] : [yesNo(false, lang)]
  return [
    row(L.subjects, a.dataSubjectCategories, lang, missing.has('dataSubjectCategories')),
    row(L.data, a.personalDataCategories, lang, missing.has('personalDataCategories')),
    row(L.special, special.length ? special : [pick(COMMON.none, lang)], lang, missing.has('specialCategories')),
    row(L.criminal, criminal, lang, missing.has('criminalData')),
    row(L.identity, identityText(a, lang), lang, missing.has('identityNumbers')),
    row(L.fromSubject, yesNo(a.collectedFromDataSubject, lang), lang),
    ...(a.sources.length || !a.collectedFromDataSubject
      ? [row(L.sources, a.sources, lang, missing.has('sources'))]
      : []),
  ]
}

function laterRows(a: ProcessingActivity, data: WorkspaceData, lang: ReportLanguage, missing: Set<string>) {
  const L = ACTIVITY_LABELS
  const transfers = [yesNo(a.thirdCountryTransfers, lang), a.transfersDescription]
  const records = transferLines(a, data, lang)
  return [
    row(L.transfers, transfers, lang, missing.has('transfersDescription')),
    ...(records.length ? [row(L.transferRecords, records, lang)] : []),
    row(L.security, a.securityMeasures, lang, missing.has('securityMeasures')),
    row(L.systems, a.systems, lang),
    row(L.dpia, [pick(DPIA_STATUS_LABELS[a.dpia.status], lang), a.dpia.reference], lang),
    row(L.nextReview, a.nextReviewOn ?? '', lang),
    row(L.notes, a.notes, lang),
    row(L.updated, `${dateTimeText(a.updatedAt)} (${pick(L.version, lang)} ${a.revision})`, lang),
  ]
}

/** Every field of the activity as blocks, in Art 30(1) order. */
export function activityBlocks(a: ProcessingActivity, data: WorkspaceData, lang: ReportLanguage): ReportBlock[] {
  const L = ACTIVITY_LABELS
  const missing = missingFields(a)
  const heading = (label: Bilingual, isMissing: boolean): ReportBlock =>
    isMissing
      ? { type: 'heading', text: pick(label, lang), missing: true }
      : { type: 'heading', text: pick(label, lang) }
  return [
    fields(basicsRows(a, lang, missing)),
    heading(L.purposes, missing.has('purposes')),
    purposeBlock(a, lang),
    fields(dataRows(a, lang, missing)),
    heading(L.recipients, missing.has('recipients')),
    recipientBlock(a, lang),
    heading(L.retention, missing.has('retention')),
    retentionBlock(a, lang),
    fields(laterRows(a, data, lang, missing)),
  ]
}

/** The activity as a numbered section starting on a new page. */
export function activitySection(
  a: ProcessingActivity,
  data: WorkspaceData,
  lang: ReportLanguage,
  number: string,
): ReportSection {
  return {
    id: `activity-${a.id}`,
    number,
    heading: a.name,
    blocks: activityBlocks(a, data, lang),
    subsections: [],
    pageBreakBefore: true,
  }
}
