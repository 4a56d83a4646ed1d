/**
 * The retention calculator: when a retention rule of the register (domain-reference §7 schema: period | criterion,
 * trigger, legal source) ends for given events, and how a privacy notice says it in words (Art 13(2)(a)).
 */
import { addMonthsSameDate, compareIsoDates } from '../deadlines'
import type { RetentionRule } from '../register'
import { BOOKKEEPING_REFERENCE, bookkeepingKeepUntil, mentionsBookkeepingAct } from './bookkeeping.rules'
import { addPeriod, parseIsoPeriod, periodInWords, type NoticeLocale } from './iso-period'

/** The fields of a register retention rule the calculator reads. */
export type RetentionRuleInput = Pick<RetentionRule, 'period' | 'criterion' | 'trigger' | 'legalReference'>

/** The dates a rule can count from; each is `YYYY-MM-DD` and optional (an ongoing relationship has no end yet). */
export interface RetentionEvents {
  collectedOn?: string
  relationshipEndedOn?: string
  fiscalYearEnd?: string
  lastActivityOn?: string
  consentWithdrawnOn?: string
}

/** The result: a last day, "not yet running" (the triggering event has not happened) or not computable. */
export type KeepUntil =
  | { kind: 'date'; date: string; basis: 'bookkeeping' | 'period' }
  | { kind: 'while_ongoing' }
  | { kind: 'unknown'; reason: 'no_period' | 'no_event' }

/** True for the bokföringslagen 7 kap. 2 § rule: counted from the fiscal year's end, naming the act. */
export function isBookkeepingRule(rule: RetentionRuleInput): boolean {
  return rule.trigger === 'end_of_fiscal_year' && mentionsBookkeepingAct(rule.legalReference, rule.criterion)
}

/** "Relationship end + N months": the same date N months later, or that month's last day. */
export function relationshipEndPlusMonths(relationshipEnd: string, months: number): string {
  return addMonthsSameDate(relationshipEnd, months)
}

const EVENT_OF: Record<RetentionRule['trigger'], keyof RetentionEvents | null> = {
  collection: 'collectedOn',
  end_of_relationship: 'relationshipEndedOn',
  end_of_fiscal_year: 'fiscalYearEnd',
  last_activity: 'lastActivityOn',
  consent_withdrawn: 'consentWithdrawnOn',
  other: null,
}

/** Events that, while absent, mean the data are still in use rather than that a date is missing. */
const ONGOING: ReadonlySet<RetentionRule['trigger']> = new Set(['end_of_relationship', 'consent_withdrawn'])

/**
 * The last day data under `rule` may be kept, given the events that happened. Bokföringslagen is counted by its
 * own rule (31 Dec of year + 7, domain-reference §7), every other rule as trigger date + period.
 */
export function retentionKeepUntil(rule: RetentionRuleInput, events: RetentionEvents): KeepUntil {
  if (isBookkeepingRule(rule)) {
    return events.fiscalYearEnd
      ? { kind: 'date', date: bookkeepingKeepUntil(events.fiscalYearEnd), basis: 'bookkeeping' }
      : { kind: 'unknown', reason: 'no_event' }
  }
  const parts = parseIsoPeriod(rule.period)
  if (!parts) return { kind: 'unknown', reason: 'no_period' }
  const key = EVENT_OF[rule.trigger]
  const start = key ? events[key] : undefined
  if (!start) return ONGOING.has(rule.trigger) ? { kind: 'while_ongoing' } : { kind: 'unknown', reason: 'no_event' }
  return { kind: 'date', date: addPeriod(start, parts), basis: 'period' }
}

/** Whether the data should already be gone on `today` (the last day itself still counts as kept). */
export function isPastRetention(keep: KeepUntil, today: string): boolean {
  return keep.kind === 'date' && compareIsoDates(today, keep.date) > 0
}

type Phrase = (period: string) => string

// How each trigger reads in a notice, with the period in words filled in. Plain language (Art 12(1)).
const WITH_PERIOD: Record<NoticeLocale, Record<RetentionRule['trigger'], Phrase>> = {
  sv: {
    collection: (p) => `i ${p} från det att uppgifterna samlades in`,
    end_of_relationship: (p) => `så länge vår relation med dig består och därefter i ${p}`,
    end_of_fiscal_year: (p) => `i ${p} efter utgången av det räkenskapsår som uppgifterna hör till`,
    last_activity: (p) => `i ${p} efter din senaste aktivitet hos oss`,
    consent_withdrawn: (p) => `tills du återkallar ditt samtycke och därefter i ${p}`,
    other: (p) => `i ${p}`,
  },
  en: {
    collection: (p) => `for ${p} from when the data were collected`,
    end_of_relationship: (p) => `for as long as our relationship with you lasts and then for ${p}`,
    end_of_fiscal_year: (p) => `for ${p} after the end of the financial year the data belong to`,
    last_activity: (p) => `for ${p} after your last activity with us`,
    consent_withdrawn: (p) => `until you withdraw your consent and then for ${p}`,
    other: (p) => `for ${p}`,
  },
}

const WITHOUT_PERIOD: Record<NoticeLocale, Partial<Record<RetentionRule['trigger'], string>>> = {
  sv: {
    end_of_relationship: 'så länge vår relation med dig består',
    consent_withdrawn: 'tills du återkallar ditt samtycke',
  },
  en: {
    end_of_relationship: 'for as long as our relationship with you lasts',
    consent_withdrawn: 'until you withdraw your consent',
  },
}

/** The bokföringslagen period in words, as the law itself puts it. */
export const BOOKKEEPING_IN_WORDS: Record<NoticeLocale, string> = {
  sv: 'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)',
  en: 'until the end of the seventh year after the calendar year in which the financial year ended (Swedish Bookkeeping Act, chapter 7, section 2)',
}

/**
 * A retention rule in words for the notice (Art 13(2)(a): "the period … or the criteria used to determine that
 * period"), or null when the rule states neither a period nor a criterion.
 */
export function describeRetention(rule: RetentionRuleInput, locale: NoticeLocale): string | null {
  if (isBookkeepingRule(rule)) return BOOKKEEPING_IN_WORDS[locale]
  const words = periodInWords(rule.period, locale)
  const criterion = rule.criterion.trim()
  if (words) {
    const text = WITH_PERIOD[locale][rule.trigger](words)
    return rule.trigger === 'other' && criterion ? `${text} (${criterion})` : text
  }
  if (criterion) return criterion
  return WITHOUT_PERIOD[locale][rule.trigger] ?? null
}

/**
 * Ready-made rules the register's retention form can offer (see the report): the law's wording in the criterion,
 * so a reader of the register sees the rule without the calculator.
 */
export const retentionTemplates = {
  /** Räkenskapsinformation under bokföringslagen 7 kap. 2 §. */
  bookkeeping: (dataCategory = 'Räkenskapsinformation'): RetentionRule => ({
    dataCategory,
    period: 'P7Y',
    criterion: 'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
    trigger: 'end_of_fiscal_year',
    legalReference: BOOKKEEPING_REFERENCE,
  }),
  /** Kept while the relationship lasts and `months` after it ends. */
  relationshipPlusMonths: (months: number, dataCategory: string): RetentionRule => ({
    dataCategory,
    period: `P${months}M`,
    criterion: `Så länge relationen består och ${months} månader därefter`,
    trigger: 'end_of_relationship',
    legalReference: '',
  }),
}
