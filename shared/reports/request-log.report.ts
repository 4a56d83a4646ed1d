/**
 * The log of data-subject requests with their Art 12(3) deadlines and whether each was kept (domain-reference
 * §6.2–6.3). Deadlines come from the request rules (1182/71 counting, Swedish holidays). Requesters' names are
 * left out: a document handed to IMY becomes an allmän handling (§5.4, §8), and the DPO's own reference finds
 * the case; this is data minimisation, not a gap.
 */
import type { WorkspaceData } from '../backup'
import { stockholmDateOf } from '../deadlines'
import { isOpen, requestDueDate, type DataSubjectRequest } from '../requests'
import { assembleDocument, fields, organisationSection, paragraph, row, sealRows, table } from './report-common'
import type { Bilingual, ReportDocument, ReportLanguage, ReportMeta } from './report.types'
import { pick } from './text.rules'
import {
  REFUSAL_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TYPE_LABELS,
} from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Logg över begäranden från registrerade', 'Data subject request log'),
  subtitle: l(
    'Begäranden enligt artiklarna 15–22 och frister enligt artikel 12.3',
    'Requests under Articles 15–22 and the Article 12(3) deadlines',
  ),
  intro: l(
    'Frister räknas enligt förordning 1182/71: en månad från mottagandet, förlängd med högst två månader om den registrerade underrättats inom den första månaden (art. 12.3). Infaller sista dagen på en lördag, söndag eller allmän helgdag flyttas den till nästa arbetsdag. Den registrerades namn redovisas inte; ärendet återfinns under referensen.',
    'Deadlines are counted under Regulation 1182/71: one month from receipt, extended by at most two months if the data subject was told within the first month (Art 12(3)). A last day on a Saturday, Sunday or public holiday moves to the next working day. Requesters’ names are not shown; the reference identifies the case.',
  ),
  summary: l('Sammanfattning', 'Summary'),
  log: l('Begäranden', 'Requests'),
  none: l('Inga begäranden har registrerats.', 'No requests have been recorded.'),
  total: l('Antal begäranden', 'Requests'),
  kept: l('Besvarade inom fristen', 'Answered within the deadline'),
  missed: l('Besvarade efter fristen', 'Answered after the deadline'),
  openOnTime: l('Pågående, inom fristen', 'Open, within the deadline'),
  overdue: l('Pågående, fristen passerad', 'Open, deadline passed'),
  unknown: l('Avslutade utan svarsdatum', 'Closed without a reply date'),
  received: l('Mottagen', 'Received'),
  type: l('Typ', 'Type'),
  reference: l('Referens', 'Reference'),
  due: l('Frist', 'Due'),
  replied: l('Svar', 'Reply'),
  status: l('Status', 'Status'),
  deadline: l('Fristen', 'Deadline'),
  extended: l('förlängd', 'extended'),
} as const

/** Whether a request's deadline was kept, as the log reports it. */
export type DeadlineOutcome = 'kept' | 'missed' | 'open_on_time' | 'overdue' | 'unknown'

/** The deadline outcome of one request on `today` (ISO date). The due day itself is still on time. */
export function deadlineOutcome(r: DataSubjectRequest, today: string): DeadlineOutcome {
  const due = requestDueDate(r).due
  if (isOpen(r)) return today > due ? 'overdue' : 'open_on_time'
  if (r.respondedAt === null) return 'unknown'
  return r.respondedAt > due ? 'missed' : 'kept'
}

const OUTCOME_TEXT: Record<DeadlineOutcome, Bilingual> = {
  kept: l('Hållen', 'Kept'),
  missed: l('Missad', 'Missed'),
  open_on_time: l('Pågår – i tid', 'Open – on time'),
  overdue: l('Passerad', 'Passed'),
  unknown: l('Okänt', 'Unknown'),
}

function requestRow(r: DataSubjectRequest, today: string, lang: ReportLanguage): string[] {
  const due = requestDueDate(r)
  const dueText = r.extension ? `${due.due} (${pick(T.extended, lang)})` : due.due
  const refusal = r.refusal ? `\n${pick(REFUSAL_LABELS[r.refusal.kind], lang)}` : ''
  return [
    r.receivedAt,
    pick(REQUEST_TYPE_LABELS[r.type], lang),
    `${r.reference}\n${pick(REQUEST_CHANNEL_LABELS[r.channel], lang)}`.trim(),
    dueText,
    r.respondedAt ?? '',
    `${pick(REQUEST_STATUS_LABELS[r.status], lang)}${refusal}`,
    pick(OUTCOME_TEXT[deadlineOutcome(r, today)], lang),
  ]
}

/** The request log with its deadline summary, as of the report's generation date (Swedish time). */
export function buildRequestLogReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const today = stockholmDateOf(meta.generatedAt)
  const ordered = [...data.requests].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  const count = (o: DeadlineOutcome) => String(ordered.filter((r) => deadlineOutcome(r, today) === o).length)
  const summary = fields([
    row(T.total, String(ordered.length), lang),
    row(T.kept, count('kept'), lang),
    row(T.missed, count('missed'), lang),
    row(T.openOnTime, count('open_on_time'), lang),
    row(T.overdue, count('overdue'), lang),
    row(T.unknown, count('unknown'), lang),
  ])
  const columns: [Bilingual, number][] = [
    [T.received, 12],
    [T.type, 18],
    [T.reference, 16],
    [T.due, 14],
    [T.replied, 12],
    [T.status, 14],
    [T.deadline, 14],
  ]
  const log = table(
    columns,
    ordered.map((r) => requestRow(r, today, lang)),
    lang,
    T.none,
  )
  return assembleDocument('request_log', meta, {
    title: T.title,
    subtitle: pick(T.subtitle, lang),
    intro: [paragraph(pick(T.intro, lang)), fields(sealRows(meta))],
    sections: [
      organisationSection(meta, '1'),
      { id: 'summary', number: '2', heading: pick(T.summary, lang), blocks: [summary], subsections: [] },
      { id: 'requests', number: '3', heading: pick(T.log, lang), blocks: [log], subsections: [] },
    ],
  })
}
