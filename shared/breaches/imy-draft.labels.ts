/**
 * Swedish wording for the IMY notification draft. IMY works in Swedish (domain-reference §8), so the draft is
 * Swedish whatever language the app shows; the terms are IMY's own (personuppgiftsincident, registrerad …).
 */
import type { BreachCause, BreachType, RiskLevel, SeverityBand, SubjectsDecision } from './breach.schema'

/** The incident types as IMY's form names them. */
export const TYPE_SV: Readonly<Record<BreachType, string>> = {
  confidentiality: 'Konfidentialitetsincident (obehörigt röjande av eller åtkomst till personuppgifter)',
  integrity: 'Integritetsincident (otillåten eller oavsiktlig ändring av personuppgifter)',
  availability: 'Tillgänglighetsincident (förlust av åtkomst till eller förstöring av personuppgifter)',
}

/** What caused the incident. */
export const CAUSE_SV: Readonly<Record<BreachCause, string>> = {
  internal_accidental: 'Intern, oavsiktlig (t.ex. misstag av anställd)',
  internal_malicious: 'Intern, avsiktlig',
  external_accidental: 'Extern, oavsiktlig',
  external_malicious: 'Extern, avsiktlig (t.ex. angrepp)',
  processor: 'Hos personuppgiftsbiträde',
}

/** ENISA severity bands. */
export const BAND_SV: Readonly<Record<SeverityBand, string>> = {
  low: 'Låg',
  medium: 'Medel',
  high: 'Hög',
  very_high: 'Mycket hög',
}

/** The DPO's risk conclusion. */
export const RISK_SV: Readonly<Record<RiskLevel, string>> = {
  none: 'Osannolikt att incidenten medför en risk för de registrerades rättigheter och friheter',
  risk: 'Risk för de registrerades rättigheter och friheter',
  high: 'Hög risk för de registrerades rättigheter och friheter',
}

/** The decision on telling the data subjects (Art 34). */
export const SUBJECTS_SV: Readonly<Record<SubjectsDecision, string>> = {
  pending: 'Inte beslutat ännu',
  inform: 'De registrerade informeras',
  not_high_risk: 'Informeras inte: incidenten bedöms inte medföra hög risk',
  art34_3_a: 'Informeras inte: uppgifterna är oläsliga för obehöriga, t.ex. genom kryptering (artikel 34.3 a)',
  art34_3_b: 'Informeras inte: vidtagna åtgärder gör att den höga risken inte längre är sannolik (artikel 34.3 b)',
  art34_3_c: 'Informeras inte enskilt: oproportionell ansträngning, offentlig information i stället (artikel 34.3 c)',
}

/**
 * The warning at the top of every draft: what reaches IMY becomes an allmän handling (offentlighetsprincipen), so
 * trade secrets and needless detail stay out and a secrecy request says what should be kept secret (§5.4).
 */
export const PUBLIC_RECORD_WARNING_SV =
  'Det som skickas till IMY blir en allmän handling som vem som helst kan begära att få ta del av. IMY prövar ' +
  'sekretess enligt offentlighets- och sekretesslagen (2009:400) från fall till fall. Lämna inte fler uppgifter ' +
  'än som behövs, ta inte med affärshemligheter eller detaljer om säkerhetsåtgärder som inte behövs, och ange i ' +
  'sista fritextfältet vad som bör omfattas av sekretess och varför.'

/** Shown when the draft is not based on a notifiable decision. */
export const NOT_NOTIFIABLE_NOTE_SV =
  'Incidenten är bedömd som inte anmälningspliktig. Utkastet kan användas som intern dokumentation (artikel 33.5).'
