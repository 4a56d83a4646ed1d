/**
 * Small text helpers shared by every report and export: picking a language, yes/no, dates in Swedish time,
 * retention periods in words and back.
 */
import { stockholmDateOf, stockholmTimeOf } from '../deadlines'
import type { Bilingual, ReportLanguage } from './report.types'
import { YES_NO } from './vocabulary.register'

/**
 * Swedish alphabetical order (Å, Ä, Ö last). One collator for every sort: `localeCompare(x, 'sv')` builds a new
 * one on each call, which dominates sorting a 10,000-activity register.
 */
export const swedishOrder = new Intl.Collator('sv').compare

/** The text in the report's language. */
export const pick = (text: Bilingual, lang: ReportLanguage): string => text[lang]

/** "Ja"/"Nej" (or Yes/No); an undecided value prints as an empty string. */
export function yesNo(value: boolean | null, lang: ReportLanguage): string {
  if (value === null) return ''
  return pick(value ? YES_NO.yes : YES_NO.no, lang)
}

/** `YYYY-MM-DD HH:mm` in Swedish time: IMY reads Swedish local times, and ISO order sorts in a spreadsheet. */
export function dateTimeText(iso: string | null): string {
  if (!iso) return ''
  return `${stockholmDateOf(iso)} ${stockholmTimeOf(iso)}`
}

const UNITS: Record<'Y' | 'M' | 'D', { one: Bilingual; many: Bilingual }> = {
  Y: { one: { sv: 'år', en: 'year' }, many: { sv: 'år', en: 'years' } },
  M: { one: { sv: 'månad', en: 'month' }, many: { sv: 'månader', en: 'months' } },
  D: { one: { sv: 'dag', en: 'day' }, many: { sv: 'dagar', en: 'days' } },
}

/** An ISO-8601 period in words: `P1Y6M` → "1 år 6 månader". Anything else is returned as it is. */
export function periodText(period: string, lang: ReportLanguage): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(period)
  if (!m || period === 'P') return period
  const parts = (['Y', 'M', 'D'] as const).flatMap((unit, i) => {
    const n = m[i + 1]
    if (n === undefined) return []
    const word = Number(n) === 1 ? UNITS[unit].one : UNITS[unit].many
    return [`${Number(n)} ${word[lang]}`]
  })
  return parts.join(' ')
}

const UNIT_WORDS: [RegExp, 'Y' | 'M' | 'D'][] = [
  [/^(år|years?|ans?|année?s?)$/i, 'Y'],
  [/^(månad(er)?|mån|months?|mois)$/i, 'M'],
  [/^(dag(ar)?|days?|jours?)$/i, 'D'],
]

/**
 * Reads a period back from words ("12 månader", "1 year 6 months", "3 ans") or ISO (`P12M`); null when the
 * text is not a plain period, so the caller keeps it as a criterion instead.
 */
export function parsePeriodText(text: string): string | null {
  const t = text.trim()
  if (/^P(?=\d)(\d+Y)?(\d+M)?(\d+D)?$/.test(t)) return t
  const tokens = t.split(/\s+/)
  if (tokens.length === 0 || tokens.length % 2 !== 0) return null
  const found: Partial<Record<'Y' | 'M' | 'D', number>> = {}
  for (let i = 0; i < tokens.length; i += 2) {
    const n = tokens[i] ?? ''
    const unit = UNIT_WORDS.find(([re]) => re.test(tokens[i + 1] ?? ''))?.[1]
    if (!/^\d{1,4}$/.test(n) || !unit || found[unit] !== undefined) return null
    found[unit] = Number(n)
  }
  const out = (['Y', 'M', 'D'] as const).map((u) => (found[u] === undefined ? '' : `${found[u]}${u}`)).join('')
  return `P${out}`
}
