/**
 * The "why" of a deadline in words, so the DPO can check the engine's counting against a calendar (and show it to
 * IMY if challenged). Kept apart from the counting so the arithmetic stays short. domain-reference §6.3
 */
import { parseIsoDate, weekdayOf } from './calendar-date'
import type { LocalizedText } from './localized-text'
import type { NonWorkingDay } from './working-days'

const WEEKDAYS = {
  sv: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
} as const
const MONTHS = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const
const MONTH_NAMES = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const

type Lang = keyof LocalizedText

/** `fre 25 dec 2026` / `Fri 25 Dec 2026`: short, with the weekday, because the weekday is what moves deadlines. */
export function formatDeadlineDate(date: string, lang: Lang): string {
  const { year, month, day } = parseIsoDate(date)
  return `${WEEKDAYS[lang][weekdayOf(date)]} ${day} ${MONTHS[lang][month - 1]} ${year}`
}

function skippedText(skip: NonWorkingDay, lang: Lang): string {
  const when = formatDeadlineDate(skip.date, lang)
  if (skip.name) return `${when}: ${skip.name[lang]}`
  const kind = {
    saturday: { sv: 'lördag', en: 'Saturday' },
    sunday: { sv: 'söndag', en: 'Sunday' },
    public_holiday: { sv: 'allmän helgdag', en: 'public holiday' },
    eve: { sv: 'helgdagsafton', en: 'eve' },
  }[skip.reason]
  return `${when}: ${kind[lang]}`
}

/** What a deadline explanation is built from. */
export interface DeadlineExplanationInput {
  /** The day of the month the period ran from, when it had to be clamped (e.g. 31 for "no 31 February"). */
  clampedFrom: { day: number; month: number; year: number } | null
  skipped: readonly NonWorkingDay[]
  extendedForTwoWorkingDays: boolean
  due: string
}

function explainIn(input: DeadlineExplanationInput, lang: Lang): string {
  const parts: string[] = []
  const c = input.clampedFrom
  if (c) {
    const missing = `${c.day} ${MONTH_NAMES[lang][c.month - 1]} ${c.year}`
    parts.push(lang === 'sv' ? `${missing} finns inte: månadens sista dag` : `no ${missing}: last day of the month`)
  }
  for (const skip of input.skipped) parts.push(skippedText(skip, lang))
  if (input.extendedForTwoWorkingDays) {
    parts.push(lang === 'sv' ? 'minst två arbetsdagar (art. 3.5)' : 'at least two working days (Art 3(5))')
  }
  const due = formatDeadlineDate(input.due, lang)
  if (parts.length === 0) return lang === 'sv' ? `${due} är en arbetsdag` : `${due} is a working day`
  return `${parts.join('; ')} → ${due}`
}

/** Both language versions of a deadline's explanation. */
export function explainDeadline(input: DeadlineExplanationInput): LocalizedText {
  return { sv: explainIn(input, 'sv'), en: explainIn(input, 'en') }
}
