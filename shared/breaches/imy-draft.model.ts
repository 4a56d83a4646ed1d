/**
 * The IMY notification draft as data: the questions of IMY's breach e-service (domain-reference §5.4; numbers
 * where the reference lists them, the rest expected but unverified) answered from the breach record, in Swedish.
 * The view renders it with Vue and the PDF renders it with `imyDraftHtml`; both escape every answer.
 */
import { formatDeadlineDate, stockholmDateOf, stockholmTimeOf } from '../deadlines'
import type { Organisation } from '../organisation'
import type { Breach } from './breach.schema'
import { secrecyTermsIn } from './breach.checks'
import { notificationState } from './breach.rules'
import {
  BAND_SV,
  CAUSE_SV,
  NOT_NOTIFIABLE_NOTE_SV,
  PUBLIC_RECORD_WARNING_SV,
  RISK_SV,
  SUBJECTS_SV,
  TYPE_SV,
} from './imy-draft.labels'

/** One question of the form and the answer the record gives. */
export interface ImyDraftItem {
  /** The question's number on IMY's form where known (§5.4), else ''. */
  no: string
  question: string
  /** The answer; '' when the record does not give one (then `missing`). */
  answer: string
  missing: boolean
}

/** A group of questions, as the form groups them. */
export interface ImyDraftSection {
  key: 'controller' | 'incident' | 'subjects' | 'consequences' | 'measures' | 'communication' | 'phases'
  title: string
  items: ImyDraftItem[]
}

/** The whole draft. */
export interface ImyDraftModel {
  title: string
  organisationName: string
  /** Our own reference for the breach, given on the form. */
  reference: string
  generatedAt: string
  publicRecordWarning: string
  /** Set when the breach is assessed as not notifiable. */
  note: string | null
  sections: ImyDraftSection[]
  /** The secrecy request (the form's last free-text field). */
  secrecyRequest: string
  /** Terms in the draft that usually call for a secrecy request (check 35). */
  secrecyTerms: string[]
  missingCount: number
}

/** What the draft needs besides the breach. */
export interface ImyDraftContext {
  organisation: Organisation
  /** Names of the linked processing activities. */
  activityNames: readonly string[]
  /** Name of the processor whose breach it is, if any. */
  processorName: string | null
  now: Date
}

const item = (no: string, question: string, answer: string): ImyDraftItem => ({
  no,
  question,
  answer: answer.trim(),
  missing: answer.trim() === '',
})
const yesNo = (v: boolean): string => (v ? 'Ja' : 'Nej')
const list = (values: readonly string[]): string => values.filter((v) => v.trim() !== '').join('\n')
const count = (n: number | null): string => (n === null ? '' : `cirka ${n.toLocaleString('sv-SE')}`)

/** `fre 19 jun 2026 kl. 14:20` in Stockholm time, or '' for no time. */
export function formatSwedishInstant(instant: string | null): string {
  if (instant === null) return ''
  return `${formatDeadlineDate(stockholmDateOf(instant), 'sv')} kl. ${stockholmTimeOf(instant)}`
}

/** Our reference for the breach on IMY's form: short, stable, and without personal data. */
export function breachReference(breach: Pick<Breach, 'id' | 'awareAt' | 'createdAt'>): string {
  const year = stockholmDateOf(breach.awareAt ?? breach.createdAt).slice(0, 4)
  return `PUI-${year}-${breach.id.slice(-8).toUpperCase()}`
}

function controllerSection(breach: Breach, ctx: ImyDraftContext): ImyDraftSection {
  const o = ctx.organisation
  const dpo = list([o.dpoName, o.dpoEmail, o.dpoPhone])
  return {
    key: 'controller',
    title: 'Personuppgiftsansvarig',
    items: [
      item('1', 'Personuppgiftsansvarigs namn', o.name),
      item('2', 'Organisationsnummer', o.orgNumber),
      item('3', 'Postadress', list([o.address, `${o.postalCode} ${o.city}`.trim()])),
      item('', 'Er egen referens', breachReference(breach)),
      item('9', 'Kontaktperson (dataskyddsombud eller annan kontaktpunkt)', breach.imy.contactPoint || dpo),
    ],
  }
}

function period(breach: Breach): string {
  const from = formatSwedishInstant(breach.occurredFrom)
  const to = formatSwedishInstant(breach.occurredTo)
  if (from && to) return `${from} – ${to}`
  return from
}

function incidentSection(breach: Breach, ctx: ImyDraftContext): ImyDraftSection {
  const late = notificationState(breach, ctx.now)
  const processor = ctx.processorName
    ? `${ctx.processorName}${breach.processorReportedAt ? `; informerade oss ${formatSwedishInstant(breach.processorReportedAt)}` : ''}`
    : 'Nej'
  return {
    key: 'incident',
    title: 'Om incidenten',
    items: [
      item('', 'Beskriv vad som har hänt', breach.description),
      item('', 'När inträffade incidenten?', period(breach)),
      item('13', 'När upphörde incidenten?', formatSwedishInstant(breach.occurredTo)),
      item('', 'När upptäcktes incidenten?', formatSwedishInstant(breach.detectedAt)),
      item('', 'När fick ni kännedom om incidenten?', formatSwedishInstant(breach.awareAt)),
      item('', 'Hur upptäcktes incidenten?', breach.howDiscovered),
      item('', 'Vad orsakade incidenten?', breach.cause ? CAUSE_SV[breach.cause] : ''),
      item('', 'Typ av incident', list(breach.types.map((t) => TYPE_SV[t]))),
      item('', 'Inträffade incidenten hos ett personuppgiftsbiträde?', processor),
      item('', 'Berörs registrerade i flera EU/EES-länder?', yesNo(breach.crossBorder)),
      item(
        '',
        'Skäl till att anmälan görs senare än 72 timmar',
        late.notifiedLate || late.overdue ? breach.imy.delayReason : 'Anmälan görs inom 72 timmar.',
      ),
    ],
  }
}

function subjectsSection(breach: Breach, ctx: ImyDraftContext): ImyDraftSection {
  return {
    key: 'subjects',
    title: 'Berörda registrerade och personuppgifter',
    items: [
      item('25', 'Vilka grupper av registrerade berörs?', list(breach.subjectGroups)),
      item('', 'Ungefärligt antal berörda registrerade', count(breach.approxSubjects)),
      item('26', 'Vilka typer av personuppgifter berörs?', list(breach.dataCategories)),
      item('', 'Ungefärligt antal berörda poster', count(breach.approxRecords)),
      item('', 'Berörs känsliga personuppgifter (artikel 9)?', yesNo(breach.special)),
      item('', 'Berörs uppgifter om lagöverträdelser (artikel 10)?', yesNo(breach.art10)),
      item('', 'Berörs personnummer eller samordningsnummer?', yesNo(breach.identityNumbers)),
      item('', 'Berörda behandlingar enligt registerförteckningen', list(ctx.activityNames)),
    ],
  }
}

function severityText(breach: Breach): string {
  const parts: string[] = []
  if (breach.riskLevel) parts.push(RISK_SV[breach.riskLevel])
  if (breach.enisa) {
    const se = breach.enisa.se.toLocaleString('sv-SE', { maximumFractionDigits: 2 })
    parts.push(`Allvarlighetsgrad enligt ENISA:s metod: ${BAND_SV[breach.enisa.band]} (${se})`)
  }
  return list(parts)
}

function consequencesSection(breach: Breach): ImyDraftSection {
  return {
    key: 'consequences',
    title: 'Konsekvenser och bedömning',
    items: [
      item('28', 'Vilka konsekvenser kan incidenten få för de registrerade?', breach.consequences),
      item('', 'Hur allvarlig bedömer ni att incidenten är?', severityText(breach)),
      item('', 'Motivering av bedömningen', breach.reasoning),
    ],
  }
}

function measuresSection(breach: Breach): ImyDraftSection {
  return {
    key: 'measures',
    title: 'Åtgärder',
    items: [
      item('30', 'Vilka åtgärder har vidtagits?', list(breach.measuresTaken)),
      item('30', 'Vilka åtgärder planeras?', list(breach.measuresPlanned)),
    ],
  }
}

function communicationSection(breach: Breach): ImyDraftSection {
  const s = breach.subjects
  const notInformed = s.decision !== 'inform' && s.decision !== 'pending'
  const items = [item('', 'Informeras de registrerade?', SUBJECTS_SV[s.decision])]
  if (s.decision === 'inform') {
    const informed = formatSwedishInstant(s.informedAt)
    items.push(
      item('32', 'När informerades de registrerade?', informed && s.channel ? `${informed} (${s.channel})` : informed),
    )
    if (s.informedAt === null)
      items.push(item('34', 'När kommer de registrerade att informeras?', formatSwedishInstant(s.plannedAt)))
  }
  if (notInformed) items.push(item('35', 'Varför informeras inte de registrerade?', s.reasoning))
  return { key: 'communication', title: 'Information till de registrerade', items }
}

function phasesSection(breach: Breach): ImyDraftSection | null {
  const { imy } = breach
  if (!imy.phased && imy.supplements.length === 0) return null
  const items = [item('', 'Lämnas anmälan i etapper (artikel 33.4)?', yesNo(imy.phased))]
  imy.supplements.forEach((s, i) =>
    items.push(item('', `Komplettering ${i + 1}, ${formatSwedishInstant(s.sentAt)}`, s.summary)),
  )
  return { key: 'phases', title: 'Anmälan i etapper', items }
}

/** The draft for `breach` as IMY's form asks for it. */
export function imyDraftModel(breach: Breach, ctx: ImyDraftContext): ImyDraftModel {
  const sections = [
    controllerSection(breach, ctx),
    incidentSection(breach, ctx),
    subjectsSection(breach, ctx),
    consequencesSection(breach),
    measuresSection(breach),
    communicationSection(breach),
    phasesSection(breach),
  ].filter((s): s is ImyDraftSection => s !== null)
  return {
    title: 'Anmälan av personuppgiftsincident – utkast',
    organisationName: ctx.organisation.name,
    reference: breachReference(breach),
    generatedAt: formatSwedishInstant(ctx.now.toISOString()),
    publicRecordWarning: PUBLIC_RECORD_WARNING_SV,
    note: breach.imy.decision === 'not_required' ? NOT_NOTIFIABLE_NOTE_SV : null,
    sections,
    secrecyRequest: breach.imy.secrecyRequest.trim(),
    secrecyTerms: secrecyTermsIn(breach),
    missingCount: sections.flatMap((s) => s.items).filter((i) => i.missing).length,
  }
}
