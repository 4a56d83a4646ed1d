/**
 * The register of processing activities (registerförteckning): the controller record of Art 30(1) with every
 * activity and every field, and — when the organisation also acts as processor for someone — the processor
 * record of Art 30(2) (domain-reference §1.1, §1.2). Art 30(3)–(4): written, and made available to IMY on request.
 */
import type { WorkspaceData } from '../backup'
import type { ProcessingActivity } from '../register'
import { activitySection } from './activity.section'
import {
  controllerEntryRows,
  ENTRY_KEY,
  processorEntryRows,
  registerEntrySection,
  transferLinesByActivity,
} from './register-entry.section'
import {
  assembleDocument,
  fields,
  organisationRows,
  organisationSection,
  paragraph,
  sealRows,
  table,
} from './report-common'
import type { Bilingual, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { pick, swedishOrder } from './text.rules'
import { ACTIVITY_STATUS_LABELS, LEGAL_BASIS_LABELS, NO_LEGAL_BASIS, ROLE_LABELS } from './vocabulary.register'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const TEXT = {
  title: l('Registerförteckning', 'Record of processing activities'),
  subtitle: l(
    'Förteckning över behandlingar enligt artikel 30 i dataskyddsförordningen',
    'Records of processing activities under Article 30 GDPR',
  ),
  intro: l(
    'Förteckningen hålls skriftligen och elektroniskt (art. 30.3) och görs tillgänglig för Integritetsskyddsmyndigheten på begäran (art. 30.4). Uppgifter som artikel 30 kräver men som saknas är markerade.',
    'The record is kept in writing, in electronic form (Art 30(3)), and made available to the supervisory authority on request (Art 30(4)). Fields Article 30 requires that are missing are marked.',
  ),
  overview: l('Översikt', 'Overview'),
  no: l('Nr', 'No.'),
  activity: l('Behandling', 'Processing activity'),
  role: l('Roll', 'Role'),
  bases: l('Rättslig grund', 'Legal basis'),
  status: l('Status', 'Status'),
  controllerRecord: l('Behandlingar som personuppgiftsansvarig (art. 30.1)', 'Processing as controller (Art 30(1))'),
  processorRecord: l('Förteckning som personuppgiftsbiträde (art. 30.2)', 'Record as processor (Art 30(2))'),
  processorIntro: l(
    'Organisationen behandlar personuppgifter för andra personuppgiftsansvarigas räkning. Biträdets namn och kontaktuppgifter, dataskyddsombud och företrädare framgår av avsnitt 1. Uppgifterna enligt artikel 30.2 a–d står först i varje post; övriga uppgifter har samma bokstäver som i avsnitt 3.',
    'The organisation processes personal data on behalf of other controllers. The processor’s name and contact details, its DPO and representative are given in section 1. The items of Article 30(2)(a)–(d) come first in each entry; the other items carry the same letters as in section 3.',
  ),
  noActivities: l('Registret innehåller inga behandlingar.', 'The register holds no processing activities.'),
} as const

const STATUS_ORDER = { active: 0, draft: 1, retired: 2 } as const

/** Active first, then drafts, then retired; by name in Swedish order within each. */
export function registerOrder(activities: readonly ProcessingActivity[]): ProcessingActivity[] {
  return [...activities].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || swedishOrder(a.name, b.name))
}

/** The legal bases of an activity's purposes, once each, in the report's language. */
export function legalBasisLines(a: ProcessingActivity, lang: ReportLanguage): string[] {
  const bases = [...new Set(a.purposes.map((p) => p.legalBasis))]
  return bases.map((b) => pick(b === null ? NO_LEGAL_BASIS : LEGAL_BASIS_LABELS[b], lang))
}

function overviewSection(
  ordered: ProcessingActivity[],
  numbers: Map<string, string>,
  lang: ReportLanguage,
): ReportSection {
  const rows = ordered.map((a) => [
    numbers.get(a.id) ?? '',
    a.name,
    pick(ROLE_LABELS[a.role], lang),
    legalBasisLines(a, lang).join('\n'),
    pick(ACTIVITY_STATUS_LABELS[a.status], lang),
  ])
  const columns: [Bilingual, number][] = [
    [TEXT.no, 8],
    [TEXT.activity, 38],
    [TEXT.role, 21],
    [TEXT.bases, 23],
    [TEXT.status, 10],
  ]
  return {
    id: 'overview',
    number: '2',
    heading: pick(TEXT.overview, lang),
    blocks: [table(columns, rows, lang, TEXT.noActivities)],
    subsections: [],
  }
}

/** The whole register as a report. */
export function buildRegisterReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const ordered = registerOrder(data.activities)
  const asController = ordered.filter((a) => a.role !== 'processor')
  const asProcessor = ordered.filter((a) => a.role === 'processor')
  const numbers = new Map<string, string>()
  asController.forEach((a, i) => numbers.set(a.id, `3.${i + 1}`))
  asProcessor.forEach((a, i) => numbers.set(a.id, `4.${i + 1}`))
  const transfers = transferLinesByActivity(data, lang)
  const entry = (a: ProcessingActivity, rows: typeof controllerEntryRows, prefix?: string) =>
    registerEntrySection(a, rows(a, transfers.get(a.id) ?? [], lang), lang, numbers.get(a.id) ?? '', prefix)
  const sections: ReportSection[] = [
    organisationSection(meta, '1'),
    overviewSection(ordered, numbers, lang),
    {
      id: 'controller-record',
      number: '3',
      heading: pick(TEXT.controllerRecord, lang),
      blocks: [paragraph(pick(asController.length ? ENTRY_KEY.controller : TEXT.noActivities, lang))],
      subsections: asController.map((a) => entry(a, controllerEntryRows)),
      // The entries follow one another; the record itself starts on a page of its own after the overview.
      pageBreakBefore: true,
    },
  ]
  if (asProcessor.length > 0) {
    sections.push({
      id: 'processor-record',
      number: '4',
      heading: pick(TEXT.processorRecord, lang),
      blocks: [paragraph(pick(TEXT.processorIntro, lang))],
      subsections: asProcessor.map((a) => entry(a, processorEntryRows, 'processor')),
      pageBreakBefore: true,
    })
  }
  return assembleDocument('register', meta, {
    title: TEXT.title,
    subtitle: pick(TEXT.subtitle, lang),
    intro: [paragraph(pick(TEXT.intro, lang)), fields(sealRows(meta))],
    sections,
  })
}

const SINGLE = {
  title: l('Behandling', 'Processing activity'),
  subtitle: l('Utdrag ur registerförteckningen (art. 30)', 'Extract from the record of processing activities (Art 30)'),
} as const

/** One activity as its own report: the organisation, then the activity with every field. */
export function buildActivityReport(data: WorkspaceData, meta: ReportMeta, activityId: string): ReportDocument | null {
  const a = data.activities.find((x) => x.id === activityId)
  if (!a) return null
  const { lang } = meta
  const section = { ...activitySection(a, data, lang, '2'), pageBreakBefore: false }
  return assembleDocument('activity', meta, {
    title: SINGLE.title,
    subtitle: `${a.name} – ${pick(SINGLE.subtitle, lang)}`,
    intro: [fields([...organisationRows(meta.organisation, lang).slice(0, 1), ...sealRows(meta)])],
    sections: [organisationSection(meta, '1'), section],
    fileName: `${pick(SINGLE.title, lang)}-${a.name}`,
  })
}
