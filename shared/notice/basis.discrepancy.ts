/**
 * Legal bases and legitimate interests in the published text against the register (Art 13(1)(c), (d)): a basis
 * one side has and the other lacks, purposes the register has no basis for, and interests not stated.
 */
import type { LegalBasis } from '../register'
import { basisContext } from './coverage.rules'
import { activityRefs, q, statedAt, type CompareContext, type FindingDraft } from './notice-finding'
import type { NoticePurpose } from './notice.model'
import * as P from './notice.patterns'
import { BASIS_SHORT } from './notice.phrases'
import { recordRef, type RecordRef } from './record-ref'
import { findAll, type TextSpan } from './text-index'

const byActivity = (ps: readonly NoticePurpose[]) => ps.map((p) => p.activityId)

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

/** Art 13(1)(d) needs the interest, so the register must say what it is first. */
function interestMissing(p: NoticePurpose, records: RecordRef[]): FindingDraft {
  return {
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
  }
}

function interestNotInText(ctx: CompareContext, p: NoticePurpose, records: RecordRef[]): FindingDraft {
  return {
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
  }
}

/** Art 13(1)(d): each legitimate interest must be stated, linked to its activity and LIA. */
function interests(ctx: CompareContext): FindingDraft[] {
  return ctx.model.purposes
    .filter((p) => p.legalBasis === 'f_legitimate_interests')
    .flatMap((p): FindingDraft[] => {
      const lia = p.liaId ? [recordRef('lia', p.liaId, p.description)] : []
      const records = [...activityRefs(ctx, [p.activityId]), ...lia]
      if (!p.legitimateInterest) return [interestMissing(p, records)]
      return statedAt(ctx, p.legitimateInterest) ? [] : [interestNotInText(ctx, p, records)]
    })
}

/** Bases and interests one side has and the other lacks. */
export function basisDiscrepancies(ctx: CompareContext): FindingDraft[] {
  return [...bases(ctx), ...interests(ctx)]
}
