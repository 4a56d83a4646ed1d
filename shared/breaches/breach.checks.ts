/**
 * Checks 29–35 of domain-reference §9 for one breach, as pure predicates: each returns a finding or `null`.
 * Kept apart from breach.rules.ts so that each file stays short; the predicates use those rules.
 */
import { stockholmDateOf, type LocalizedText } from '../deadlines'
import type { BreachFields } from './breach.schema'
import { notificationState, supplementReminder } from './breach.rules'

/** Stable codes of the breach checks. */
export type BreachCheckCode =
  | 'breach_notification_overdue'
  | 'breach_late_without_reason'
  | 'breach_not_required_without_reasoning'
  | 'breach_notification_incomplete'
  | 'breach_supplement_overdue'
  | 'breach_subjects_not_informed'
  | 'breach_secrecy_note_missing'

/** A problem a check found: its §9 number, the rule it rests on and a message in both languages. */
export interface BreachFinding {
  code: BreachCheckCode
  check: number
  article: string
  message: LocalizedText
}

/** A breach check: the breach and the current moment in, a finding or `null` out. */
export type BreachCheck = (breach: BreachFields, now: Date) => BreachFinding | null

const blank = (s: string): boolean => s.trim() === ''

const finding = (code: BreachCheckCode, check: number, article: string, sv: string, en: string): BreachFinding => ({
  code,
  check,
  article,
  message: { sv, en },
})

/** 29: more than 72 h since awareness, not notified, not assessed "not required", no reason for the delay. */
export const checkNotificationOverdue: BreachCheck = (breach, now) =>
  notificationState(breach, now).overdue && blank(breach.imy.delayReason)
    ? finding(
        'breach_notification_overdue',
        29,
        'Art 33(1)',
        'Mer än 72 timmar har gått sedan ni fick vetskap om incidenten. Anmäl till IMY och ange skälen till förseningen.',
        'More than 72 hours have passed since awareness. Notify IMY and give the reasons for the delay.',
      )
    : null

/** 30: notified after the 72 hours without a reason for the delay. */
export const checkLateWithoutReason: BreachCheck = (breach, now) =>
  notificationState(breach, now).notifiedLate && blank(breach.imy.delayReason)
    ? finding(
        'breach_late_without_reason',
        30,
        'Art 33(1)',
        'Anmälan gjordes efter 72 timmar men skälen till förseningen saknas.',
        'The notification was made after 72 hours but the reasons for the delay are missing.',
      )
    : null

/** 31: assessed as not requiring notification, without documented reasoning. */
export const checkNotRequiredWithoutReasoning: BreachCheck = (breach) =>
  breach.imy.decision === 'not_required' && blank(breach.reasoning)
    ? finding(
        'breach_not_required_without_reasoning',
        31,
        'Art 33(1), 33(5)',
        'Incidenten bedöms inte behöva anmälas, men bedömningen är inte motiverad.',
        'The breach is assessed as not requiring notification, but the reasoning is not documented.',
      )
    : null

/** The Art 33(3) points a notification (or its draft) lacks: (a) nature and numbers, (b) contact, (c), (d). */
export function missingNotificationContent(breach: BreachFields): Array<'a' | 'b' | 'c' | 'd'> {
  const missing: Array<'a' | 'b' | 'c' | 'd'> = []
  const natureIncomplete =
    blank(breach.description) ||
    breach.dataCategories.length === 0 ||
    breach.subjectGroups.length === 0 ||
    breach.approxSubjects === null ||
    breach.approxRecords === null
  if (natureIncomplete) missing.push('a')
  if (blank(breach.imy.contactPoint)) missing.push('b')
  if (blank(breach.consequences)) missing.push('c')
  if (breach.measuresTaken.length === 0 && breach.measuresPlanned.length === 0) missing.push('d')
  return missing
}

/** 32: a notification (sent or being drafted) missing any of Art 33(3)(a)–(d). */
export const checkNotificationIncomplete: BreachCheck = (breach) => {
  if (breach.imy.decision !== 'notify') return null
  const missing = missingNotificationContent(breach)
  if (missing.length === 0) return null
  const points = missing.map((p) => `(${p})`).join(', ')
  return finding(
    'breach_notification_incomplete',
    32,
    'Art 33(3)',
    `Anmälan saknar uppgifter enligt artikel 33.3 ${points}.`,
    `The notification lacks the information required by Article 33(3) ${points}.`,
  )
}

/** 33: a phased notification whose supplement is still open more than four weeks after notifying. */
export const checkSupplementOverdue: BreachCheck = (breach, now) => {
  const reminder = supplementReminder(breach, stockholmDateOf(now))
  return reminder?.overdue
    ? finding(
        'breach_supplement_overdue',
        33,
        'Art 33(4)',
        `Kompletteringen till IMY skulle ha skickats senast ${reminder.dueOn} (fyra veckor).`,
        `The supplement to IMY was due by ${reminder.dueOn} (four weeks).`,
      )
    : null
}

const EXEMPTIONS = new Set(['art34_3_a', 'art34_3_b', 'art34_3_c'])

/** 34: high risk, subjects not told and no Art 34(3) exemption with reasoning. */
export const checkSubjectsNotInformed: BreachCheck = (breach) => {
  if (breach.riskLevel !== 'high' || breach.subjects.informedAt !== null) return null
  const exempt = EXEMPTIONS.has(breach.subjects.decision)
  if (exempt && !blank(breach.subjects.reasoning)) return null
  return exempt
    ? finding(
        'breach_subjects_not_informed',
        34,
        'Art 34(3)',
        'Undantaget i artikel 34.3 är valt men inte motiverat.',
        'An Article 34(3) exemption is chosen but not reasoned.',
      )
    : finding(
        'breach_subjects_not_informed',
        34,
        'Art 34(1)',
        'Hög risk: de registrerade har inte informerats och inget undantag enligt artikel 34.3 är angivet.',
        'High risk: the data subjects have not been informed and no Article 34(3) exemption is recorded.',
      )
}

/** Words in an IMY draft that usually call for a secrecy request (OSL 2009:400): identity numbers and health. */
export const SECRECY_TERMS: readonly string[] = Object.freeze([
  'personnummer',
  'samordningsnummer',
  'hälsa',
  'hälso',
  'diagnos',
  'sjukdom',
  'sjukskriv',
  'sjukvård',
  'journal',
  'patient',
  'läkemedel',
  'health',
  'medical',
  'illness',
  'sick leave',
  'prescription',
  'identity number',
  'social security number',
])

// A Swedish personal or coordination number: (YY)YYMMDD, day 01–31 or 61–91, optional -/+ and four digits.
const IDENTITY_NUMBER = /\b(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}\b/

/** The secrecy-relevant terms (and "personnummer" for a number pattern) found in the text sent to IMY. */
export function secrecyTermsIn(breach: BreachFields): string[] {
  const text = [
    breach.imy.draft,
    breach.description,
    breach.consequences,
    ...breach.dataCategories,
    ...breach.subjectGroups,
    ...breach.measuresTaken,
    ...breach.measuresPlanned,
  ].join('\n')
  const lower = text.toLowerCase()
  const found = SECRECY_TERMS.filter((t) => lower.includes(t))
  if (IDENTITY_NUMBER.test(text) && !found.includes('personnummer')) found.push('personnummer')
  return found
}

/** 35: an IMY notification mentioning identity numbers or health data without a secrecy note (§5.4). */
export const checkSecrecyNoteMissing: BreachCheck = (breach) => {
  if (breach.imy.decision !== 'notify' || !blank(breach.imy.secrecyRequest)) return null
  const terms = secrecyTermsIn(breach)
  if (terms.length === 0 && !breach.identityNumbers && !breach.special) return null
  const why = terms.length > 0 ? terms.join(', ') : 'personnummer / särskilda kategorier'
  const whyEn = terms.length > 0 ? terms.join(', ') : 'identity numbers / special categories'
  return finding(
    'breach_secrecy_note_missing',
    35,
    'OSL (2009:400); IMY',
    `Anmälan blir en allmän handling och nämner ${why}. Ange vad som bör omfattas av sekretess och varför.`,
    `The notification becomes a public record and mentions ${whyEn}. State what should be kept secret and why.`,
  )
}

/** Checks 29–35 in order. */
export const BREACH_CHECKS: readonly BreachCheck[] = Object.freeze([
  checkNotificationOverdue,
  checkLateWithoutReason,
  checkNotRequiredWithoutReasoning,
  checkNotificationIncomplete,
  checkSupplementOverdue,
  checkSubjectsNotInformed,
  checkSecrecyNoteMissing,
])

/** Every finding of checks 29–35 for `breach` at `now`. */
export function checkBreach(breach: BreachFields, now: Date): BreachFinding[] {
  return BREACH_CHECKS.map((check) => check(breach, now)).filter((f): f is BreachFinding => f !== null)
}
