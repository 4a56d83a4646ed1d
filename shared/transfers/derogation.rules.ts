/**
 * Checks 26–28 of domain-reference §9 on Art 49 derogations, read restrictively as EDPB Guidelines 2/2018 ask:
 * they are exceptions for specific situations and must not become the rule.
 */
import { aboutEntity, filled, type Finding, type FindingDraft } from './finding'
import type { ConsentChannel, DerogationGround, TransferFields } from './transfer.schema'

type TransferForDerogation = Pick<TransferFields, 'frequency' | 'mechanism'> & { id?: string }
type Derogation = Extract<TransferFields['mechanism'], { kind: 'derogation' }>

/** Consent collected this way is neither specific to the transfer nor explicit (EDPB 2/2018, §4.3). */
export const BUNDLED_CONSENT_CHANNELS: readonly ConsentChannel[] = ['account_creation', 'terms', 'cookie_banner']

/** Grounds whose text or Recital 111 limits them to occasional / not repetitive transfers. */
export const OCCASIONAL_ONLY_GROUNDS: readonly DerogationGround[] = [
  'b_contract_with_data_subject',
  'c_contract_in_data_subject_interest',
  'e_legal_claims',
  'second_subparagraph',
]

/** Art 49(3): not available to public authorities in the exercise of their public powers. */
export const NOT_FOR_PUBLIC_AUTHORITIES: readonly DerogationGround[] = [
  'a_explicit_consent',
  'b_contract_with_data_subject',
  'c_contract_in_data_subject_interest',
  'second_subparagraph',
]

const CONSENT_ARTICLE = 'Art 49(1)(a); EDPB 2/2018'

const consentDraft = (
  code: string,
  severity: FindingDraft['severity'],
  message: FindingDraft['message'],
  fix: FindingDraft['fix'],
): FindingDraft => ({ code, check: 26, article: CONSENT_ARTICLE, severity, message, fix })

/** The check 26 findings, one per way Art 49(1)(a) consent can fall short. */
const CONSENT_FINDINGS = {
  missing: consentDraft(
    'transfer/consent-missing',
    'high',
    { sv: 'Samtycket till överföringen är inte dokumenterat.', en: 'Consent to the transfer is not documented.' },
    { sv: 'Beskriv hur och när samtycket inhämtades.', en: 'Record how and when consent was obtained.' },
  ),
  bundled: consentDraft(
    'transfer/consent-bundled',
    'high',
    {
      sv: 'Samtycke via kontoskapande, användarvillkor eller cookie-banner är inte ett uttryckligt samtycke till överföringen.',
      en: 'Consent by creating an account, accepting terms or a cookie banner is not explicit consent to the transfer.',
    },
    {
      sv: 'Inhämta ett separat, uttryckligt samtycke till just den här överföringen.',
      en: 'Obtain separate explicit consent to this particular transfer.',
    },
  ),
  notExplicit: consentDraft(
    'transfer/consent-not-explicit',
    'high',
    { sv: 'Samtycket är inte uttryckligt.', en: 'The consent is not explicit.' },
    { sv: 'Inhämta ett uttryckligt samtycke.', en: 'Obtain explicit consent.' },
  ),
  noRiskInformation: consentDraft(
    'transfer/consent-no-risk-info',
    'high',
    {
      sv: 'Den registrerade informerades inte om riskerna (ingen adekvat skyddsnivå, inga skyddsåtgärder).',
      en: 'The data subject was not told the risks (no adequacy decision, no appropriate safeguards).',
    },
    {
      sv: 'Informera om riskerna, mottagarna och länderna innan samtycket lämnas.',
      en: 'Inform of the risks, recipients and countries before consent is given.',
    },
  ),
  notSpecific: consentDraft(
    'transfer/consent-not-specific',
    'medium',
    {
      sv: 'Samtycket gäller inte specifikt den här överföringen.',
      en: 'The consent is not specific to this transfer.',
    },
    { sv: 'Inhämta samtycke för den här överföringen.', en: 'Obtain consent for this transfer.' },
  ),
} as const

/** Check 26: Art 49(1)(a) consent that is missing, bundled, implicit, not specific or not risk-informed. */
export function checkTransferConsent(d: Derogation): FindingDraft[] {
  if (d.ground !== 'a_explicit_consent') return []
  const c = d.consent
  if (!c) return [CONSENT_FINDINGS.missing]
  const bundled = BUNDLED_CONSENT_CHANNELS.includes(c.obtainedVia)
  const when = (cond: boolean, f: FindingDraft): FindingDraft[] => (cond ? [f] : [])
  return [
    ...when(bundled, CONSENT_FINDINGS.bundled),
    // Bundled consent is implicit by nature; saying so twice would only add noise.
    ...when(!c.explicit && !bundled, CONSENT_FINDINGS.notExplicit),
    ...when(!c.riskInformationGiven, CONSENT_FINDINGS.noRiskInformation),
    ...when(!c.specificToTransfer, CONSENT_FINDINGS.notSpecific),
  ]
}

/** Check 27: a derogation used for repeated or systematic transfers. */
export function checkDerogationFrequency(d: Derogation, frequency: TransferFields['frequency']): FindingDraft[] {
  if (frequency === 'occasional') return []
  const strict = OCCASIONAL_ONLY_GROUNDS.includes(d.ground)
  return [
    {
      code: 'transfer/derogation-not-occasional',
      check: 27,
      article: 'Art 49; Recital 111; EDPB 2/2018',
      severity: strict ? 'high' : 'medium',
      message: {
        sv: 'Ett undantag enligt art. 49 används för en återkommande eller systematisk överföring.',
        en: 'An Art 49 derogation is used for a repeated or systematic transfer.',
      },
      fix: {
        sv: 'Använd en skyddsåtgärd enligt art. 46 (t.ex. standardavtalsklausuler) för regelbundna överföringar.',
        en: 'Use an Art 46 safeguard (e.g. SCCs) for regular transfers.',
      },
    },
  ]
}

const imyNotInformed: FindingDraft = {
  code: 'transfer/imy-not-informed',
  check: 28,
  article: 'Art 49(1) second subparagraph',
  severity: 'high',
  message: { sv: 'IMY har inte informerats om överföringen.', en: 'IMY has not been informed of the transfer.' },
  fix: { sv: 'Informera IMY och ange datumet.', en: 'Inform IMY and record the date.' },
}

const safeguardsMissing: FindingDraft = {
  code: 'transfer/safeguards-undocumented',
  check: 28,
  article: 'Art 49(1) second subparagraph, 49(6)',
  severity: 'high',
  message: { sv: 'Lämpliga skyddsåtgärder är inte dokumenterade.', en: 'Suitable safeguards are not documented.' },
  fix: {
    sv: 'Beskriv bedömningen och skyddsåtgärderna; de ska även framgå av registerförteckningen.',
    en: 'Describe the assessment and the safeguards; they also belong in the Art 30 record.',
  },
}

/** Check 28: a compelling-legitimate-interests transfer without IMY informed or safeguards documented. */
export function checkCompellingInterest(d: Derogation): FindingDraft[] {
  if (d.ground !== 'second_subparagraph') return []
  const ci = d.compellingInterest
  if (!ci) return [imyNotInformed, safeguardsMissing]
  const out: FindingDraft[] = []
  if (!ci.imyInformed) out.push(imyNotInformed)
  if (!filled(ci.safeguards) || !filled(ci.assessment)) out.push(safeguardsMissing)
  const medium = { check: 28, article: 'Art 49(1) second subparagraph', severity: 'medium' } as const
  if (!ci.dataSubjectsInformed)
    out.push({
      ...medium,
      code: 'transfer/subjects-not-informed',
      message: {
        sv: 'De registrerade har inte informerats om överföringen och det tvingande berättigade intresset.',
        en: 'The data subjects have not been told of the transfer and the compelling legitimate interest.',
      },
      fix: { sv: 'Informera de registrerade.', en: 'Inform the data subjects.' },
    })
  if (!ci.limitedDataSubjects)
    out.push({
      ...medium,
      code: 'transfer/subjects-not-limited',
      message: {
        sv: 'Överföringen gäller inte ett begränsat antal registrerade.',
        en: 'The transfer does not concern a limited number of data subjects.',
      },
      fix: { sv: 'Använd en skyddsåtgärd enligt art. 46.', en: 'Use an Art 46 safeguard.' },
    })
  return out
}

/** Art 49(3): grounds a, b, c and the 2nd subparagraph are closed to public authorities exercising public powers. */
export function checkPublicAuthorityDerogation(d: Derogation, publicAuthority: boolean): FindingDraft[] {
  if (!publicAuthority || !NOT_FOR_PUBLIC_AUTHORITIES.includes(d.ground)) return []
  return [
    {
      code: 'transfer/derogation-public-authority',
      check: null,
      article: 'Art 49(3)',
      severity: 'high',
      message: {
        sv: 'En myndighet kan inte använda det här undantaget när den utövar sina befogenheter.',
        en: 'A public authority cannot use this derogation in the exercise of its public powers.',
      },
      fix: {
        sv: 'Använd ett instrument mellan myndigheter (art. 46.2 a) eller ett annat undantag.',
        en: 'Use an instrument between public authorities (Art 46(2)(a)) or another ground.',
      },
    },
  ]
}

/** Checks 26–28 and Art 49(3) for a derogation transfer; empty for any other mechanism. */
export function checkDerogationTransfer(
  transfer: TransferForDerogation,
  ctx: { publicAuthority?: boolean } = {},
): Finding[] {
  const d = transfer.mechanism
  if (d.kind !== 'derogation') return []
  const specs = [
    ...checkTransferConsent(d),
    ...checkDerogationFrequency(d, transfer.frequency),
    ...checkCompellingInterest(d),
    ...checkPublicAuthorityDerogation(d, ctx.publicAuthority ?? false),
  ]
  return specs.map((s) => aboutEntity(s, transfer.id))
}
