/**
 * Spreadsheet columns for the other modules' records (one sheet each). These are for reading and filtering in
 * Excel, not for reading back: the register sheet is the one the importer understands.
 */
import type { WorkspaceData } from '../backup'
import type { Breach } from '../breaches'
import type { Complaint } from '../complaints'
import type { DpiaScreening } from '../dpia'
import { effectiveOutcome, type LegitimateInterestAssessment } from '../lia'
import { latestReview, type ProcessorAgreement } from '../processors'
import {
  AGREEMENT_STATUS_LABELS,
  BREACH_CAUSE_LABELS,
  BREACH_TYPE_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TYPE_LABELS,
  dateTimeText,
  DEROGATION_LABELS,
  DPIA_RESULT_LABELS,
  FREQUENCY_LABELS,
  IMY_DECISION_LABELS,
  LIA_OUTCOME_LABELS,
  LIA_STATUS_LABELS,
  MECHANISM_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TYPE_LABELS,
  REVIEW_OUTCOME_LABELS,
  RISK_LEVEL_LABELS,
  SUBJECTS_DECISION_LABELS,
  TIA_CONCLUSION_LABELS,
  TRANSFER_STATUS_LABELS,
  VENDOR_ROLE_LABELS,
  yesNo,
  type Bilingual,
  type ReportLanguage,
} from '../reports'
import { requestDueDate, type DataSubjectRequest } from '../requests'
import type { TransferRecord } from '../transfers'
import type { Vendor } from '../vendors'
import type { CellValue } from './csv.rules'
import { encodeLines } from './list-text.rules'

/** What a column may look up: names of linked records, and the language. */
export interface SheetContext {
  lang: ReportLanguage
  data: WorkspaceData
  activityName: (id: string) => string
  vendorName: (id: string) => string
}

/** One column of a module sheet. */
export interface SheetColumn<T> {
  header: Bilingual
  width: number
  value: (record: T, ctx: SheetContext) => CellValue
}

const l = (sv: string, en: string): Bilingual => ({ sv, en })
const c = <T>(
  sv: string,
  en: string,
  width: number,
  value: (r: T, ctx: SheetContext) => CellValue,
): SheetColumn<T> => ({
  header: l(sv, en),
  width,
  value,
})
const names = (ids: readonly string[], f: (id: string) => string) => encodeLines(ids.map(f))
const updated = <T extends { updatedAt: string }>(): SheetColumn<T> =>
  c<T>('Senast ändrad', 'Last changed', 17, (r) => dateTimeText(r.updatedAt))

export const VENDOR_COLUMNS: SheetColumn<Vendor>[] = [
  c('Leverantör', 'Vendor', 30, (v) => v.name),
  c('Organisationsnummer', 'Company number', 16, (v) => v.orgNumber),
  c('Roll', 'Role', 24, (v, { lang }) => VENDOR_ROLE_LABELS[v.role][lang]),
  c('Land', 'Country', 8, (v) => v.country),
  c('Behandlingsländer', 'Processing countries', 16, (v) => v.processingCountries.join(', ')),
  c('Tjänster', 'Services', 30, (v) => encodeLines(v.services)),
  c('Kontakt', 'Contact', 30, (v) => [v.contact.name, v.contact.email, v.contact.phone].filter(Boolean).join(', ')),
  c('Webbplats', 'Website', 24, (v) => v.website),
  c('DPF-certifierad', 'DPF certified', 12, (v, { lang }) => yesNo(v.dpf.certified, lang)),
  c('DPF kontrollerad', 'DPF checked', 12, (v) => v.dpf.checkedOn ?? ''),
  c('Anteckningar', 'Notes', 30, (v) => v.notes),
  updated<Vendor>(),
]

export const AGREEMENT_COLUMNS: SheetColumn<ProcessorAgreement>[] = [
  c('Personuppgiftsbiträde', 'Processor', 26, (a, ctx) => ctx.vendorName(a.vendorId)),
  c('Avtal', 'Agreement', 30, (a) => a.title),
  c('Version', 'Version', 10, (a) => a.version),
  c('Status', 'Status', 12, (a, { lang }) => AGREEMENT_STATUS_LABELS[a.status][lang]),
  c('Undertecknat', 'Signed', 12, (a) => a.signedOn ?? ''),
  c('Gäller från', 'Effective', 12, (a) => a.effectiveOn ?? ''),
  c('Upphör', 'Expires', 12, (a) => a.expiresOn ?? ''),
  c('Nästa granskning', 'Next review', 12, (a) => a.nextReviewOn ?? ''),
  c('Underbiträden', 'Sub-processors', 30, (a) =>
    encodeLines(a.subProcessors.map((s) => `${s.name} (${s.country || '?'})`)),
  ),
  c('Senast granskat', 'Last reviewed', 12, (a) => latestReview(a)?.reviewedOn ?? ''),
  c('Utfall', 'Outcome', 24, (a, { lang }) => {
    const o = latestReview(a)?.outcome
    return o ? REVIEW_OUTCOME_LABELS[o][lang] : ''
  }),
  c('Avtalsdokument SHA-256', 'Document SHA-256', 20, (a) => a.document?.sha256 ?? ''),
  updated<ProcessorAgreement>(),
]

export const TRANSFER_COLUMNS: SheetColumn<TransferRecord>[] = [
  c('Överföring', 'Transfer', 30, (t) => t.title),
  c('Behandlingar', 'Activities', 30, (t, ctx) => names(t.activityIds, ctx.activityName)),
  c('Mottagare', 'Importer', 24, (t) => t.importer.name),
  c('Land', 'Destination', 10, (t) => t.destinationCountry),
  c('Grund', 'Ground', 30, (t, { lang }) => MECHANISM_LABELS[t.mechanism.kind][lang]),
  c('Undantag (art. 49)', 'Derogation (Art 49)', 26, (t, { lang }) =>
    t.mechanism.kind === 'derogation' ? DEROGATION_LABELS[t.mechanism.ground][lang] : '',
  ),
  c('Omfattning', 'Frequency', 12, (t, { lang }) => FREQUENCY_LABELS[t.frequency][lang]),
  c('Kategorier av personuppgifter', 'Data categories', 30, (t) => encodeLines(t.dataCategories)),
  c('TIA-slutsats', 'TIA conclusion', 20, (t, { lang }) =>
    t.tia ? TIA_CONCLUSION_LABELS[t.tia.conclusion][lang] : '',
  ),
  c('TIA ny bedömning', 'TIA review due', 12, (t) => t.tia?.reviewDue ?? ''),
  c('Status', 'Status', 12, (t, { lang }) => TRANSFER_STATUS_LABELS[t.status][lang]),
  updated<TransferRecord>(),
]

export const LIA_COLUMNS: SheetColumn<LegitimateInterestAssessment>[] = [
  c('Behandlingar', 'Activities', 34, (x, ctx) => names(x.activityIds, ctx.activityName)),
  c('Version', 'Version', 8, (x) => x.version),
  c('Upprättad av', 'Author', 16, (x) => x.author),
  c('Status', 'Status', 20, (x, { lang }) => LIA_STATUS_LABELS[x.status][lang]),
  c('Utfall', 'Outcome', 22, (x, { lang }) => LIA_OUTCOME_LABELS[effectiveOutcome(x).outcome][lang]),
  c('Intresse', 'Interest', 40, (x) => x.answers.interest?.description ?? ''),
  c('Motivering', 'Reasoning', 40, (x) => x.outcomeReasoning),
  c('Godkänd', 'Signed off', 17, (x) => (x.signOff ? `${x.signOff.by} ${dateTimeText(x.signOff.at)}` : '')),
  c('Nästa översyn', 'Next review', 12, (x) => x.nextReviewOn ?? ''),
  updated<LegitimateInterestAssessment>(),
]

export const DPIA_COLUMNS: SheetColumn<DpiaScreening>[] = [
  c('Behandling', 'Activity', 34, (s, ctx) => ctx.activityName(s.activityId)),
  c('Resultat', 'Result', 30, (s, { lang }) => DPIA_RESULT_LABELS[s.result][lang]),
  c('Skäl', 'Reasons', 50, (s, { lang }) => encodeLines(s.reasons.map((r) => r.text[lang]))),
  c('Bedömd av', 'Screened by', 16, (s) => s.screenedBy),
  c('Datum', 'Date', 12, (s) => s.screenedOn),
  c('Anteckning', 'Note', 30, (s) => s.note),
  updated<DpiaScreening>(),
]

export const BREACH_COLUMNS: SheetColumn<Breach>[] = [
  c('Incident', 'Breach', 30, (b) => b.title),
  c('Kännedom', 'Aware', 17, (b) => dateTimeText(b.awareAt)),
  c('Typ', 'Type', 20, (b, { lang }) => b.types.map((t) => BREACH_TYPE_LABELS[t][lang]).join(', ')),
  c('Orsak', 'Cause', 20, (b, { lang }) => (b.cause ? BREACH_CAUSE_LABELS[b.cause][lang] : '')),
  c('Kategorier av personuppgifter', 'Data categories', 30, (b) => encodeLines(b.dataCategories)),
  c('Antal registrerade', 'Data subjects', 10, (b) => b.approxSubjects),
  c('Risk', 'Risk', 12, (b, { lang }) => (b.riskLevel ? RISK_LEVEL_LABELS[b.riskLevel][lang] : '')),
  c('IMY', 'IMY', 20, (b, { lang }) => IMY_DECISION_LABELS[b.imy.decision][lang]),
  c('Anmäld till IMY', 'Notified to IMY', 17, (b) => dateTimeText(b.imy.notifiedAt)),
  c('Diarienummer', 'Case number', 16, (b) => b.imy.caseNo),
  c(
    'Registrerade informerade',
    'Subjects informed',
    20,
    (b, { lang }) => SUBJECTS_DECISION_LABELS[b.subjects.decision][lang],
  ),
  c('Avslutad', 'Closed', 17, (b) => dateTimeText(b.closedAt)),
  updated<Breach>(),
]

export const REQUEST_COLUMNS: SheetColumn<DataSubjectRequest>[] = [
  c('Referens', 'Reference', 16, (r) => r.reference),
  c('Typ', 'Type', 26, (r, { lang }) => REQUEST_TYPE_LABELS[r.type][lang]),
  c('Kanal', 'Channel', 12, (r, { lang }) => REQUEST_CHANNEL_LABELS[r.channel][lang]),
  c('Mottagen', 'Received', 12, (r) => r.receivedAt),
  c('Frist', 'Due', 12, (r) => requestDueDate(r).due),
  c('Förlängd', 'Extended', 10, (r, { lang }) => yesNo(r.extension !== null, lang)),
  c('Besvarad', 'Replied', 12, (r) => r.respondedAt ?? ''),
  c('Status', 'Status', 16, (r, { lang }) => REQUEST_STATUS_LABELS[r.status][lang]),
  c('Behandlingar', 'Activities', 30, (r, ctx) => names(r.activityIds, ctx.activityName)),
  updated<DataSubjectRequest>(),
]

export const COMPLAINT_COLUMNS: SheetColumn<Complaint>[] = [
  c('Ärende', 'Case', 30, (x) => x.title),
  c('Slag', 'Kind', 16, (x, { lang }) => COMPLAINT_KIND_LABELS[x.kind][lang]),
  c('Typ', 'Type', 18, (x, { lang }) => COMPLAINT_TYPE_LABELS[x.type][lang]),
  c('IMY:s diarienummer', 'IMY case number', 16, (x) => x.imyCaseNumber),
  c('Mottaget', 'Received', 12, (x) => x.receivedAt),
  c('Svar senast', 'Reply due', 12, (x) => x.responseDueAt ?? ''),
  c('Besvarat', 'Replied', 12, (x) => x.repliedAt ?? ''),
  c('Status', 'Status', 14, (x, { lang }) => COMPLAINT_STATUS_LABELS[x.status][lang]),
  c('Utfall', 'Outcome', 16, (x, { lang }) => (x.outcome ? COMPLAINT_OUTCOME_LABELS[x.outcome][lang] : '')),
  updated<Complaint>(),
]
