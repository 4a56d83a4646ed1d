/**
 * The 18 worked examples of EDPB Guidelines 01/2021 (v2.0, 14 Dec 2021) with their outcome for notifying the
 * supervisory authority and the data subjects; every case is documented internally (Art 33(5)). Used for "similar
 * case" hints, never as a decision: changed facts change outcomes. Only case 1 was read in the guideline text;
 * 2–18 come from a transcription and should be re-checked against the PDF. domain-reference §5.2
 */
import type { LocalizedText } from '../deadlines'

/** Facts that distinguish the EDPB cases; the DPO ticks the ones that apply to a breach to find similar cases. */
export const EDPB_CASE_TAGS = [
  'ransomware',
  'backup',
  'no_backup',
  'exfiltration',
  'no_exfiltration',
  'health_sector',
  'job_applicants',
  'passwords_hashed',
  'credential_stuffing',
  'financial_data',
  'insider',
  'misdirected',
  'trusted_recipient',
  'device_stolen',
  'encrypted',
  'not_encrypted',
  'paper',
  'postal_mail',
  'email',
  'sensitive_data',
  'identity_theft',
] as const
/** One distinguishing fact of an EDPB case. */
export type EdpbCaseTag = (typeof EDPB_CASE_TAGS)[number]

/** One EDPB example case. */
export interface EdpbExampleCase {
  no: number
  title: LocalizedText
  notifySa: boolean
  informSubjects: boolean
  tags: readonly EdpbCaseTag[]
  /** True where the outcome was read in the guideline text itself. */
  verifiedAgainstGuideline: boolean
}

const c = (
  no: number,
  en: string,
  sv: string,
  notifySa: boolean,
  informSubjects: boolean,
  tags: EdpbCaseTag[],
): EdpbExampleCase => ({ no, title: { sv, en }, notifySa, informSubjects, tags, verifiedAgainstGuideline: no === 1 })

/** EDPB 01/2021 cases 1–18 (domain-reference §5.2). */
export const EDPB_EXAMPLE_CASES: readonly EdpbExampleCase[] = Object.freeze([
  c(
    1,
    'Ransomware with proper backup and without exfiltration',
    'Ransomware med fungerande backup, utan exfiltrering',
    false,
    false,
    ['ransomware', 'backup', 'no_exfiltration'],
  ),
  c(2, 'Ransomware without proper backup', 'Ransomware utan fungerande backup', true, false, [
    'ransomware',
    'no_backup',
    'no_exfiltration',
  ]),
  c(
    3,
    'Ransomware with backup and without exfiltration in a hospital',
    'Ransomware med backup, utan exfiltrering, på sjukhus',
    true,
    true,
    ['ransomware', 'backup', 'no_exfiltration', 'health_sector', 'sensitive_data'],
  ),
  c(4, 'Ransomware without backup and with exfiltration', 'Ransomware utan backup, med exfiltrering', true, true, [
    'ransomware',
    'no_backup',
    'exfiltration',
  ]),
  c(
    5,
    'Exfiltration of job application data from a website',
    'Exfiltrering av uppgifter från jobbansökningar på en webbplats',
    true,
    true,
    ['exfiltration', 'job_applicants'],
  ),
  c(
    6,
    'Exfiltration of hashed passwords from a website',
    'Exfiltrering av hashade lösenord från en webbplats',
    false,
    false,
    ['exfiltration', 'passwords_hashed'],
  ),
  c(7, 'Credential stuffing attack on a banking website', 'Credential stuffing mot en bankwebbplats', true, true, [
    'credential_stuffing',
    'financial_data',
  ]),
  c(8, 'Exfiltration of business data by an employee', 'Anställd tar med sig verksamhetsdata', true, false, [
    'insider',
    'exfiltration',
  ]),
  c(
    9,
    'Accidental transmission of data to a trusted third party',
    'Uppgifter skickade av misstag till en betrodd tredje part',
    false,
    false,
    ['misdirected', 'trusted_recipient'],
  ),
  c(10, 'Stolen device storing encrypted personal data', 'Stulen enhet med krypterade personuppgifter', false, false, [
    'device_stolen',
    'encrypted',
  ]),
  c(
    11,
    'Stolen device storing non-encrypted personal data',
    'Stulen enhet med okrypterade personuppgifter',
    true,
    true,
    ['device_stolen', 'not_encrypted'],
  ),
  c(12, 'Stolen paper files with sensitive data', 'Stulna pappershandlingar med känsliga uppgifter', true, true, [
    'paper',
    'sensitive_data',
  ]),
  c(13, 'Postal mail mistake', 'Felskickad post', false, false, ['misdirected', 'postal_mail']),
  c(
    14,
    'Highly confidential personal data sent by mail by mistake',
    'Mycket känsliga uppgifter skickade med e-post av misstag',
    true,
    true,
    ['misdirected', 'email', 'sensitive_data'],
  ),
  c(15, 'Personal data sent by e-mail by mistake', 'Personuppgifter skickade med e-post av misstag', false, false, [
    'misdirected',
    'email',
  ]),
  c(16, 'Postal mail mistake (insurance)', 'Felskickad post (försäkring)', true, false, [
    'misdirected',
    'postal_mail',
    'financial_data',
  ]),
  c(17, 'Identity theft', 'Identitetsstöld', true, true, ['identity_theft']),
  c(18, 'E-mail exfiltration', 'Exfiltrering av e-post', true, true, ['email', 'exfiltration']),
])

/** A case with how well it matches the breach's tags (Jaccard similarity, 0–1). */
export interface SimilarCase {
  case: EdpbExampleCase
  score: number
}

/** The EDPB cases sharing facts with `tags`, best match first; ties keep EDPB order. */
export function similarCases(tags: readonly EdpbCaseTag[], limit = 3): SimilarCase[] {
  const wanted = new Set(tags)
  if (wanted.size === 0) return []
  return EDPB_EXAMPLE_CASES.map((ex) => {
    const shared = ex.tags.filter((t) => wanted.has(t)).length
    return { case: ex, score: shared / (wanted.size + ex.tags.length - shared) }
  })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.case.no - b.case.no)
    .slice(0, limit)
}
