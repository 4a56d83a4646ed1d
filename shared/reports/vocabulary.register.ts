/**
 * Names of the register's codes in both report languages, for reports and spreadsheet exports (which are
 * documents, not UI: they must read the same whoever opens them). Wording follows the register form's labels;
 * Swedish uses IMY's terms (domain-reference §8).
 */
import type {
  ACTIVITY_STATUSES,
  ART9_CONDITIONS,
  DPIA_STATUSES,
  IDENTITY_JUSTIFICATIONS,
  IDENTITY_NUMBER_KINDS,
  LegalBasis,
  RECIPIENT_KINDS,
  RETENTION_TRIGGERS,
  ROLES,
  SPECIAL_CATEGORIES,
} from '../register'
import type { Bilingual } from './report.types'

type Labels<T extends string> = Readonly<Record<T, Bilingual>>
const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Art 6(1)(a)–(f), with the point letter first so a reader can find it in the regulation. */
export const LEGAL_BASIS_LABELS: Labels<LegalBasis> = {
  a_consent: l('Art. 6.1 a – Samtycke', 'Art 6(1)(a) – Consent'),
  b_contract: l('Art. 6.1 b – Avtal', 'Art 6(1)(b) – Contract'),
  c_legal_obligation: l('Art. 6.1 c – Rättslig förpliktelse', 'Art 6(1)(c) – Legal obligation'),
  d_vital_interests: l('Art. 6.1 d – Grundläggande intresse', 'Art 6(1)(d) – Vital interests'),
  e_public_task: l('Art. 6.1 e – Allmänt intresse / myndighetsutövning', 'Art 6(1)(e) – Public task'),
  f_legitimate_interests: l('Art. 6.1 f – Berättigat intresse', 'Art 6(1)(f) – Legitimate interests'),
}

/** What a purpose without a decided basis prints (check 3 fires on it). */
export const NO_LEGAL_BASIS = l('Rättslig grund saknas', 'No legal basis recorded')

export const ROLE_LABELS: Labels<(typeof ROLES)[number]> = {
  controller: l('Personuppgiftsansvarig', 'Controller'),
  joint_controller: l('Gemensamt personuppgiftsansvarig', 'Joint controller'),
  processor: l('Personuppgiftsbiträde', 'Processor'),
}

export const ACTIVITY_STATUS_LABELS: Labels<(typeof ACTIVITY_STATUSES)[number]> = {
  draft: l('Utkast', 'Draft'),
  active: l('Aktiv', 'Active'),
  retired: l('Avvecklad', 'Retired'),
}

export const RECIPIENT_KIND_LABELS: Labels<(typeof RECIPIENT_KINDS)[number]> = {
  internal: l('Intern', 'Internal'),
  controller: l('Annan personuppgiftsansvarig', 'Other controller'),
  joint_controller: l('Gemensamt ansvarig', 'Joint controller'),
  processor: l('Personuppgiftsbiträde', 'Processor'),
  authority: l('Myndighet', 'Authority'),
  other: l('Annan', 'Other'),
}

export const RETENTION_TRIGGER_LABELS: Labels<(typeof RETENTION_TRIGGERS)[number]> = {
  collection: l('Från insamling', 'From collection'),
  end_of_relationship: l('Från avslutad kundrelation', 'From end of relationship'),
  end_of_fiscal_year: l('Från räkenskapsårets slut', 'From end of fiscal year'),
  last_activity: l('Från senaste aktivitet', 'From last activity'),
  consent_withdrawn: l('Från återkallat samtycke', 'From withdrawal of consent'),
  other: l('Annan utgångspunkt', 'Other starting point'),
}

export const DPIA_STATUS_LABELS: Labels<(typeof DPIA_STATUSES)[number]> = {
  not_assessed: l('Ej bedömt', 'Not assessed'),
  not_needed: l('Behövs inte', 'Not needed'),
  needed_not_started: l('Behövs, ej påbörjad', 'Needed, not started'),
  in_progress: l('Pågår', 'In progress'),
  done: l('Genomförd', 'Done'),
}

export const SPECIAL_CATEGORY_LABELS: Labels<(typeof SPECIAL_CATEGORIES)[number]> = {
  racial_ethnic_origin: l('Ras eller etniskt ursprung', 'Racial or ethnic origin'),
  political_opinions: l('Politiska åsikter', 'Political opinions'),
  religious_beliefs: l('Religiös eller filosofisk övertygelse', 'Religious or philosophical beliefs'),
  trade_union_membership: l('Medlemskap i fackförening', 'Trade-union membership'),
  genetic: l('Genetiska uppgifter', 'Genetic data'),
  biometric: l('Biometriska uppgifter för identifiering', 'Biometric data for identification'),
  health: l('Hälsa', 'Health'),
  sex_life_orientation: l('Sexualliv eller sexuell läggning', 'Sex life or sexual orientation'),
}

export const ART9_CONDITION_LABELS: Labels<(typeof ART9_CONDITIONS)[number]> = {
  a_explicit_consent: l('Art. 9.2 a – Uttryckligt samtycke', 'Art 9(2)(a) – Explicit consent'),
  b_employment_social_security: l(
    'Art. 9.2 b – Arbetsrätt, social trygghet',
    'Art 9(2)(b) – Employment, social security',
  ),
  c_vital_interests_incapable: l('Art. 9.2 c – Grundläggande intresse', 'Art 9(2)(c) – Vital interests'),
  d_not_for_profit_members: l('Art. 9.2 d – Ideell organisation', 'Art 9(2)(d) – Not-for-profit body'),
  e_manifestly_made_public: l('Art. 9.2 e – Offentliggjorda uppgifter', 'Art 9(2)(e) – Manifestly made public'),
  f_legal_claims_courts: l('Art. 9.2 f – Rättsliga anspråk', 'Art 9(2)(f) – Legal claims'),
  g_substantial_public_interest: l(
    'Art. 9.2 g – Viktigt allmänt intresse',
    'Art 9(2)(g) – Substantial public interest',
  ),
  h_health_social_care: l('Art. 9.2 h – Hälso- och sjukvård', 'Art 9(2)(h) – Health or social care'),
  i_public_health: l('Art. 9.2 i – Folkhälsa', 'Art 9(2)(i) – Public health'),
  j_archiving_research_statistics: l('Art. 9.2 j – Arkiv, forskning, statistik', 'Art 9(2)(j) – Archiving, research'),
}

export const IDENTITY_KIND_LABELS: Labels<(typeof IDENTITY_NUMBER_KINDS)[number]> = {
  none: l('Nej', 'No'),
  personnummer: l('Personnummer', 'Personnummer'),
  samordningsnummer: l('Samordningsnummer', 'Samordningsnummer'),
}

export const IDENTITY_JUSTIFICATION_LABELS: Labels<(typeof IDENTITY_JUSTIFICATIONS)[number]> = {
  consent: l('Samtycke', 'Consent'),
  purpose: l('Klart motiverat av ändamålet', 'Clearly justified by the purpose'),
  secure_identification: l('Vikten av säker identifiering', 'Importance of secure identification'),
  other_reason: l('Annat beaktansvärt skäl', 'Other considerable reason'),
  specific_law: l('Särskild lag', 'Specific law'),
}

/** Yes and no. */
export const YES_NO = { yes: l('Ja', 'Yes'), no: l('Nej', 'No') } as const
