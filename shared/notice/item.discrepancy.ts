/**
 * Recipients, sources and data categories in the published text against the register (Art 13(1)(e),
 * 14(1)(d), 14(2)(f)): what the register has and the text does not mention, and recipients the text lists
 * that the register lacks.
 */
import { activityRefs, q, statedAt, type CompareContext, type FindingDraft } from './notice-finding'
import { keywordsOf, matchRange, sectionAt, spanOf, type TextSpan } from './text-index'

function recipientNotInRegister(name: string, passage: TextSpan): FindingDraft {
  return {
    code: 'notice/recipient-not-in-register',
    group: 'register',
    severity: 'low',
    article: 'Art 13(1)(e), 30(1)(d)',
    message: {
      sv: `Texten nämner mottagaren ${q(name)}, som inte finns i registret.`,
      en: `The text names the recipient ${q(name)}, which is not in the register.`,
    },
    fix: {
      sv: 'Lägg till mottagaren i registret, eller rätta texten.',
      en: 'Add the recipient to the register, or correct the text.',
    },
    passages: [passage],
    records: [],
  }
}

// A list item in the recipients section: from its bullet to the next bullet or the end of the section.
const BULLET = /^[ \t]*[●•·\-*–][ \t]*(\S.*)$/gm
const RECIPIENT_SECTION = /\bdelar\b|lämnar ut|mottagare|\bshare|recipient|disclos/i
const DISTINCTIVE = 6

/** Recipients the text lists that no register recipient matches by a distinctive word. */
function recipientsNotInRegister(ctx: CompareContext): FindingDraft[] {
  const words = [...new Set(ctx.model.recipients.flatMap((r) => keywordsOf(r.name)))].filter(
    (w) => w.length >= DISTINCTIVE,
  )
  const sections = ctx.index.headings
    .filter((h) => RECIPIENT_SECTION.test(ctx.index.text.slice(h.start, h.end)))
    .map((h) => sectionAt(ctx.index, h.start).range)
  return sections.flatMap((section) => {
    const body = ctx.index.text.slice(section.start, section.end)
    const bullets = [...body.matchAll(BULLET)].map((m) => section.start + m.index)
    return bullets.flatMap((start, i): FindingDraft[] => {
      const range = { start, end: bullets[i + 1] ?? section.end }
      if (words.length && matchRange(ctx.index, range, words).matched.length > 0) return []
      const item = spanOf(
        ctx.index,
        start,
        ctx.index.text.indexOf('\n', start) > 0 ? ctx.index.text.indexOf('\n', start) : range.end,
      )
      const name = ctx.index.text.slice(item.start, item.end).replace(/^[●•·\-*–]\s*/, '')
      return [recipientNotInRegister(name, spanOf(ctx.index, range.start, range.end))]
    })
  })
}

/** Findings that a register item (recipient, source, category) is not in the text. */
function itemsNotInText(
  ctx: CompareContext,
  items: { name: string; activityIds: string[] }[],
  what: { code: string; article: string; severity: FindingDraft['severity']; sv: string; en: string },
): FindingDraft[] {
  return items
    .filter((i) => !statedAt(ctx, i.name))
    .map((i) => ({
      code: what.code,
      group: 'register',
      severity: what.severity,
      article: what.article,
      message: {
        sv: `${what.sv} ${q(i.name)} finns i registret men nämns inte i texten.`,
        en: `${what.en} ${q(i.name)} is in the register but not mentioned in the text.`,
      },
      fix: { sv: 'Komplettera texten, eller rätta registret.', en: 'Add it to the text, or correct the register.' },
      passages: [],
      records: activityRefs(ctx, i.activityIds),
    }))
}

function categoryItems(ctx: CompareContext): { name: string; activityIds: string[] }[] {
  const byName = new Map<string, string[]>()
  for (const p of ctx.model.purposes)
    for (const c of p.dataCategories) byName.set(c, [...(byName.get(c) ?? []), p.activityId])
  return [...byName].map(([name, activityIds]) => ({ name, activityIds }))
}

/** Recipients, sources and categories one side has and the other lacks. */
export function itemDiscrepancies(ctx: CompareContext): FindingDraft[] {
  return [
    ...recipientsNotInRegister(ctx),
    ...itemsNotInText(ctx, ctx.model.recipients, {
      code: 'notice/recipient-not-in-text',
      article: 'Art 13(1)(e)',
      severity: 'medium',
      sv: 'Mottagaren',
      en: 'The recipient',
    }),
    ...itemsNotInText(
      ctx,
      ctx.model.sources.map((s) => ({ name: s.source, activityIds: s.activityIds })),
      {
        code: 'notice/source-not-in-text',
        article: 'Art 14(2)(f)',
        severity: 'medium',
        sv: 'Källan',
        en: 'The source',
      },
    ),
    ...itemsNotInText(ctx, categoryItems(ctx), {
      code: 'notice/category-not-in-text',
      article: 'Art 14(1)(d)',
      severity: 'low',
      sv: 'Kategorin',
      en: 'The category',
    }),
  ]
}
