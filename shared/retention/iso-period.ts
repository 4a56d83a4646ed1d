/**
 * ISO-8601 periods of years, months and days (`P12M`, `P7Y`, `P1Y6M`), as the register stores retention periods
 * (domain-reference §7: "period (ISO 8601) | criterion"). Parsed, added to calendar dates and said in words.
 */
import { addDays, addMonthsSameDate } from '../deadlines'

/** The two languages a notice is written in. */
export type NoticeLocale = 'sv' | 'en'

/** A period split into its parts; weeks and times are not used for retention. */
export interface PeriodParts {
  years: number
  months: number
  days: number
}

// The register's own pattern (shared/register ISO_PERIOD) without the empty alternative.
const PERIOD = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/

/** The parts of `P1Y6M` etc., or null for anything else (including the empty string and `P`). */
export function parseIsoPeriod(period: string): PeriodParts | null {
  const m = PERIOD.exec(period.trim().toUpperCase())
  if (!m) return null
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), days: Number(m[3] ?? 0) }
}

/** Writes parts back as an ISO period (`P0D` for nothing), the inverse of `parseIsoPeriod`. */
export function formatIsoPeriod(parts: PeriodParts): string {
  const body =
    (parts.years ? `${parts.years}Y` : '') +
    (parts.months ? `${parts.months}M` : '') +
    (parts.days ? `${parts.days}D` : '')
  return `P${body || '0D'}`
}

/**
 * Months and days of a period, with years folded into months: `P1Y` and `P12M` are the same retention, so a
 * notice saying "12 månader" matches a register saying `P1Y`.
 */
export function periodKey(parts: PeriodParts): { months: number; days: number } {
  return { months: parts.years * 12 + parts.months, days: parts.days }
}

/** True when two periods are the same length in calendar terms (`P1Y` = `P12M`). */
export function samePeriod(a: PeriodParts, b: PeriodParts): boolean {
  const ka = periodKey(a)
  const kb = periodKey(b)
  return ka.months === kb.months && ka.days === kb.days
}

/**
 * The date a period after `date`: years and months first, on the same date or the month's last day (as
 * Regulation 1182/71 Art 3(2)(c) counts months, domain-reference §6.3), then the days.
 */
export function addPeriod(date: string, parts: PeriodParts): string {
  const afterMonths = addMonthsSameDate(date, parts.years * 12 + parts.months)
  return addDays(afterMonths, parts.days)
}

const UNITS: Record<NoticeLocale, Record<keyof PeriodParts, [one: string, many: string]>> = {
  sv: { years: ['år', 'år'], months: ['månad', 'månader'], days: ['dag', 'dagar'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], days: ['day', 'days'] },
}

const AND: Record<NoticeLocale, string> = { sv: 'och', en: 'and' }

/**
 * A period in words, as a notice states it: `P12M` → "12 månader" / "12 months", `P1Y6M` → "1 år och 6 månader".
 * The register's own unit is kept (a DPO who wrote 12 months means 12 months, not "1 year").
 */
export function periodInWords(period: PeriodParts | string, locale: NoticeLocale): string | null {
  const parts = typeof period === 'string' ? parseIsoPeriod(period) : period
  if (!parts) return null
  const words = (['years', 'months', 'days'] as const)
    .filter((unit) => parts[unit] > 0)
    .map((unit) => `${parts[unit]} ${UNITS[locale][unit][parts[unit] === 1 ? 0 : 1]}`)
  if (words.length === 0) return locale === 'sv' ? '0 dagar' : '0 days'
  if (words.length === 1) return words[0]!
  return `${words.slice(0, -1).join(', ')} ${AND[locale]} ${words.at(-1)!}`
}
