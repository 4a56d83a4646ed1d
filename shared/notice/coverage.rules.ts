/**
 * For each element GDPR Art 13 and 14 require in a notice (and Art 21(4)'s separate statement of the right to
 * object), whether the published text covers it, with the passages that do. Whether an element applies follows
 * from the register: no transfers, no transfer information needed.
 */
import type { CompareContext } from './notice-finding'
import { statedAt } from './notice-finding'
import * as P from './notice.patterns'
import type { Localised } from './record-ref'
import { BASIS_SHORT } from './notice.phrases'
import { findAll, sectionAt, sentenceAt, spanOf, type TextSpan } from './text-index'

/** The elements checked, in the order of Art 13. */
export const NOTICE_ELEMENTS = [
  'controller_identity',
  'dpo_contact',
  'purposes',
  'legal_basis',
  'legitimate_interests',
  'data_categories',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'objection',
  'withdraw_consent',
  'complaint',
  'requirement',
  'sources',
  'automated_decisions',
] as const
/** One Art 13/14 element. */
export type NoticeElement = (typeof NOTICE_ELEMENTS)[number]

/** How well the published text covers an element. */
export type CoverageStatus = 'covered' | 'partial' | 'missing' | 'not_applicable'

/** The verdict on one element. */
export interface ElementCoverage {
  element: NoticeElement
  article: string
  status: CoverageStatus
  passages: TextSpan[]
  /** What is lacking, when partial. */
  note: Localised | null
}

/** The article each element comes from (Art 13 for data from the person, Art 14 for data from elsewhere). */
export const ELEMENT_ARTICLES: Record<NoticeElement, string> = {
  controller_identity: 'Art 13(1)(a), 14(1)(a)',
  dpo_contact: 'Art 13(1)(b), 14(1)(b)',
  purposes: 'Art 13(1)(c), 14(1)(c)',
  legal_basis: 'Art 13(1)(c), 14(1)(c)',
  legitimate_interests: 'Art 13(1)(d), 14(2)(b)',
  data_categories: 'Art 14(1)(d)',
  recipients: 'Art 13(1)(e), 14(1)(e)',
  transfers: 'Art 13(1)(f), 14(1)(f)',
  retention: 'Art 13(2)(a), 14(2)(a)',
  rights: 'Art 13(2)(b), 14(2)(c)',
  objection: 'Art 21(4)',
  withdraw_consent: 'Art 13(2)(c), 14(2)(d)',
  complaint: 'Art 13(2)(d), 14(2)(e)',
  requirement: 'Art 13(2)(e)',
  sources: 'Art 14(2)(f)',
  automated_decisions: 'Art 13(2)(f), 14(2)(g)',
}

type Verdict = Omit<ElementCoverage, 'element' | 'article'>
type Rule = (ctx: CompareContext) => Verdict

const NA: Verdict = { status: 'not_applicable', passages: [], note: null }
const verdict = (status: CoverageStatus, passages: TextSpan[], note: Localised | null = null): Verdict => ({
  status,
  passages,
  note,
})
const found = (ctx: CompareContext, pattern: RegExp): TextSpan[] => findAll(ctx.index, pattern)
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Covered when all items are stated, partial when some (or only the topic is), missing otherwise. */
function byItems(stated: (TextSpan | null)[], cue: TextSpan[], lacking: string[]): Verdict {
  const spans = stated.filter((s): s is TextSpan => s !== null)
  if (stated.length > 0 && spans.length === stated.length) return verdict('covered', spans)
  if (spans.length === 0 && cue.length === 0) return verdict('missing', [])
  const list = lacking.join('; ')
  return verdict('partial', [...spans, ...cue], { sv: `Saknas: ${list}`, en: `Lacking: ${list}` })
}

function controllerIdentity(ctx: CompareContext): Verdict {
  const org = ctx.model.controller
  const literal = (s: string) =>
    s.trim() ? found(ctx, new RegExp(escapeRegExp(s.trim()).replace(/\s+/g, '\\s+'), 'gi')) : []
  const name = literal(org.name)
  const contact = [...literal(org.email), ...literal(org.phone), ...literal(org.address)]
  if (name.length && contact.length) return verdict('covered', [name[0]!, contact[0]!])
  const cue = found(ctx, P.CONTROLLER)
  if (name.length || cue.length) {
    return verdict('partial', [...name, ...cue].slice(0, 3), {
      sv: 'Kontaktuppgifter saknas',
      en: 'Contact details missing',
    })
  }
  return verdict('missing', [])
}

function purposes(ctx: CompareContext): Verdict {
  const ps = ctx.model.purposes
  if (!ps.length) return NA
  return byItems(
    ps.map((p) => statedAt(ctx, p.description)),
    [],
    ps.filter((p) => !statedAt(ctx, p.description)).map((p) => p.description),
  )
}

const RIGHTS_HEADING = /^(?:rätt\s|rätten\s|dina\s+rättigheter|your\s+rights|right\s)/i

/**
 * Where the text states legal bases: sections whose heading is about the legal basis, and sentences elsewhere
 * that name "rättslig grund" (a mention of "samtycke" in the rights section is not a basis).
 */
export function basisContext(ctx: CompareContext): TextSpan[] {
  const cues = found(ctx, P.LEGAL_BASIS)
  const sections = ctx.index.headings
    .filter((h) => new RegExp(P.LEGAL_BASIS.source, 'i').test(ctx.index.text.slice(h.start, h.end)))
    .map((h) => sectionAt(ctx.index, h.start).range)
  const inSection = (s: TextSpan) => sections.some((r) => r.start <= s.start && s.start < r.end)
  // The rights sections name bases as conditions of a right ("if the basis is consent or contract"), not as ours.
  const aboutRights = (s: TextSpan) => RIGHTS_HEADING.test(sectionAt(ctx.index, s.start).heading)
  const sentences = cues.filter((s) => !inSection(s) && !aboutRights(s)).map((s) => sentenceAt(ctx.index, s.start))
  return [...sections.map((r) => spanOf(ctx.index, r.start, r.end)), ...sentences]
}

function legalBasis(ctx: CompareContext): Verdict {
  const cue = found(ctx, P.LEGAL_BASIS)
  const used = [...new Set(ctx.model.purposes.map((p) => p.legalBasis).filter((b) => b !== null))]
  const context = basisContext(ctx).map((p) => ctx.index.text.slice(p.start, p.end))
  const unstated = used.filter((b) => !context.some((t) => new RegExp(P.BASIS_WORDS[b].source, 'i').test(t)))
  if (!cue.length) return verdict('missing', [])
  if (!unstated.length) return verdict('covered', cue)
  const names = (l: 'sv' | 'en') => unstated.map((b) => BASIS_SHORT[b][l]).join(', ')
  return verdict('partial', cue, { sv: `Ej nämnd: ${names('sv')}`, en: `Not stated: ${names('en')}` })
}

function legitimateInterests(ctx: CompareContext): Verdict {
  const li = ctx.model.purposes.filter((p) => p.legalBasis === 'f_legitimate_interests')
  if (!li.length) return NA
  const stated = li.map((p) => (p.legitimateInterest ? statedAt(ctx, p.legitimateInterest) : null))
  const lacking = li.filter((_, i) => !stated[i]).map((p) => p.description)
  return byItems(stated, found(ctx, P.BASIS_WORDS.f_legitimate_interests), lacking)
}

function dataCategories(ctx: CompareContext): Verdict {
  const fromElsewhere = ctx.model.purposes.filter((p) => !p.collectedFromDataSubject)
  if (!fromElsewhere.length) return NA
  const categories = [...new Set(fromElsewhere.flatMap((p) => p.dataCategories))]
  return byItems(
    categories.map((c) => statedAt(ctx, c)),
    [],
    categories.filter((c) => !statedAt(ctx, c)),
  )
}

function recipients(ctx: CompareContext): Verdict {
  const rs = ctx.model.recipients
  if (!rs.length) return NA
  return byItems(
    rs.map((r) => statedAt(ctx, r.name)),
    found(ctx, P.RECIPIENTS).slice(0, 1),
    rs.filter((r) => !statedAt(ctx, r.name)).map((r) => r.name),
  )
}

function transfers(ctx: CompareContext): Verdict {
  const cue = found(ctx, P.TRANSFER)
  if (!ctx.model.transfers.length && !cue.length) return NA
  const safeguard = found(ctx, P.SAFEGUARD)
  if (cue.length && safeguard.length) return verdict('covered', [...cue, ...safeguard])
  if (cue.length) return verdict('partial', cue, { sv: 'Skyddsåtgärd saknas', en: 'No safeguard stated' })
  return verdict('missing', [])
}

function retention(ctx: CompareContext): Verdict {
  const cue = found(ctx, P.RETENTION)
  const periods = [...found(ctx, P.DURATION), ...found(ctx, P.WHILE)]
  if (periods.length) return verdict('covered', periods)
  if (cue.length) return verdict('partial', cue.slice(0, 3), { sv: 'Ingen tidsperiod anges', en: 'No period stated' })
  return verdict('missing', [])
}

function rights(ctx: CompareContext): Verdict {
  const keys = (Object.keys(P.RIGHTS) as P.RightKey[]).filter(
    (k) => k !== 'portability' || ctx.model.portabilityApplies,
  )
  const hits = keys.map((k) => found(ctx, P.RIGHTS[k])[0] ?? null)
  return byItems(
    hits,
    [],
    keys.filter((_, i) => !hits[i]),
  )
}

function objection(ctx: CompareContext): Verdict {
  if (!ctx.model.objectionApplies) return NA
  const headings = ctx.index.headings.filter((h) => /invänd|object/i.test(ctx.index.text.slice(h.start, h.end)))
  const mentions = found(ctx, P.RIGHTS.objection)
  if (headings.length)
    return verdict(
      'covered',
      headings.map((h) => spanOf(ctx.index, h.start, h.end)),
    )
  if (mentions.length)
    return verdict('partial', mentions, { sv: 'Inte separat och tydligt', en: 'Not separate and explicit' })
  return verdict('missing', [])
}

function withdrawConsent(ctx: CompareContext): Verdict {
  const relies = found(ctx, P.IMPLIED_CONSENT).length > 0
  if (!ctx.model.consentApplies && !relies) return NA
  const hits = found(ctx, P.WITHDRAW)
  return hits.length ? verdict('covered', hits) : verdict('missing', [])
}

function complaint(ctx: CompareContext): Verdict {
  const imy = found(ctx, P.IMY_NAME)
  if (imy.length) return verdict('covered', imy)
  const other = found(ctx, P.AUTHORITY)
  if (other.length) {
    return verdict('partial', other, {
      sv: 'IMY nämns inte vid sitt nuvarande namn',
      en: 'IMY is not named by its current name',
    })
  }
  return verdict('missing', [])
}

function requirement(ctx: CompareContext): Verdict {
  if (!ctx.model.purposes.some((p) => p.collectedFromDataSubject)) return NA
  const hits = found(ctx, P.REQUIREMENT)
  return hits.length ? verdict('covered', hits) : verdict('missing', [])
}

function sources(ctx: CompareContext): Verdict {
  const ss = ctx.model.sources
  if (!ss.length && ctx.model.purposes.every((p) => p.collectedFromDataSubject)) return NA
  return byItems(
    ss.map((s) => statedAt(ctx, s.source)),
    found(ctx, P.SOURCES).slice(0, 1),
    ss.filter((s) => !statedAt(ctx, s.source)).map((s) => s.source),
  )
}

function automated(ctx: CompareContext): Verdict {
  const hits = found(ctx, P.AUTOMATED)
  if (hits.length) return verdict('covered', hits)
  const profilingLike = found(ctx, P.PROFILING_LIKE)
  if (!ctx.model.profilingActivityIds.length && !profilingLike.length) return NA
  return verdict('missing', [])
}

const RULES: Record<NoticeElement, Rule> = {
  controller_identity: controllerIdentity,
  dpo_contact: (ctx) => {
    const hits = found(ctx, P.DPO)
    return hits.length ? verdict('covered', hits) : verdict('missing', [])
  },
  purposes,
  legal_basis: legalBasis,
  legitimate_interests: legitimateInterests,
  data_categories: dataCategories,
  recipients,
  transfers,
  retention,
  rights,
  objection,
  withdraw_consent: withdrawConsent,
  complaint,
  requirement,
  sources,
  automated_decisions: automated,
}

/** The coverage of every element, in Art 13 order. */
export function assessCoverage(ctx: CompareContext): ElementCoverage[] {
  return NOTICE_ELEMENTS.map((element) => ({ element, article: ELEMENT_ARTICLES[element], ...RULES[element](ctx) }))
}
