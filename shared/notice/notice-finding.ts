/**
 * What the comparison of a published notice with the register reports: findings that point both at characters of
 * the published text and at the records behind the generated notice.
 */
import type { NoticeModel, NoticeSources } from './notice.model'
import { recordRef, uniqueRefs, type Localised, type RecordRef, type Severity } from './record-ref'
import { keywordsOf, bestParagraph, spanOf, type TextIndex, type TextSpan } from './text-index'

/** Where a finding comes from: an Art 13/14 element, a difference from the register, or the text itself. */
export type FindingGroup = 'element' | 'register' | 'text'

/** One thing the DPO should look at. */
export interface NoticeFinding {
  /** Unique within one comparison, stable for the same inputs (for list keys and selection). */
  key: string
  code: string
  group: FindingGroup
  severity: Severity
  article: string
  message: Localised
  fix: Localised
  /** Passages of the published text the finding is about; empty when the text lacks something. */
  passages: TextSpan[]
  /** Records of the register (or the organisation profile) the finding is about. */
  records: RecordRef[]
}

/** A finding before it gets its key. */
export type FindingDraft = Omit<NoticeFinding, 'key'>

/** What every rule reads: the indexed published text, the generated notice's model and the raw records. */
export interface CompareContext {
  index: TextIndex
  model: NoticeModel
  sources: NoticeSources
}

/** Links to activities by id, named as the register names them. */
export function activityRefs(ctx: CompareContext, ids: readonly string[]): RecordRef[] {
  const name = (id: string) => ctx.sources.activities.find((a) => a.id === id)?.name ?? id
  return uniqueRefs(ids.map((id) => recordRef('activity', id, name(id))))
}

/** Link to a transfer record. */
export function transferRef(ctx: CompareContext, id: string): RecordRef {
  return recordRef('transfer', id, ctx.sources.transfers.find((t) => t.id === id)?.title ?? id)
}

/** The share of a phrase's content words one paragraph must hold for the phrase to count as stated there. */
export const STATED_THRESHOLD = 0.5

/** Where the published text states a register phrase, or null when no paragraph holds enough of its words. */
export function statedAt(ctx: CompareContext, phrase: string): TextSpan | null {
  const keywords = keywordsOf(phrase)
  if (keywords.length === 0) return null
  const best = bestParagraph(ctx.index, keywords)
  if (!best || best.score < STATED_THRESHOLD) return null
  return spanOf(ctx.index, best.paragraph.start, best.paragraph.end)
}

/** Gives each draft its key: the code and a running number per code. */
export function keyFindings(drafts: readonly FindingDraft[]): NoticeFinding[] {
  const seen = new Map<string, number>()
  return drafts.map((d) => {
    const n = (seen.get(d.code) ?? 0) + 1
    seen.set(d.code, n)
    return { ...d, key: `${d.code}#${n}` }
  })
}

/** Quotes register text inside a message. */
export const q = (text: string): string => `”${text}”`
