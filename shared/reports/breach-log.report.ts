/**
 * The breach log of Art 33(5): every personal data breach, notified or not, with the facts, its effects and the
 * remedial action, so IMY can verify compliance with Art 33 (domain-reference §5.1, §5.5). Whether IMY was
 * notified within 72 hours of awareness comes from the breach rules.
 */
import type { WorkspaceData } from '../backup'
import { notificationState, type Breach } from '../breaches'
import { fields, recordLogDocument, row, table } from './report-common'
import type { Bilingual, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { dateTimeText, pick, yesNo } from './text.rules'
import {
  BREACH_CAUSE_LABELS,
  BREACH_TYPE_LABELS,
  IMY_DECISION_LABELS,
  RISK_LEVEL_LABELS,
  SEVERITY_BAND_LABELS,
  SUBJECTS_DECISION_LABELS,
} from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Incidentlogg', 'Breach log'),
  subtitle: l(
    'Dokumentation av personuppgiftsincidenter enligt artikel 33.5',
    'Documentation of personal data breaches under Article 33(5)',
  ),
  intro: l(
    'Alla personuppgiftsincidenter dokumenteras, även de som inte anmälts till IMY: omständigheterna, effekterna och de åtgärder som vidtagits (art. 33.5). Anmälan ska göras inom 72 timmar från att organisationen fick kännedom om incidenten (art. 33.1).',
    'Every personal data breach is documented, including those not notified to IMY: the facts, the effects and the remedial action taken (Art 33(5)). Notification is due within 72 hours of becoming aware of the breach (Art 33(1)).',
  ),
  overview: l('Översikt', 'Overview'),
  none: l('Inga personuppgiftsincidenter har registrerats.', 'No personal data breaches have been recorded.'),
  breaches: l('Incidenter', 'Breaches'),
  no: l('Nr', 'No.'),
  breach: l('Incident', 'Breach'),
  aware: l('Kännedom', 'Aware'),
  risk: l('Risk', 'Risk'),
  imy: l('IMY', 'IMY'),
  subjects: l('Registrerade', 'Data subjects'),
  description: l('Beskrivning', 'Description'),
  occurred: l('Inträffade', 'Occurred'),
  detected: l('Upptäcktes', 'Detected'),
  awareAt: l('Kännedom (72 timmar räknas härifrån)', 'Aware (the 72 hours run from here)'),
  howDiscovered: l('Hur incidenten upptäcktes', 'How it was discovered'),
  types: l('Typ av incident', 'Type of breach'),
  cause: l('Orsak', 'Cause'),
  processor: l('Personuppgiftsbiträde', 'Processor'),
  dataCategories: l('Kategorier av personuppgifter', 'Categories of personal data'),
  sensitive: l('Känsliga uppgifter / art. 10 / personnummer', 'Special categories / Art 10 / identity numbers'),
  subjectGroups: l('Kategorier av registrerade', 'Categories of data subjects'),
  counts: l('Ungefärligt antal registrerade / poster', 'Approximate number of data subjects / records'),
  consequences: l('Sannolika konsekvenser', 'Likely consequences'),
  enisa: l('Allvarlighet (ENISA)', 'Severity (ENISA)'),
  riskLevel: l('Riskbedömning och motivering', 'Risk assessment and reasoning'),
  imyDecision: l('Anmälan till IMY (art. 33)', 'Notification to IMY (Art 33)'),
  notifyBy: l('Senast anmälan', 'Notify by'),
  notifiedAt: l('Anmäld', 'Notified'),
  late: l('Anmäld efter 72 timmar', 'Notified after 72 hours'),
  overdue: l('72 timmar har passerat utan anmälan', '72 hours have passed without notification'),
  onTime: l('i tid', 'on time'),
  caseNo: l('IMY:s diarienummer', 'IMY case number'),
  delayReason: l('Skäl till förseningen', 'Reasons for the delay'),
  supplements: l('Kompletteringar', 'Supplements'),
  subjectsDecision: l('Information till de registrerade (art. 34)', 'Communication to data subjects (Art 34)'),
  measuresTaken: l('Vidtagna åtgärder', 'Measures taken'),
  measuresPlanned: l('Planerade åtgärder', 'Measures planned'),
  crossBorder: l('Gränsöverskridande', 'Cross-border'),
  closedAt: l('Avslutad', 'Closed'),
  timeline: l('Händelseförlopp', 'Timeline'),
  at: l('Tid', 'Time'),
  event: l('Händelse', 'Event'),
  open: l('Pågår', 'Open'),
} as const

/** Earliest known moment first, so the log reads as a chronology. */
function breachOrder(breaches: readonly Breach[]): Breach[] {
  const key = (b: Breach) => b.awareAt ?? b.detectedAt ?? b.occurredFrom ?? b.createdAt
  return [...breaches].sort((a, b) => key(a).localeCompare(key(b)))
}

/** Where the notification stands, in one line: decision, and when notified relative to the 72 hours. */
export function imyStatusText(b: Breach, now: Date, lang: ReportLanguage): string {
  const state = notificationState(b, now)
  const decision = pick(IMY_DECISION_LABELS[b.imy.decision], lang)
  if (state.notified)
    return `${decision}: ${dateTimeText(b.imy.notifiedAt)} (${pick(state.notifiedLate ? T.late : T.onTime, lang)})`
  return state.overdue ? `${decision} – ${pick(T.overdue, lang)}` : decision
}

function factsRows(b: Breach, names: Map<string, string>, lang: ReportLanguage) {
  const occurred = [dateTimeText(b.occurredFrom), dateTimeText(b.occurredTo)].filter(Boolean).join(' – ')
  const processor = b.processorRef
    ? [names.get(b.processorRef) ?? b.processorRef, dateTimeText(b.processorReportedAt)]
    : []
  const count = (n: number | null) => (n === null ? '?' : String(n))
  return [
    row(T.description, b.description, lang, b.description.trim() === ''),
    row(T.occurred, occurred, lang),
    row(T.detected, dateTimeText(b.detectedAt), lang),
    row(T.awareAt, dateTimeText(b.awareAt), lang),
    row(T.howDiscovered, b.howDiscovered, lang),
    row(
      T.types,
      b.types.map((t) => pick(BREACH_TYPE_LABELS[t], lang)),
      lang,
    ),
    row(T.cause, b.cause ? pick(BREACH_CAUSE_LABELS[b.cause], lang) : '', lang),
    ...(processor.length ? [row(T.processor, processor, lang)] : []),
    row(T.dataCategories, b.dataCategories, lang),
    row(T.sensitive, [b.special, b.art10, b.identityNumbers].map((v) => yesNo(v, lang)).join(' / '), lang),
    row(T.subjectGroups, b.subjectGroups, lang),
    row(T.counts, `${count(b.approxSubjects)} / ${count(b.approxRecords)}`, lang),
    row(T.consequences, b.consequences, lang),
  ]
}

function decisionRows(b: Breach, now: Date, lang: ReportLanguage) {
  const state = notificationState(b, now)
  const enisa = b.enisa ? `SE = ${b.enisa.se.toFixed(2)} (${pick(SEVERITY_BAND_LABELS[b.enisa.band], lang)})` : ''
  const risk = [b.riskLevel ? pick(RISK_LEVEL_LABELS[b.riskLevel], lang) : '', b.reasoning]
  const subjects = [
    pick(SUBJECTS_DECISION_LABELS[b.subjects.decision], lang),
    dateTimeText(b.subjects.informedAt),
    b.subjects.channel,
    b.subjects.reasoning,
  ]
  const needsReason = b.imy.decision === 'not_required' && b.reasoning.trim() === ''
  return [
    row(T.enisa, enisa, lang),
    row(T.riskLevel, risk, lang, needsReason),
    row(T.imyDecision, imyStatusText(b, now, lang), lang),
    row(T.notifyBy, dateTimeText(state.notifyBy), lang),
    row(T.caseNo, b.imy.caseNo, lang),
    ...(state.notifiedLate || state.overdue
      ? [row(T.delayReason, b.imy.delayReason, lang, state.needsDelayReason)]
      : []),
    row(
      T.supplements,
      b.imy.supplements.map((s) => `${dateTimeText(s.sentAt)}: ${s.summary}`),
      lang,
    ),
    row(T.subjectsDecision, subjects, lang),
    row(T.measuresTaken, b.measuresTaken, lang),
    row(T.measuresPlanned, b.measuresPlanned, lang),
    row(T.crossBorder, yesNo(b.crossBorder, lang), lang),
    row(T.closedAt, b.closedAt ? dateTimeText(b.closedAt) : pick(T.open, lang), lang),
  ]
}

function breachSection(
  b: Breach,
  n: number,
  ctx: { names: Map<string, string>; now: Date; lang: ReportLanguage },
): ReportSection {
  const { lang } = ctx
  const timeline = [...b.timeline].sort((x, y) => x.at.localeCompare(y.at)).map((e) => [dateTimeText(e.at), e.text])
  return {
    id: `breach-${b.id}`,
    number: `3.${n}`,
    heading: b.title,
    blocks: [
      fields(factsRows(b, ctx.names, lang)),
      fields(decisionRows(b, ctx.now, lang)),
      ...(timeline.length
        ? [
            { type: 'heading' as const, text: pick(T.timeline, lang) },
            table(
              [
                [T.at, 22],
                [T.event, 78],
              ],
              timeline,
              lang,
            ),
          ]
        : []),
    ],
    subsections: [],
    pageBreakBefore: true,
  }
}

/** The Art 33(5) log. `now` for the 72-hour state is the report's generation time. */
export function buildBreachLogReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const now = new Date(meta.generatedAt)
  const ordered = breachOrder(data.breaches)
  const names = new Map(data.vendors.map((v) => [v.id, v.name]))
  const overviewRows = ordered.map((b, i) => [
    `3.${i + 1}`,
    b.title,
    dateTimeText(b.awareAt),
    b.riskLevel ? pick(RISK_LEVEL_LABELS[b.riskLevel], lang) : '',
    imyStatusText(b, now, lang),
    pick(SUBJECTS_DECISION_LABELS[b.subjects.decision], lang),
  ])
  const overview = table(
    [
      [T.no, 6],
      [T.breach, 30],
      [T.aware, 15],
      [T.risk, 10],
      [T.imy, 24],
      [T.subjects, 15],
    ],
    overviewRows,
    lang,
    T.none,
  )
  return recordLogDocument(
    'breach_log',
    meta,
    { ...T, records: T.breaches },
    { overview, recordsId: 'breaches', records: ordered.map((b, i) => breachSection(b, i + 1, { names, now, lang })) },
  )
}
