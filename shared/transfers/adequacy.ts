/**
 * Art 45 adequacy decisions as dated data (domain-reference §4.1), and whether one covers a transfer on a date.
 * Each row is one period of validity, so the UK's sunset, extension and renewal are three rows and a date
 * decides which applies. Update this table when the Commission adopts, amends or a court annuls a decision.
 */
import { destinationName } from './countries'
import type { Localised } from './finding'

/** What the recipient must satisfy for a partial decision to cover it. */
export const ADEQUACY_CONDITIONS = ['none', 'dpf_certified', 'pipeda', 'pipa', 'appi'] as const
/** A condition of a partial decision. */
export type AdequacyCondition = (typeof ADEQUACY_CONDITIONS)[number]

/** One adequacy decision (or one period of a decision that was extended or renewed). */
export interface AdequacyDecision {
  /** ISO alpha-2, or an international-organisation pseudo code (`XEPO`). */
  code: string
  name: Localised
  decisionRef: string
  adoptedOn: string
  /** First day this row covers; later than `adoptedOn` only for the UK extension and renewal. */
  validFrom: string
  /** Last day covered (inclusive), or null for a decision without a sunset clause. */
  validUntil: string | null
  scope: 'full' | 'partial'
  condition: AdequacyCondition
  note: Localised | null
  /** False where domain-reference §4.1 says the number or date was not read on EUR-Lex. */
  verified: boolean
}

type Row = Omit<AdequacyDecision, 'name' | 'validFrom' | 'note' | 'verified'> &
  Partial<Pick<AdequacyDecision, 'validFrom' | 'note' | 'verified'>>

const full = { scope: 'full', condition: 'none', validUntil: null } as const
const olderThan2019 = { verified: false } as const // §4.1: "partly unverified"

const ROWS: readonly Row[] = [
  { code: 'AD', decisionRef: 'Decision 2010/625/EU', adoptedOn: '2010-10-19', ...full, ...olderThan2019 },
  { code: 'AR', decisionRef: 'Decision 2003/490/EC', adoptedOn: '2003-06-30', ...full, ...olderThan2019 },
  {
    code: 'BR',
    decisionRef: 'Implementing Decision (EU) 2026/179',
    adoptedOn: '2026-01-26',
    ...full,
    note: { sv: 'Ömsesidigt beslut; ses över efter fyra år.', en: 'Mutual decision; reviewed after four years.' },
  },
  {
    code: 'CA',
    decisionRef: 'Decision 2002/2/EC',
    adoptedOn: '2001-12-20',
    validUntil: null,
    scope: 'partial',
    condition: 'pipeda',
    note: {
      sv: 'Gäller bara mottagare som omfattas av PIPEDA (kommersiella organisationer).',
      en: 'Covers only recipients subject to PIPEDA (commercial organisations).',
    },
    ...olderThan2019,
  },
  { code: 'XEPO', decisionRef: 'Implementing Decision (EU) 2025/1382', adoptedOn: '2025-07-15', ...full },
  { code: 'FO', decisionRef: 'Decision 2010/146/EU', adoptedOn: '2010-03-05', ...full, ...olderThan2019 },
  { code: 'GG', decisionRef: 'Decision 2003/821/EC', adoptedOn: '2003-11-21', ...full, ...olderThan2019 },
  { code: 'IM', decisionRef: 'Decision 2004/411/EC', adoptedOn: '2004-04-28', ...full, ...olderThan2019 },
  { code: 'IL', decisionRef: 'Decision 2011/61/EU', adoptedOn: '2011-01-31', ...full, ...olderThan2019 },
  {
    code: 'JP',
    decisionRef: 'Implementing Decision (EU) 2019/419',
    adoptedOn: '2019-01-23',
    validUntil: null,
    scope: 'partial',
    condition: 'appi',
    note: {
      sv: 'Gäller den privata sektorn enligt APPI med de kompletterande reglerna.',
      en: 'Covers the private sector under the APPI with the Supplementary Rules.',
    },
  },
  { code: 'JE', decisionRef: 'Decision 2008/393/EC', adoptedOn: '2008-05-08', ...full, ...olderThan2019 },
  { code: 'NZ', decisionRef: 'Decision 2013/65/EU', adoptedOn: '2012-12-19', ...full, ...olderThan2019 },
  {
    code: 'KR',
    decisionRef: 'Implementing Decision (EU) 2022/254',
    adoptedOn: '2021-12-17',
    validUntil: null,
    scope: 'partial',
    condition: 'pipa',
    note: {
      sv: 'Gäller mottagare under PIPA, utom kreditinformation hos FSC-tillsynade företag, religiös missionsverksamhet och partiers nominering av kandidater.',
      en: 'Covers recipients under PIPA, except credit information processed by FSC-supervised entities, religious missionary activity and nomination of party candidates.',
    },
  },
  { code: 'CH', decisionRef: 'Decision 2000/518/EC', adoptedOn: '2000-07-26', ...full, ...olderThan2019 },
  ...unitedKingdomRows(),
  {
    code: 'US',
    decisionRef: 'Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
    adoptedOn: '2023-07-10',
    validUntil: null,
    scope: 'partial',
    condition: 'dpf_certified',
    note: {
      sv: 'Gäller bara aktivt DPF-certifierade organisationer (HR-uppgifter bara om certifieringen omfattar dem). Tribunalen ogillade talan (T-553/23, 3 sep 2025); överklagandet C-703/25 P pågår.',
      en: 'Covers only actively DPF-certified organisations (HR data only if the certification covers it). The General Court dismissed the action (T-553/23, 3 Sep 2025); appeal C-703/25 P is pending.',
    },
  },
]

/** The UK decision's history: four-year sunset, six-month extension, six-year renewal (domain-reference §4.1). */
function unitedKingdomRows(): Row[] {
  const base = { code: 'GB', scope: 'full', condition: 'none' } as const
  return [
    { ...base, decisionRef: 'Implementing Decision (EU) 2021/1772', adoptedOn: '2021-06-28', validUntil: '2025-06-27' },
    {
      ...base,
      // The GDPR twin of (EU) 2025/1225 (LED), adopted the same day; its own number was not confirmed.
      decisionRef: 'Implementing Decision amending (EU) 2021/1772 (extension, June 2025)',
      adoptedOn: '2025-06-24',
      validFrom: '2025-06-28',
      validUntil: '2025-12-27',
      verified: false,
    },
    {
      ...base,
      decisionRef: 'Implementing Decision renewing (EU) 2021/1772 (renewal, December 2025)',
      adoptedOn: '2025-12-19',
      validFrom: '2025-12-28',
      validUntil: '2031-12-27',
      verified: false,
    },
  ]
}

/** Every adequacy decision and period, in the order of domain-reference §4.1. */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = ROWS.map((r) => ({
  ...r,
  name: { sv: destinationName(r.code, 'sv'), en: destinationName(r.code, 'en') },
  validFrom: r.validFrom ?? r.adoptedOn,
  note: r.note ?? null,
  verified: r.verified ?? true,
}))

/** All rows for a destination, oldest first; empty when it never had an adequacy decision. */
export function adequacyHistory(code: string): AdequacyDecision[] {
  return ADEQUACY_DECISIONS.filter((d) => d.code === code).sort((a, b) => a.validFrom.localeCompare(b.validFrom))
}

/** True when the destination is in the table at all (any period). */
export function hasAdequacyEntry(code: string): boolean {
  return ADEQUACY_DECISIONS.some((d) => d.code === code)
}

/** The decision covering the destination on `date` (ISO `YYYY-MM-DD`, both ends inclusive), or null. */
export function adequacyOn(code: string, date: string): AdequacyDecision | null {
  const covering = adequacyHistory(code).filter(
    (d) => d.validFrom <= date && (d.validUntil === null || date <= d.validUntil),
  )
  return covering.at(-1) ?? null
}

/** Facts about the recipient that partial decisions depend on; unknown is treated as "not shown". */
export interface AdequacyContext {
  /** US: the importer is on the DPF list with an active certification. */
  dpfCertified?: boolean | null
  /** US: the transfer includes HR data (employees' data in the employment context). */
  hrData?: boolean
  /** US: the importer's DPF certification covers HR data. */
  dpfHrCovered?: boolean | null
  /** Canada: the importer is subject to PIPEDA. */
  pipedaCovered?: boolean | null
  /** Japan / Korea: the importer is within the APPI / PIPA scope the decision covers. */
  sectorCovered?: boolean | null
}

/** Why a decision does not cover the transfer. */
export type AdequacyProblem =
  | 'not_in_table'
  | 'not_yet_in_force'
  | 'expired'
  | 'dpf_not_certified'
  | 'dpf_hr_not_covered'
  | 'pipeda_not_covered'
  | 'sector_not_covered'

/** What the DPO should keep in mind although the decision covers the transfer. */
export type AdequacyRemark = 'sector_unconfirmed' | 'sunset' | 'note'

/** The answer of `isAdequacyValid`: the decision found, and every reason it fails or needs care. */
export interface AdequacyVerdict {
  valid: boolean
  decision: AdequacyDecision | null
  reasons: { code: AdequacyProblem; message: Localised }[]
  remarks: { code: AdequacyRemark; message: Localised }[]
}

/** Reasons a decision found for the date still fails for this recipient (the conditions of §4.1). */
function conditionProblems(d: AdequacyDecision, ctx: AdequacyContext): AdequacyVerdict['reasons'] {
  const out: AdequacyVerdict['reasons'] = []
  if (d.condition === 'dpf_certified' && ctx.dpfCertified !== true)
    out.push({
      code: 'dpf_not_certified',
      message: {
        sv: 'Mottagaren har ingen bekräftad aktiv DPF-certifiering; beslutet (EU) 2023/1795 gäller bara certifierade organisationer.',
        en: 'The importer has no confirmed active DPF certification; Decision (EU) 2023/1795 covers certified organisations only.',
      },
    })
  if (d.condition === 'dpf_certified' && ctx.hrData === true && ctx.dpfHrCovered !== true)
    out.push({
      code: 'dpf_hr_not_covered',
      message: {
        sv: 'Överföringen innehåller HR-uppgifter men mottagarens DPF-certifiering omfattar inte HR-uppgifter.',
        en: "The transfer includes HR data but the importer's DPF certification does not cover HR data.",
      },
    })
  if (d.condition === 'pipeda' && ctx.pipedaCovered !== true)
    out.push({
      code: 'pipeda_not_covered',
      message: {
        sv: 'Beslut 2002/2/EG gäller bara mottagare som omfattas av PIPEDA; det är inte bekräftat för mottagaren.',
        en: 'Decision 2002/2/EC covers only recipients subject to PIPEDA; that is not confirmed for the importer.',
      },
    })
  if ((d.condition === 'pipa' || d.condition === 'appi') && ctx.sectorCovered === false)
    out.push({
      code: 'sector_not_covered',
      message: {
        sv: `Mottagaren ligger utanför det som beslutet om ${d.name.sv} omfattar (${d.condition.toUpperCase()}).`,
        en: `The importer is outside what the decision on ${d.name.en} covers (${d.condition.toUpperCase()}).`,
      },
    })
  return out
}

/** Remarks for a decision that does apply: unconfirmed sector scope, a sunset date, the row's own note. */
function remarksFor(d: AdequacyDecision, ctx: AdequacyContext): AdequacyVerdict['remarks'] {
  const out: AdequacyVerdict['remarks'] = []
  if ((d.condition === 'pipa' || d.condition === 'appi') && ctx.sectorCovered == null)
    out.push({
      code: 'sector_unconfirmed',
      message: {
        sv: `Bekräfta att mottagaren omfattas av ${d.condition.toUpperCase()} inom beslutets tillämpningsområde.`,
        en: `Confirm that the importer falls under ${d.condition.toUpperCase()} within the decision's scope.`,
      },
    })
  if (d.validUntil !== null)
    out.push({
      code: 'sunset',
      message: {
        sv: `Beslutet gäller till och med ${d.validUntil}.`,
        en: `The decision applies until ${d.validUntil}.`,
      },
    })
  if (d.note) out.push({ code: 'note', message: d.note })
  return out
}

/** Why no decision covers the date: never in the table, not yet adopted, or lapsed. */
function missingDecisionReason(code: string, date: string): AdequacyVerdict['reasons'][number] {
  const history = adequacyHistory(code)
  const first = history[0]
  const last = history.at(-1)
  const sv = destinationName(code, 'sv')
  const en = destinationName(code, 'en')
  if (!first || !last)
    return {
      code: 'not_in_table',
      message: {
        sv: `Kommissionen har inte beslutat att ${sv} har en adekvat skyddsnivå (art. 45).`,
        en: `The Commission has not decided that ${en} ensures an adequate level of protection (Art 45).`,
      },
    }
  if (date < first.validFrom)
    return {
      code: 'not_yet_in_force',
      message: {
        sv: `Beslutet om ${sv} gäller först från ${first.validFrom}.`,
        en: `The decision on ${en} applies only from ${first.validFrom}.`,
      },
    }
  return {
    code: 'expired',
    message: {
      sv: `Beslutet om ${sv} upphörde att gälla efter ${last.validUntil ?? '?'}.`,
      en: `The decision on ${en} ceased to apply after ${last.validUntil ?? '?'}.`,
    },
  }
}

/**
 * Whether an adequacy decision covers a transfer to `code` on `date`, given what is known about the importer.
 * Conditions of partial decisions (DPF, PIPEDA) must be shown true; not known counts as not met, because the
 * exporter carries the burden of proof (Art 5(2)). EEA countries are not in the table: ask `isEea` first, as
 * no Chapter V ground is needed for them at all.
 */
export function isAdequacyValid(code: string, date: string, ctx: AdequacyContext = {}): AdequacyVerdict {
  const decision = adequacyOn(code, date)
  if (!decision) return { valid: false, decision: null, reasons: [missingDecisionReason(code, date)], remarks: [] }
  const reasons = conditionProblems(decision, ctx)
  return { valid: reasons.length === 0, decision, reasons, remarks: remarksFor(decision, ctx) }
}
