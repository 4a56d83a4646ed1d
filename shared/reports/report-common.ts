/**
 * What every report shares: the seal (generation time, version, content hash, audit head), the organisation
 * block of Art 30(1)(a), block builders, and the page header and footer texts.
 */
import type { WorkspaceData } from '../backup'
import { canonicalJson, sha256Hex } from '../kernel'
import type { Organisation } from '../organisation'
import { dateTimeText, pick } from './text.rules'
import type {
  Bilingual,
  FieldRow,
  ReportBlock,
  ReportDocument,
  ReportKind,
  ReportLanguage,
  ReportMeta,
  ReportSection,
} from './report.types'

/** What a builder needs besides the data: when, by which version, in which language. */
export interface ReportContext {
  now: Date
  appVersion: string
  lang: ReportLanguage
}

/**
 * The meta and seal of reports made from `data`. The content hash is the one a backup of the same data carries
 * (`buildWorkspaceFile`), so a report can be matched to a backup; compute it once and pass it to every builder.
 */
export function buildReportMeta(data: WorkspaceData, ctx: ReportContext): ReportMeta {
  const head = data.auditLog[data.auditLog.length - 1]
  return {
    organisation: data.organisation,
    lang: ctx.lang,
    generatedAt: ctx.now.toISOString(),
    appVersion: ctx.appVersion,
    contentHash: sha256Hex(canonicalJson(data)),
    auditCount: data.auditLog.length,
    auditHeadHash: head?.hash ?? null,
  }
}

const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Fixed labels used by several reports. */
export const COMMON = {
  notStated: l('Ej angivet', 'Not stated'),
  none: l('Inga', 'None'),
  generatedAt: l('Framtagen', 'Generated'),
  appVersion: l('Programversion', 'App version'),
  contentHash: l('Innehållshash (SHA-256)', 'Content hash (SHA-256)'),
  auditLog: l('Revisionslogg', 'Audit log'),
  auditEntry: l('post, senaste hash', 'entry, head hash'),
  auditEntries: l('poster, senaste hash', 'entries, head hash'),
  auditEmpty: l('Inga poster', 'No entries'),
  organisation: l('Personuppgiftsansvarig', 'Controller'),
  orgName: l('Namn', 'Name'),
  orgNumber: l('Organisationsnummer', 'Organisation number'),
  address: l('Postadress', 'Postal address'),
  contact: l('Kontakt', 'Contact'),
  dpo: l('Dataskyddsombud', 'Data protection officer'),
  representative: l('Företrädare (art. 27)', 'Representative (Art 27)'),
  page: l('sida', 'page'),
  seal: l('Sigill', 'Seal'),
  contents: l('Innehåll', 'Contents'),
  missing: l('Saknas – ska anges', 'Missing – required'),
  continued: l('forts.', 'continued'),
} as const

/** A label/value row; empty values are left empty here and printed as "not stated" by the template. */
export function row(
  label: Bilingual | string,
  value: string | string[],
  lang: ReportLanguage,
  missing = false,
): FieldRow {
  const text = typeof label === 'string' ? label : pick(label, lang)
  const lines = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '')
  return missing ? { label: text, value: lines, missing } : { label: text, value: lines }
}

/** A block of label/value rows. */
export const fields = (rows: FieldRow[]): ReportBlock => ({ type: 'fields', rows })

/** The same rows printed densely, as "Label: value" paragraphs. */
export const entries = (rows: FieldRow[]): ReportBlock => ({ type: 'entries', rows })

/** A table block. */
export function table(
  columns: [Bilingual, number][],
  rows: string[][],
  lang: ReportLanguage,
  emptyText: Bilingual = COMMON.none,
): ReportBlock {
  return {
    type: 'table',
    columns: columns.map(([c, w]) => ({ label: pick(c, lang), width: w })),
    rows,
    emptyText: pick(emptyText, lang),
  }
}

/** A paragraph block. */
export const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text })

/** The seal rows printed on every cover (safety-and-speed.md §3: exports and PDFs carry the audit head). */
export function sealRows(meta: ReportMeta): FieldRow[] {
  const { lang } = meta
  const audit =
    meta.auditHeadHash === null
      ? pick(COMMON.auditEmpty, lang)
      : `${meta.auditCount} ${pick(meta.auditCount === 1 ? COMMON.auditEntry : COMMON.auditEntries, lang)} ${meta.auditHeadHash}`
  return [
    row(COMMON.generatedAt, dateTimeText(meta.generatedAt), lang),
    row(COMMON.appVersion, `DPO Desk ${meta.appVersion}`, lang),
    { ...row(COMMON.contentHash, meta.contentHash, lang), mono: true },
    { ...row(COMMON.auditLog, audit, lang), mono: true },
  ]
}

const filled = (s: string): boolean => s.trim() !== ''

/** The controller's identity and contact, Art 30(1)(a), with the DPO of Art 37(7) (domain-reference §1.1). */
export function organisationRows(org: Organisation, lang: ReportLanguage): FieldRow[] {
  const address = [org.address, [org.postalCode, org.city].filter(filled).join(' ')].filter(filled).join(', ')
  const dpo = [org.dpoName, org.dpoEmail, org.dpoPhone].filter(filled).join(', ')
  return [
    row(COMMON.orgName, org.name, lang, !filled(org.name)),
    row(COMMON.orgNumber, org.orgNumber, lang),
    row(COMMON.address, address, lang),
    row(
      COMMON.contact,
      [org.email, org.phone].filter(filled).join(', '),
      lang,
      !filled(org.email) && !filled(org.phone),
    ),
    row(COMMON.dpo, dpo, lang, !filled(org.dpoName) || !filled(org.dpoEmail)),
    ...(filled(org.representative) ? [row(COMMON.representative, org.representative, lang)] : []),
  ]
}

/** The organisation section that opens most reports. */
export function organisationSection(meta: ReportMeta, number: string): ReportSection {
  return {
    id: 'organisation',
    number,
    heading: pick(COMMON.organisation, meta.lang),
    blocks: [fields(organisationRows(meta.organisation, meta.lang))],
    subsections: [],
  }
}

/** A file name safe on every OS: lower-case ASCII, digits and dashes. */
export function fileSlug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return ascii.slice(0, 80) || 'rapport'
}

/** Assembles a document with the header and footer every page carries, including the short seal. */
export function assembleDocument(
  kind: ReportKind,
  meta: ReportMeta,
  parts: { title: Bilingual; subtitle: string; intro: ReportBlock[]; sections: ReportSection[]; fileName?: string },
): ReportDocument {
  const { lang } = meta
  const title = pick(parts.title, lang)
  const org = meta.organisation.name
  const seal = meta.auditHeadHash
    ? ` · ${pick(COMMON.seal, lang)} ${meta.auditCount}/${meta.auditHeadHash.slice(0, 12)}`
    : ''
  const date = dateTimeText(meta.generatedAt).slice(0, 10)
  const sections = parts.sections.map(breakBeforeHeading)
  return {
    kind,
    lang,
    title,
    subtitle: parts.subtitle,
    meta,
    intro: parts.intro,
    sections,
    headerText: [org, title].filter(filled).join(' – ').slice(0, 290),
    footerText: `${date} · DPO Desk ${meta.appVersion}${seal}`.slice(0, 290),
    fileName: fileSlug(`${parts.fileName ?? title}-${date}`),
    labels: {
      contents: pick(COMMON.contents, lang),
      notStated: pick(COMMON.notStated, lang),
      missing: pick(COMMON.missing, lang),
      continued: pick(COMMON.continued, lang),
    },
  }
}

/** What a log-style report (agreements, transfers, breaches, LIAs) says in its own words. */
export interface RecordLogTexts {
  title: Bilingual
  subtitle: Bilingual
  intro: Bilingual
  overview: Bilingual
  records: Bilingual
  none: Bilingual
}

/**
 * The shape those reports share: intro with the seal, 1 the organisation, 2 an overview table, 3 one subsection
 * per record (or a line saying there are none).
 */
export function recordLogDocument(
  kind: ReportKind,
  meta: ReportMeta,
  texts: RecordLogTexts,
  parts: { overview: ReportBlock; recordsId: string; records: ReportSection[] },
): ReportDocument {
  const { lang } = meta
  return assembleDocument(kind, meta, {
    title: texts.title,
    subtitle: pick(texts.subtitle, lang),
    intro: [paragraph(pick(texts.intro, lang)), fields(sealRows(meta))],
    sections: [
      organisationSection(meta, '1'),
      { id: 'overview', number: '2', heading: pick(texts.overview, lang), blocks: [parts.overview], subsections: [] },
      {
        id: parts.recordsId,
        number: '3',
        heading: pick(texts.records, lang),
        blocks: parts.records.length ? [] : [paragraph(pick(texts.none, lang))],
        subsections: parts.records,
      },
    ],
  })
}

/**
 * A section that only holds page-breaking subsections would leave its heading alone at the foot of a page: the
 * break moves up to the section, and its first subsection follows the heading directly.
 */
function breakBeforeHeading(section: ReportSection): ReportSection {
  const [first, ...rest] = section.subsections
  if (!first?.pageBreakBefore || section.blocks.length > 0) return section
  return { ...section, pageBreakBefore: true, subsections: [{ ...first, pageBreakBefore: false }, ...rest] }
}
