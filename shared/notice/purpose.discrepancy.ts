/**
 * Purposes in the published text against the register's (Art 13(1)(c)): register purposes the text does not
 * state, and purposes the text names that the register does not seem to have.
 */
import { activityRefs, q, statedAt, type CompareContext, type FindingDraft } from './notice-finding'
import { findAll, keywordsOf, sectionAt, sentenceAt, wordMatches, type TextSpan } from './text-index'

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

/** Purposes one side has and the other lacks. */
export function purposeDiscrepancies(ctx: CompareContext): FindingDraft[] {
  return [...purposesNotInText(ctx), ...purposesNotInRegister(ctx)]
}
