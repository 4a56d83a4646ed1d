/**
 * Differences between the published notice and the register: purposes, legal bases, legitimate interests,
 * recipients, sources and data categories that one side has and the other lacks. Each finding links the
 * register records (or the passage of the text) it is about.
 */
import type { LegalBasis } from '../register'
import { basisContext } from './coverage.rules'
import { activityRefs, q, statedAt, type CompareContext, type FindingDraft } from './notice-finding'
import type { NoticePurpose } from './notice.model'
import * as P from './notice.patterns'
import { BASIS_SHORT } from './notice.phrases'
import { recordRef } from './record-ref'
import {
  findAll,
  keywordsOf,
  matchRange,
  sectionAt,
  sentenceAt,
  spanOf,
  wordMatches,
  type TextSpan,
} from './text-index'

const byActivity = (ps: readonly NoticePurpose[]) => ps.map((p) => p.activityId)

/** Register purposes the text does not state (Art 13(1)(c)). */
function purposesNotInText(ctx: CompareContext): FindingDraft[] {
  return ctx.model.purposes
    .filter((p) => !statedAt(ctx, p.description))
    .map((p) => ({
      code: 'notice/purpose-not-in-text',
      group: 'register',
      severity: 'medium',
      article: 'Art 13(1)(c)',
      message: {
        sv: `Ändamålet ${q(p.description)} finns i registret men inte i den publicerade texten.`,
        en: `The purpose ${q(p.description)} is in the register but not in the published text.`,
      },
      fix: {
        sv: 'Beskriv ändamålet i integritetspolicyn, eller avveckla det i registret om det inte längre gäller.',
        en: 'Describe the purpose in the notice, or retire it in the register if it no longer applies.',
      },
      passages: [],
      records: activityRefs(ctx, [p.activityId]),
    }))
}

// "In order to …": the clause that follows names a purpose.
const PURPOSE_CUE =
  /\b(?:i\s+syfte\s+att|i\s+syftet\s+att|syftar\s+till\s+att|för\s+att|in\s+order\s+to|for\s+the\s+purposes?\s+of)\b/gi
// The sentence must say that we process something; rights, complaints and security sections describe other things.
const WE = /\bvi\b|\bwe\b/i
const PROCESSING =
  /behandl|använd|samla|analyser|samkör|lämna|överför|dela|lagra|spara|\bprocess|\buse|collect|share|transfer|store/i
const OTHER_SECTIONS = /rätt|right|klagom|complain|ändring|change|skydd|secur|kontakt|contact/i
// Sentences naming a basis or citing an article say why it is lawful, not what it is for.
const CITES_LAW = /rättslig|laglig|legal (?:basis|obligation)|\bart(?:ikel|icle)?\.?\s*\d/i
const CLAUSE_WORDS = 10
const MIN_CLAUSE_WORDS = 3
const KNOWN_SHARE = 0.3

/** The register's words for why it processes data, for telling whether a purpose in the text is known to it. */
function registerVocabulary(ctx: CompareContext): string[] {
  // Only what says why: data categories and recipients would make any sentence look known.
  const texts = [
    ...ctx.sources.activities.flatMap((a) => [a.name, a.description, ...a.purposes.map((p) => p.description)]),
    ...ctx.model.purposes.map((p) => p.legitimateInterest),
  ]
  return [...new Set(texts.flatMap(keywordsOf))]
}

/** The clause after a purpose cue, if it sits in a sentence where we say we process data. */
function purposeClause(ctx: CompareContext, cue: TextSpan): { sentence: TextSpan; clause: string } | null {
  const sentence = sentenceAt(ctx.index, cue.start)
  const text = ctx.index.text.slice(sentence.start, sentence.end)
  const subject =
    WE.test(text) || (ctx.model.controller.name && text.includes(ctx.model.controller.name.split(' ')[0]!))
  if (!subject || !PROCESSING.test(text) || CITES_LAW.test(text)) return null
  if (OTHER_SECTIONS.test(sectionAt(ctx.index, cue.start).heading)) return null
  return {
    sentence,
    clause: ctx.index.text.slice(cue.end, sentence.end).split(/[.;:]/)[0]!.trim().replace(/\s+/g, ' '),
  }
}

/**
 * Purposes the text names that the register does not know: clauses after "för att" / "in order to" in sentences
 * where we say we process data, few of whose content words appear anywhere in the register.
 */
function purposesNotInRegister(ctx: CompareContext): FindingDraft[] {
  const vocabulary = registerVocabulary(ctx)
  const known = (w: string) => vocabulary.some((v) => wordMatches(v, w) || wordMatches(w, v))
  const flagged = new Set<number>()
  const out: FindingDraft[] = []
  for (const cue of findAll(ctx.index, PURPOSE_CUE)) {
    const found = purposeClause(ctx, cue)
    if (!found || flagged.has(found.sentence.start)) continue
    const words = keywordsOf(found.clause).slice(0, CLAUSE_WORDS)
    if (words.length < MIN_CLAUSE_WORDS || words.filter(known).length / words.length >= KNOWN_SHARE) continue
    flagged.add(found.sentence.start)
    out.push({
      code: 'notice/purpose-not-in-register',
      group: 'register',
      severity: 'low',
      article: 'Art 13(1)(c), 30(1)(b)',
      message: {
        sv: `Texten anger ett ändamål som registret inte tycks ha: ${q(found.clause)}.`,
        en: `The text states a purpose the register does not seem to have: ${q(found.clause)}.`,
      },
      fix: {
        sv: 'Lägg till ändamålet i registret, eller stryk det ur texten om behandlingen inte förekommer.',
        en: 'Add the purpose to the register, or remove it from the text if the processing does not take place.',
      },
      passages: [found.sentence],
      records: [],
    })
  }
  return out
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
      return [
        {
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
          passages: [spanOf(ctx.index, range.start, range.end)],
          records: [],
        },
      ]
    })
  })
}

/** Bases the register uses that the text never states, and bases the text states that the register does not use. */
function bases(ctx: CompareContext): FindingDraft[] {
  const context = basisContext(ctx)
  const inContext = (b: LegalBasis): TextSpan[] =>
    context.flatMap((p) => findAll(ctx.index, P.BASIS_WORDS[b]).filter((s) => s.start >= p.start && s.end <= p.end))
  const used = new Set(ctx.model.purposes.map((p) => p.legalBasis))
  const out: FindingDraft[] = []
  for (const b of Object.keys(P.BASIS_WORDS) as LegalBasis[]) {
    const stated = inContext(b)
    const purposes = ctx.model.purposes.filter((p) => p.legalBasis === b)
    if (used.has(b) && !stated.length) out.push(basisNotInText(ctx, b, purposes))
    if (!used.has(b) && stated.length) out.push(basisNotInRegister(b, stated))
  }
  const none = ctx.model.purposes.filter((p) => p.legalBasis === null)
  if (none.length) out.push(basisMissing(ctx, none))
  return out
}

function basisNotInText(ctx: CompareContext, b: LegalBasis, purposes: NoticePurpose[]): FindingDraft {
  return {
    code: 'notice/basis-not-in-text',
    group: 'register',
    severity: 'medium',
    article: 'Art 13(1)(c)',
    message: {
      sv: `Registret använder den rättsliga grunden ${BASIS_SHORT[b].sv}, men texten nämner den inte.`,
      en: `The register relies on ${BASIS_SHORT[b].en}, but the text does not state it.`,
    },
    fix: {
      sv: 'Ange den rättsliga grunden för varje ändamål i texten.',
      en: 'State the legal basis of each purpose in the text.',
    },
    passages: [],
    records: activityRefs(ctx, byActivity(purposes)),
  }
}

function basisNotInRegister(b: LegalBasis, stated: TextSpan[]): FindingDraft {
  return {
    code: 'notice/basis-not-in-register',
    group: 'register',
    severity: 'medium',
    article: 'Art 13(1)(c), 30(1)(b)',
    message: {
      sv: `Texten anger ${BASIS_SHORT[b].sv} som rättslig grund, men inget ändamål i registret har den grunden.`,
      en: `The text gives ${BASIS_SHORT[b].en} as a legal basis, but no purpose in the register has it.`,
    },
    fix: {
      sv: 'Rätta grunden i texten eller i registret så att de stämmer överens.',
      en: 'Correct the basis in the text or in the register so that they agree.',
    },
    passages: stated,
    records: [],
  }
}

function basisMissing(ctx: CompareContext, purposes: NoticePurpose[]): FindingDraft {
  const list = purposes.map((p) => q(p.description)).join(', ')
  return {
    code: 'notice/basis-missing-in-register',
    group: 'register',
    severity: 'high',
    article: 'Art 6(1), 13(1)(c)',
    message: {
      sv: `Registret saknar rättslig grund för ${list}; notisen kan inte ange någon.`,
      en: `The register has no legal basis for ${list}; the notice cannot state one.`,
    },
    fix: {
      sv: 'Bestäm och dokumentera den rättsliga grunden i registret.',
      en: 'Decide and record the legal basis in the register.',
    },
    passages: [],
    records: activityRefs(ctx, byActivity(purposes)),
  }
}

/** Art 13(1)(d): each legitimate interest must be stated; the register must say what it is first. */
function interests(ctx: CompareContext): FindingDraft[] {
  return ctx.model.purposes
    .filter((p) => p.legalBasis === 'f_legitimate_interests')
    .flatMap((p): FindingDraft[] => {
      const records = [
        ...activityRefs(ctx, [p.activityId]),
        ...(p.liaId ? [recordRef('lia', p.liaId, p.description)] : []),
      ]
      if (!p.legitimateInterest) {
        return [
          {
            code: 'notice/interest-missing-in-register',
            group: 'register',
            severity: 'high',
            article: 'Art 13(1)(d), 6(1)(f)',
            message: {
              sv: `Ändamålet ${q(p.description)} bygger på berättigat intresse, men registret beskriver inte intresset.`,
              en: `The purpose ${q(p.description)} relies on legitimate interests, but the register does not describe the interest.`,
            },
            fix: {
              sv: 'Gör en intresseavvägning och beskriv intresset i registret.',
              en: 'Carry out a legitimate interest assessment and describe the interest in the register.',
            },
            passages: [],
            records,
          },
        ]
      }
      if (statedAt(ctx, p.legitimateInterest)) return []
      return [
        {
          code: 'notice/interest-not-in-text',
          group: 'register',
          severity: 'medium',
          article: 'Art 13(1)(d)',
          message: {
            sv: `Det berättigade intresset ${q(p.legitimateInterest)} framgår inte av texten.`,
            en: `The legitimate interest ${q(p.legitimateInterest)} is not stated in the text.`,
          },
          fix: { sv: 'Ange intresset i klartext vid ändamålet.', en: 'State the interest plainly with the purpose.' },
          passages: findAll(ctx.index, P.BASIS_WORDS.f_legitimate_interests),
          records,
        },
      ]
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

/** All register ↔ text differences except transfers and retention. */
export function registerDiscrepancies(ctx: CompareContext): FindingDraft[] {
  return [
    ...purposesNotInText(ctx),
    ...purposesNotInRegister(ctx),
    ...bases(ctx),
    ...interests(ctx),
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
