/**
 * Problems visible in the published text itself: the supervisory authority's old name (Datainspektionen became
 * Integritetsskyddsmyndigheten on 1 Jan 2021, domain-reference §8), annexes and numbered parts it refers to but
 * does not contain, and consent drawn from an action such as creating an account — which is neither freely given
 * nor, for a transfer, explicit and specific (Art 4(11), 7, 49(1)(a); EDPB 2/2018, domain-reference §4.3).
 */
import { activityRefs, q, transferRef, type CompareContext, type FindingDraft } from './notice-finding'
import * as P from './notice.patterns'
import { BUNDLED_CONSENT_CHANNELS } from '../transfers'
import type { RecordRef } from './record-ref'
import { findAll, keywordsOf, sentenceAt, spanOf, wordMatches, type TextSpan } from './text-index'

/** Datainspektionen, its e-mail and web address, "DI-" case numbers. */
function outdatedAuthority(ctx: CompareContext): FindingDraft[] {
  const hits = findAll(ctx.index, P.OUTDATED_AUTHORITY)
  if (!hits.length) return []
  return [
    {
      code: 'notice/outdated-authority',
      group: 'text',
      severity: 'medium',
      article: 'Art 13(2)(d)',
      message: {
        sv: `Texten hänvisar till Datainspektionen (${hits.length} ställen), som heter Integritetsskyddsmyndigheten (IMY) sedan 1 januari 2021.`,
        en: `The text refers to Datainspektionen (${hits.length} places), renamed Integritetsskyddsmyndigheten (IMY) on 1 January 2021.`,
      },
      fix: {
        sv: 'Ersätt med Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se, www.imy.se.',
        en: 'Replace with Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, imy@imy.se, www.imy.se.',
      },
      passages: hits,
      records: [],
    },
  ]
}

// Enough text after an annex heading to hold a table of personal data; a heading alone is an empty annex.
const MIN_ANNEX_CHARS = 100

/** The line where an annex begins ("Bilaga 1 – Personuppgiftsöversikt"), if the text has one. */
function annexHeading(ctx: CompareContext, label: string): TextSpan | null {
  const start = new RegExp(`^[ \\t]*(?:bilaga|appendix|annex|attachment)\\s+${label}\\b.*$`, 'gim')
  const m = start.exec(ctx.index.text)
  return m ? spanOf(ctx.index, m.index, m.index + m[0].length) : null
}

/** Annexes the text refers to that are absent, or present as a heading with nothing under it. */
function missingAnnexes(ctx: CompareContext): FindingDraft[] {
  const refs = [...ctx.index.text.matchAll(P.ANNEX_REFERENCE)]
  const labels = [...new Set(refs.map((m) => m[1]!.toUpperCase()))]
  return labels.flatMap((label): FindingDraft[] => {
    const heading = annexHeading(ctx, label)
    const mentions = refs
      .filter((m) => m[1]!.toUpperCase() === label && !(heading && m.index >= heading.start && m.index < heading.end))
      .map((m) => spanOf(ctx.index, m.index, m.index + m[0].length))
    const body = heading ? ctx.index.text.slice(heading.end).replace(/\s+/g, '') : ''
    if (!mentions.length || (heading && body.length >= MIN_ANNEX_CHARS)) return []
    const empty = heading !== null
    return [
      {
        code: 'notice/annex-missing',
        group: 'text',
        severity: 'medium',
        article: 'Art 12(1), 13',
        message: empty
          ? {
              sv: `Texten hänvisar till bilaga ${label}, men bilagan är tom.`,
              en: `The text refers to annex ${label}, but the annex is empty.`,
            }
          : {
              sv: `Texten hänvisar till bilaga ${label}, som saknas.`,
              en: `The text refers to annex ${label}, which is missing.`,
            },
        fix: {
          sv: 'Fyll i bilagan (den genererade integritetspolicyn har uppgifterna per ändamål), eller ta bort hänvisningen.',
          en: 'Complete the annex (the generated notice has the details per purpose), or remove the reference.',
        },
        passages: heading ? [...mentions, heading] : mentions,
        records: [],
      },
    ]
  })
}

/** "Punkten 3" and the like, where the text has no numbered parts to refer to. */
function missingParts(ctx: CompareContext): FindingDraft[] {
  return [...ctx.index.text.matchAll(P.PART_REFERENCE)]
    .filter((m) => !new RegExp(`^[ \\t]*${m[1]}[.)]?\\s+\\p{Lu}`, 'mu').test(ctx.index.text))
    .map((m) => ({
      code: 'notice/reference-missing',
      group: 'text',
      severity: 'low',
      article: 'Art 12(1)',
      message: {
        sv: `Texten hänvisar till ${q(m[0])}, men inget avsnitt har det numret.`,
        en: `The text refers to ${q(m[0])}, but no part has that number.`,
      },
      fix: { sv: 'Rätta hänvisningen.', en: 'Correct the reference.' },
      passages: [spanOf(ctx.index, m.index, m.index + m[0].length)],
      records: [],
    }))
}

/** The activities whose words the sentence shares most, for a link from a text finding to the register. */
function relatedActivities(ctx: CompareContext, sentence: TextSpan): RecordRef[] {
  const words = keywordsOf(ctx.index.text.slice(sentence.start, sentence.end))
  const scored = ctx.sources.activities.map((a) => {
    const vocabulary = keywordsOf([a.name, a.description, ...a.purposes.map((p) => p.description)].join(' '))
    return { id: a.id, score: words.filter((w) => vocabulary.some((v) => wordMatches(v, w))).length }
  })
  const best = Math.max(0, ...scored.map((s) => s.score))
  return best >= 2
    ? activityRefs(
        ctx,
        scored.filter((s) => s.score === best).map((s) => s.id),
      )
    : []
}

/** Transfer records and activities the register already flags for consent by account creation (check 26). */
function flaggedTransferRecords(ctx: CompareContext): RecordRef[] {
  const bundled = ctx.sources.transfers.filter(
    (t) =>
      t.mechanism.kind === 'derogation' &&
      t.mechanism.consent &&
      BUNDLED_CONSENT_CHANNELS.includes(t.mechanism.consent.obtainedVia),
  )
  const described = ctx.sources.activities.filter(
    (a) => a.thirdCountryTransfers && /konto|account|samtyck|consent/i.test(a.transfersDescription),
  )
  return [
    ...bundled.map((t) => transferRef(ctx, t.id)),
    ...activityRefs(
      ctx,
      described.map((a) => a.id),
    ),
  ]
}

/** Sentences that infer consent from an action, each with whether it is about a transfer outside the EU/EEA. */
function impliedConsentSentences(ctx: CompareContext): { sentence: TextSpan; text: string; transfer: boolean }[] {
  const seen = new Set<number>()
  return findAll(ctx.index, P.IMPLIED_CONSENT).flatMap((hit) => {
    const sentence = sentenceAt(ctx.index, hit.start)
    const text = ctx.index.text.slice(sentence.start, sentence.end)
    if (seen.has(sentence.start) || !P.CONSENT_ACTION.test(text)) return []
    seen.add(sentence.start)
    return [{ sentence, text, transfer: new RegExp(P.TRANSFER.source, 'i').test(text) }]
  })
}

/** Whether the text bases a transfer outside the EU/EEA on consent given by an action such as creating an account. */
export function textClaimsTransferConsent(ctx: CompareContext): boolean {
  return impliedConsentSentences(ctx).some((s) => s.transfer)
}

/** Consent inferred from creating an account, downloading the app or using the service. */
function impliedConsent(ctx: CompareContext): FindingDraft[] {
  return impliedConsentSentences(ctx).map(({ sentence, text, transfer }): FindingDraft => {
    if (transfer) return transferConsent(ctx, sentence)
    return {
      code: 'notice/implied-consent',
      group: 'text',
      severity: 'medium',
      article: 'Art 4(11), 7(2), 7(4)',
      message: {
        sv: `Texten drar samtycke av en handling: ${q(text.replace(/\s+/g, ' '))} Ett sådant samtycke är inte frivilligt, särskilt eller otvetydigt.`,
        en: `The text infers consent from an action: ${q(text.replace(/\s+/g, ' '))} Such consent is not freely given, specific or unambiguous.`,
      },
      fix: {
        sv: 'Stöd behandlingen på rätt rättslig grund; där samtycke krävs (t.ex. för cookies) ska det lämnas genom ett aktivt, separat val.',
        en: 'Rely on the right legal basis; where consent is needed (e.g. for cookies) it must be given by an active, separate choice.',
      },
      passages: [sentence],
      records: relatedActivities(ctx, sentence),
    }
  })
}

function transferConsent(ctx: CompareContext, sentence: TextSpan): FindingDraft {
  return {
    code: 'notice/transfer-consent-by-account',
    group: 'text',
    severity: 'high',
    article: 'Art 49(1)(a); EDPB 2/2018',
    message: {
      sv: 'Texten grundar överföring utanför EU/EES på samtycke genom att man skapar ett konto. Det är inte ett uttryckligt samtycke till överföringen efter information om riskerna.',
      en: 'The text bases transfers outside the EU/EEA on consent given by creating an account. That is not explicit consent to the transfer after being told the risks.',
    },
    fix: {
      sv: 'Använd en skyddsåtgärd enligt art. 45–46 (t.ex. standardavtalsklausuler) och beskriv den i texten.',
      en: 'Use an Art 45–46 safeguard (e.g. standard contractual clauses) and describe it in the text.',
    },
    passages: [sentence],
    records: flaggedTransferRecords(ctx),
  }
}

/** Every problem of the published text itself. */
export function textFindings(ctx: CompareContext): FindingDraft[] {
  return [...outdatedAuthority(ctx), ...missingAnnexes(ctx), ...missingParts(ctx), ...impliedConsent(ctx)]
}
