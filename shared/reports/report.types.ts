/**
 * The shape every report takes: a document of numbered sections holding a few kinds of blocks, with every text
 * already in the report's language. Builders (one per report) turn a workspace snapshot into this; one print
 * template renders any of them, so the register, the breach log and the LIAs look alike, and a test can read a
 * report's content without a DOM. Nothing here is HTML: the template escapes every string.
 */
import type { Organisation } from '../organisation'

/** The languages a report can be written in; Swedish is IMY's working language (domain-reference §8). */
export type ReportLanguage = 'sv' | 'en'

/** A text in both report languages. */
export interface Bilingual {
  sv: string
  en: string
}

/** Every report the app can produce. */
export const REPORT_KINDS = [
  'register',
  'activity',
  'breach_log',
  'request_log',
  'agreement_reviews',
  'lias',
  'transfers',
  'findings',
] as const
/** A report the app can produce. */
export type ReportKind = (typeof REPORT_KINDS)[number]

/**
 * The "hash seal": what the report was made from, so a reader can tie the paper to the workspace and its audit
 * log (safety-and-speed.md §3 target 3). `contentHash` is the SHA-256 a backup file of the same data carries.
 */
export interface ReportSeal {
  /** ISO timestamp of generation. */
  generatedAt: string
  appVersion: string
  /** SHA-256 (hex) of `canonicalJson(workspace data)`, as in the workspace file's `contentHash`. */
  contentHash: string
  auditCount: number
  /** Hash of the newest audit entry; null for an empty log. */
  auditHeadHash: string | null
}

/** Who the report is about and when and from what it was made. */
export interface ReportMeta extends ReportSeal {
  organisation: Organisation
  lang: ReportLanguage
}

/** One label/value row; `value` holds lines, and an empty value prints as "not stated". */
export interface FieldRow {
  label: string
  value: string[]
  /** Art 30 requires the field and it is empty: printed in a way the reader notices. */
  missing?: boolean
  /** Print in a fixed-width font (hashes). */
  mono?: boolean
}

/** A table column; `width` is a share of the page width in percent. */
export interface TableColumn {
  label: string
  width?: number
}

/**
 * A block of content inside a section. Table cells may hold line breaks, which print as such. `entries` are
 * label/value rows printed as short paragraphs ("Label: value"), the dense form of `fields` the full register
 * uses so that 10,000 activities stay a document a print engine can lay out.
 */
export type ReportBlock =
  | { type: 'fields'; rows: FieldRow[] }
  | { type: 'entries'; rows: FieldRow[] }
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; emptyText: string }
  | { type: 'heading'; text: string; missing?: boolean }
  | { type: 'paragraph'; text: string }
  | { type: 'notice'; tone: 'info' | 'warning'; text: string }

/** A numbered section; `id` is its anchor for the table of contents. */
export interface ReportSection {
  id: string
  /** "1", "2.3" … */
  number: string
  heading: string
  blocks: ReportBlock[]
  subsections: ReportSection[]
  /** Start on a new page. */
  pageBreakBefore?: boolean
  /** The rest of a section begun in an earlier part of a report printed in parts: the heading says so. */
  continued?: boolean
}

/** A whole report, ready to print in its language. */
export interface ReportDocument {
  kind: ReportKind
  lang: ReportLanguage
  title: string
  subtitle: string
  meta: ReportMeta
  /** Blocks printed on the cover under the seal, e.g. what the report covers and the legal basis for it. */
  intro: ReportBlock[]
  sections: ReportSection[]
  /** Plain text for the page header of the PDF (escaped by whoever builds the template). */
  headerText: string
  /** Plain text for the page footer; the page number is added beside it. */
  footerText: string
  /** A file name without extension, safe on every OS. */
  fileName: string
  /** The few fixed words the template prints, in the report's language (the template has no i18n of its own). */
  labels: ReportLabels
}

/** Fixed words of the print template. */
export interface ReportLabels {
  contents: string
  notStated: string
  missing: string
  /** After a section heading repeated where a section goes on in a later part ("forts."). */
  continued: string
}
