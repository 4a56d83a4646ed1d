/**
 * Recognising a register someone already keeps: the ICO "Documentation template for controllers" (sheet
 * `Template`, headers on row 9, columns A–AD) and the CNIL "registre de base" model's sections, as listed in
 * domain-reference §1.4, plus the app's own register sheet. Headers are compared after normalising case,
 * accents and punctuation, by phrase, so small wording differences between template versions still match.
 */
import { ACTIVITY_COLUMNS } from './activity.columns'
import { normaliseLabel } from './code-text.rules'
import type { ColumnMapping, ImportTarget } from './import-targets'

/** The registers the importer knows. */
export type RegisterTemplate = 'dpo_desk' | 'ico' | 'cnil'

type Pattern = [RegExp, ImportTarget]

// ICO controller template, columns 1–30 (the order of the sheet). Order of patterns matters: the first that
// matches a header wins, so specific phrases come before general ones.
const ICO: Pattern[] = [
  [/^business function/, 'department'],
  [/^purposes? of (the )?processing/, 'purposes'],
  [/joint controller/, 'jointControllers'],
  [/^categories of individuals|^categories of data subjects/, 'dataSubjectCategories'],
  [/^categories of personal data/, 'personalDataCategories'],
  [/^categories of recipients/, 'recipients'],
  [/^safeguards for exceptional transfers/, 'transferSafeguards'],
  [/third countries or international organisations/, 'thirdCountries'],
  [/^retention schedule/, 'retentionText'],
  [/technical and organisational security measures/, 'securityMeasures'],
  [/^article 6 lawful basis/, 'legalBases'],
  [/^legitimate interests for the processing/, 'legitimateInterests'],
  [/^the source of the personal data|^source of the personal data/, 'sources'],
  [/^location of personal data/, 'systems'],
  [/^data protection impact assessment required/, 'dpiaRequired'],
  [/^data protection impact assessment progress/, 'dpiaProgress'],
  [/^link to data protection impact assessment/, 'dpiaReference'],
  [
    /^link to contract with processor|^article 9 condition|^link to record of legitimate interests|^rights available|^existence of automated decision|^link to record of consent|personal data breach|schedule 1 condition|^gdpr article 6 lawful basis|retention and erasure policy|^is personal data retained|^reasons for not adhering/,
    'appendToNotes',
  ],
]

// CNIL "registre de base" fiche sections (and the wording of its older spreadsheet model). The joint controller
// and software names come before the activity name, which their headers ("Nom du …") would otherwise match.
const CNIL: Pattern[] = [
  [/^date de creation|^date de (la )?derniere mise a jour|^mise a jour/, 'appendToNotes'],
  [/responsable conjoint/, 'jointControllers'],
  [/logiciel|application/, 'systems'],
  [
    /^(nom|intitule|denomination)( \w+)*( de l)? ?(activite|traitement)|^activite( de traitement)?$|^nom sigle$/,
    'name',
  ],
  [/^objectifs? poursuivis?|^finalites?( principale)?( du traitement)?$/, 'purposes'],
  [/^base (legale|juridique)/, 'legalBases'],
  [/^categories? de personnes concernees/, 'dataSubjectCategories'],
  [/^categories? de donnees/, 'personalDataCategories'],
  [/donnees sensibles/, 'specialCategoriesText'],
  [/^durees? de conservation/, 'retentionText'],
  [/destinataires internes/, 'recipientsInternal'],
  [/organismes externes/, 'recipientsExternal'],
  [/^sous traitants?/, 'recipientsProcessors'],
  [/^categories? de destinataires/, 'recipients'],
  [/^transferts?( des? donnees)? hors (ue|de l union europeenne)|^pays( tiers)?/, 'thirdCountries'],
  [/^mesures de securite/, 'securityMeasures'],
]

/** The app's own sheet, in Swedish and English. */
const DPO_DESK: Pattern[] = ACTIVITY_COLUMNS.flatMap((c): Pattern[] => [
  [new RegExp(`^${escapeRegExp(normaliseLabel(c.header.sv))}$`), c.key],
  [new RegExp(`^${escapeRegExp(normaliseLabel(c.header.en))}$`), c.key],
])

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const TEMPLATES: { template: RegisterTemplate; patterns: Pattern[]; minimum: number }[] = [
  { template: 'dpo_desk', patterns: DPO_DESK, minimum: 8 },
  { template: 'ico', patterns: ICO, minimum: 6 },
  { template: 'cnil', patterns: CNIL, minimum: 5 },
]

function targetFor(header: string, patterns: Pattern[]): ImportTarget | null {
  const h = normaliseLabel(header)
  if (h === '') return null
  return patterns.find(([re]) => re.test(h))?.[1] ?? null
}

/** How well a header row fits each template, and the mapping it gives. */
function mappingFor(headers: readonly string[], patterns: Pattern[]): { mapping: ColumnMapping; matched: number } {
  const mapping = headers.map((h) => targetFor(h, patterns))
  return { mapping: mapping.map((t) => t ?? 'ignore'), matched: mapping.filter((t) => t !== null).length }
}

/** A recognised (or not) header row and the suggested mapping. */
export interface TemplateMatch {
  template: RegisterTemplate | null
  /** Index of the header row among the rows given. */
  headerRow: number
  mapping: ColumnMapping
}

/** How many rows from the top the header may be on (ICO's is row 9, under a contact block). */
export const HEADER_SEARCH_ROWS = 30

/**
 * Finds the header row and the template it belongs to: the row among the first 30 where a template matches the
 * most columns above its minimum. Without a match, the first non-empty row is the header and each column gets
 * whatever any template would map it to, so the user starts from a sensible mapping.
 */
export function detectTemplate(rows: readonly (readonly string[])[]): TemplateMatch {
  let best: TemplateMatch & { matched: number } = { template: null, headerRow: -1, mapping: [], matched: 0 }
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((headers, headerRow) => {
    for (const t of TEMPLATES) {
      const { mapping, matched } = mappingFor(headers, t.patterns)
      if (matched >= t.minimum && matched > best.matched) best = { template: t.template, headerRow, mapping, matched }
    }
  })
  if (best.template) return { template: best.template, headerRow: best.headerRow, mapping: best.mapping }
  const headerRow = Math.max(
    0,
    rows.findIndex((r) => r.some((c) => c.trim() !== '')),
  )
  return { template: null, headerRow, mapping: suggestMapping(rows[headerRow] ?? []) }
}

/** For an unknown sheet: each column's target under any template, or ignore. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return headers.map((h) => targetFor(h, DPO_DESK) ?? targetFor(h, ICO) ?? targetFor(h, CNIL) ?? 'ignore')
}
