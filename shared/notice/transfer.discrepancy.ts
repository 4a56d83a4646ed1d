/**
 * Third-country transfers in the published text against the register and its transfer records (Art 13(1)(f):
 * where, on what safeguard, and how to get a copy; domain-reference §4). Consent the transfer rules reject
 * (check 26, EDPB 2/2018) is reported with the transfer record.
 */
import { BUNDLED_CONSENT_CHANNELS, checkTransferConsent, countryName } from '../transfers'
import { activityRefs, q, transferRef, type CompareContext, type FindingDraft } from './notice-finding'
import type { NoticeTransfer } from './notice.model'
import * as P from './notice.patterns'
import type { Localised, RecordRef } from './record-ref'
import { findAll, sentenceAt, type TextSpan } from './text-index'
import { textClaimsTransferConsent } from './text.rules'

type Text = { message: Localised; fix: Localised }

const TEXTS = {
  notInText: {
    message: {
      sv: 'Registret har överföringar till länder utanför EU/EES, men texten nämner inga.',
      en: 'The register has transfers outside the EU/EEA, but the text mentions none.',
    },
    fix: {
      sv: 'Beskriv överföringarna: land, mottagare och skyddsåtgärd.',
      en: 'Describe the transfers: country, recipient and safeguard.',
    },
  },
  notInRegister: {
    message: {
      sv: 'Texten nämner överföring utanför EU/EES, men registret har ingen.',
      en: 'The text mentions transfers outside the EU/EEA, but the register has none.',
    },
    fix: {
      sv: 'Registrera överföringen (art. 30.1 e) eller stryk den ur texten.',
      en: 'Record the transfer (Art 30(1)(e)) or remove it from the text.',
    },
  },
  safeguard: {
    message: {
      sv: 'Texten nämner överföring utanför EU/EES men inte vilken skyddsåtgärd som används eller hur man får en kopia.',
      en: 'The text mentions transfers outside the EU/EEA but not the safeguard used or how to obtain a copy.',
    },
    fix: {
      sv: 'Ange skyddsåtgärd (t.ex. standardavtalsklausuler eller beslut om adekvat skyddsnivå) och hur man får en kopia.',
      en: 'State the safeguard (e.g. standard contractual clauses or an adequacy decision) and how to obtain a copy.',
    },
  },
} satisfies Record<string, Text>

function draft(
  code: string,
  severity: FindingDraft['severity'],
  text: Text,
  passages: TextSpan[],
  records: RecordRef[],
  article = 'Art 13(1)(f)',
): FindingDraft {
  return { code, group: 'register', severity, article, message: text.message, fix: text.fix, passages, records }
}

/** The sentences that mention a transfer outside the EU/EEA, once each. */
function transferSentences(ctx: CompareContext): TextSpan[] {
  const seen = new Set<number>()
  return findAll(ctx.index, P.TRANSFER)
    .map((s) => sentenceAt(ctx.index, s.start))
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
}

function transferRecords(ctx: CompareContext): RecordRef[] {
  return ctx.model.transfers.flatMap((t) => [
    ...(t.transferId ? [transferRef(ctx, t.transferId)] : []),
    ...activityRefs(ctx, t.activityIds),
  ])
}

/** Whether the text mentions transfers at all, and with a safeguard, against whether the register has any. */
function overall(ctx: CompareContext, cue: TextSpan[]): FindingDraft[] {
  const registered = ctx.model.transfers.length > 0
  if (registered && !cue.length)
    return [draft('notice/transfer-not-in-text', 'high', TEXTS.notInText, [], transferRecords(ctx))]
  if (!registered && cue.length)
    return [draft('notice/transfer-not-in-register', 'medium', TEXTS.notInRegister, cue, [])]
  if (registered && !findAll(ctx.index, P.SAFEGUARD).length) {
    return [draft('notice/transfer-safeguard-not-in-text', 'high', TEXTS.safeguard, cue, transferRecords(ctx))]
  }
  return []
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One transfer: recorded at all (with country and safeguard), and its country named in the text. */
function perTransfer(ctx: CompareContext, t: NoticeTransfer, cue: TextSpan[]): FindingDraft[] {
  if (!t.transferId) {
    const text: Text = {
      message: {
        sv: `Behandlingen ${q(t.title)} överför uppgifter utanför EU/EES, men ingen överföringspost anger mottagare, land och skyddsåtgärd.`,
        en: `The activity ${q(t.title)} transfers data outside the EU/EEA, but no transfer record names the recipient, country and safeguard.`,
      },
      fix: { sv: 'Lägg upp överföringen under Tredjelandsöverföringar.', en: 'Record the transfer under Transfers.' },
    }
    return [
      draft(
        'notice/transfer-unrecorded',
        'medium',
        text,
        cue,
        activityRefs(ctx, t.activityIds),
        'Art 13(1)(f), 30(1)(e)',
      ),
    ]
  }
  const names = [countryName(t.destination, 'sv'), countryName(t.destination, 'en')] as const
  if (names.some((n) => n && new RegExp(escapeRegExp(n), 'i').test(ctx.index.text))) return []
  const text: Text = {
    message: {
      sv: `Överföringen till ${names[0]} (${q(t.title)}) nämns inte i texten.`,
      en: `The transfer to ${names[1]} (${q(t.title)}) is not mentioned in the text.`,
    },
    fix: {
      sv: 'Ange landet eller länderna dit uppgifterna överförs.',
      en: 'Name the country or countries the data go to.',
    },
  }
  return [draft('notice/transfer-country-not-in-text', 'low', text, cue, [transferRef(ctx, t.transferId)])]
}

/**
 * Transfer records whose Art 49(1)(a) consent the transfer rules flag. Consent by account creation that the
 * text itself states is reported once, by the text rule, with these records linked.
 */
function flaggedTransfers(ctx: CompareContext, cue: TextSpan[]): FindingDraft[] {
  const textStatesIt = textClaimsTransferConsent(ctx)
  return ctx.sources.transfers.flatMap((t) => {
    const m = t.mechanism
    if (m.kind !== 'derogation' || (t.status !== 'active' && t.status !== 'planned')) return []
    if (textStatesIt && m.consent && BUNDLED_CONSENT_CHANNELS.includes(m.consent.obtainedVia)) return []
    const problems = checkTransferConsent(m)
    if (!problems.length) return []
    const text: Text = {
      message: {
        sv: `Överföringen ${q(t.title)} vilar på samtycke som inte håller: ${problems.map((p) => p.message.sv).join(' ')}`,
        en: `The transfer ${q(t.title)} relies on consent that does not hold: ${problems.map((p) => p.message.en).join(' ')}`,
      },
      fix: {
        sv: 'Byt till en skyddsåtgärd enligt art. 46 (t.ex. standardavtalsklausuler), och skriv om texten.',
        en: 'Move to an Art 46 safeguard (e.g. standard contractual clauses), and rewrite the text.',
      },
    }
    const records = [transferRef(ctx, t.id), ...activityRefs(ctx, t.activityIds)]
    return [draft('notice/transfer-consent-flagged', 'high', text, cue, records, 'Art 49(1)(a), 13(1)(f); EDPB 2/2018')]
  })
}

/** What the text and the register say about transfers outside the EU/EEA, compared. */
export function transferDiscrepancies(ctx: CompareContext): FindingDraft[] {
  const cue = transferSentences(ctx)
  return [
    ...overall(ctx, cue),
    ...ctx.model.transfers.flatMap((t) => perTransfer(ctx, t, cue)),
    ...flaggedTransfers(ctx, cue),
  ]
}
