/**
 * Compares a published privacy notice with the notice the register gives: which Art 13/14 elements the text
 * covers, and every difference, each pointing at passages of the text and at register records. Rule-based and
 * local (no network, no AI), so the same text and workspace always give the same findings.
 */
import { assessCoverage, type ElementCoverage } from './coverage.rules'
import { basisDiscrepancies } from './basis.discrepancy'
import { itemDiscrepancies } from './item.discrepancy'
import { purposeDiscrepancies } from './purpose.discrepancy'
import { elementFindings } from './element.findings'
import { keyFindings, type CompareContext, type NoticeFinding } from './notice-finding'
import { buildNoticeModel, type NoticeModel, type NoticeSources } from './notice.model'
import type { Severity } from './record-ref'
import { textFindings } from './text.rules'
import { retentionDiscrepancies } from './retention.discrepancy'
import { transferDiscrepancies } from './transfer.discrepancy'
import { indexText } from './text-index'

/** The result of a comparison. */
export interface NoticeComparison {
  model: NoticeModel
  coverage: ElementCoverage[]
  findings: NoticeFinding[]
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

/** Checks `publishedText` against the workspace; findings come most severe first, then in text order. */
export function compareNotice(publishedText: string, sources: NoticeSources): NoticeComparison {
  const model = buildNoticeModel(sources)
  const ctx: CompareContext = { index: indexText(publishedText), model, sources }
  const coverage = assessCoverage(ctx)
  const drafts = [
    ...textFindings(ctx),
    ...elementFindings(ctx, coverage),
    ...purposeDiscrepancies(ctx),
    ...basisDiscrepancies(ctx),
    ...itemDiscrepancies(ctx),
    ...transferDiscrepancies(ctx),
    ...retentionDiscrepancies(ctx),
  ]
  const firstOffset = (d: (typeof drafts)[number]) => d.passages[0]?.start ?? Number.MAX_SAFE_INTEGER
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || firstOffset(a.d) - firstOffset(b.d) || a.i - b.i)
    .map((x) => x.d)
  return { model, coverage, findings: keyFindings(sorted) }
}

/** A run of the published text and the findings whose passages cover it, for highlighting without HTML. */
export interface TextSegment {
  start: number
  end: number
  text: string
  findingKeys: string[]
}

/** Cuts the text at every passage boundary, so each segment is covered by the same findings throughout. */
export function textSegments(text: string, findings: readonly NoticeFinding[]): TextSegment[] {
  const cuts = new Set([0, text.length])
  for (const f of findings)
    for (const p of f.passages)
      cuts.add(Math.max(0, Math.min(text.length, p.start))).add(Math.max(0, Math.min(text.length, p.end)))
  const points = [...cuts].sort((a, b) => a - b)
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!
    const findingKeys = findings.filter((f) => f.passages.some((p) => p.start < end && p.end > start)).map((f) => f.key)
    return { start, end, text: text.slice(start, end), findingKeys }
  })
}
