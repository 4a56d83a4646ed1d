/**
 * Reading codes back from what a person (or this app, in another language) wrote: labels in Swedish or English,
 * the code itself, or — for legal bases and Art 9 conditions — the article point in any common notation
 * ("6(1)(b)", "art. 6.1 b", "6.1.b") or a keyword in Swedish, English or French (ICO and CNIL registers).
 */
import type { ART9_CONDITIONS, LegalBasis } from '../register'
import type { Bilingual } from '../reports'

/** Lower case, accents off, punctuation and spacing collapsed: "Art. 6.1 b – Avtal" → "art 6 1 b avtal". */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9åäö]+/g, ' ')
    .trim()
}

/** The code whose label (either language) or code equals the text, ignoring case, accents and punctuation. */
export function codeFromLabel<T extends string>(text: string, labels: Readonly<Record<T, Bilingual>>): T | null {
  const wanted = normaliseLabel(text)
  if (wanted === '') return null
  for (const [code, label] of Object.entries(labels) as [T, Bilingual][]) {
    if ([code, label.sv, label.en].some((x) => normaliseLabel(x) === wanted)) return code
  }
  return null
}

const BASIS_BY_LETTER: Record<string, LegalBasis> = {
  a: 'a_consent',
  b: 'b_contract',
  c: 'c_legal_obligation',
  d: 'd_vital_interests',
  e: 'e_public_task',
  f: 'f_legitimate_interests',
}

// Keywords from the ICO template's and CNIL model's usual wording, and Swedish practice. Order matters:
// "legitimate interest" must win over "interest", "public task" over "public".
const BASIS_KEYWORDS: [RegExp, LegalBasis][] = [
  [/berattigat intresse|legitimate interest|interet legitime|interets legitimes/, 'f_legitimate_interests'],
  [/samtycke|consent|consentement/, 'a_consent'],
  [/rattslig forpliktelse|legal obligation|obligation legale|lagkrav/, 'c_legal_obligation'],
  [/grundlaggande intresse|vital interest|interets vitaux|sauvegarde des interets/, 'd_vital_interests'],
  [
    /allmant intresse|myndighetsutovning|public task|official authority|mission d interet public|public interest/,
    'e_public_task',
  ],
  [/avtal|contract|contrat/, 'b_contract'],
]

/** The Art 6(1) basis a text names, or null when it names none (or several different ones). */
export function parseLegalBasis(text: string): LegalBasis | null {
  const t = normaliseLabel(text)
  if (t === '') return null
  if ((Object.values(BASIS_BY_LETTER) as string[]).includes(t.replace(/ /g, '_')))
    return t.replace(/ /g, '_') as LegalBasis
  // "6(1)(b)", "art. 6.1 b", or the register form's own "b) Avtal" / "(b) Contract" — but not "a contract".
  const point = /(?:^|\s)6\s+1\s+([a-f])(?:\s|$)/.exec(t) ?? /^\s*\(?([a-f])\)\s/i.exec(text)
  if (point?.[1]) return BASIS_BY_LETTER[point[1].toLowerCase()] ?? null
  const found = new Set(BASIS_KEYWORDS.filter(([re]) => re.test(t)).map(([, b]) => b))
  // "legitimate interest" also matches "public interest"'s neighbour rules; prefer the most specific single hit.
  if (found.has('f_legitimate_interests')) return 'f_legitimate_interests'
  return found.size === 1 ? ([...found][0] ?? null) : null
}

type Art9Condition = (typeof ART9_CONDITIONS)[number]

/** The Art 9(2) condition a text names by its point ("9(2)(a)", "art. 9.2 h"), or null. */
export function parseArt9Condition(text: string, conditions: readonly Art9Condition[]): Art9Condition | null {
  const t = normaliseLabel(text)
  const point = /(?:^|\s)9\s+2\s+([a-j])(?:\s|$)/.exec(t)
  const letter = point?.[1]
  if (letter) return conditions.find((c) => c.startsWith(`${letter}_`)) ?? null
  return conditions.find((c) => normaliseLabel(c.replace(/_/g, ' ')) === t) ?? null
}

/** Yes/no in Swedish, English or French; null when the text is neither. */
export function parseYesNo(text: string): boolean | null {
  const t = normaliseLabel(text)
  if (/^(ja|yes|oui|y|j|true|sant|1|x)$/.test(t)) return true
  if (/^(nej|no|non|n|false|falskt|0)$/.test(t)) return false
  return null
}
