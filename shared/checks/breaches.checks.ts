/** Adapters over the breach module's checks 29–35 (domain-reference §5, §9). */
import {
  checkLateWithoutReason,
  checkNotificationIncomplete,
  checkNotificationOverdue,
  checkNotRequiredWithoutReasoning,
  checkSecrecyNoteMissing,
  checkSubjectsNotInformed,
  checkSupplementOverdue,
} from '../breaches'
import { defineCaseCheck } from './record-check'

/** Check 29: more than 72 hours since awareness, not notified, no reason for the delay. */
export const notificationOverdueCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/notification-overdue',
  title: { sv: 'Anmälan till IMY försenad', en: 'IMY notification overdue' },
  description: {
    sv: 'En incident anmäls inom 72 timmar från vetskap, eller förseningen motiveras.',
    en: 'A breach is notified within 72 hours of awareness, or the delay is explained.',
  },
  rule: 'Art 33(1)',
  reference: 29,
  predicate: (b, { now }) => checkNotificationOverdue(b, now),
  severity: 'high',
  field: 'imy.notifiedAt',
  fix: {
    sv: 'Anmäl till IMY nu via e-tjänsten och ange skälen till förseningen.',
    en: 'Notify IMY now through its e-service and give the reasons for the delay.',
  },
})

/** Check 30: notified after 72 hours without a reason for the delay. */
export const lateWithoutReasonCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/late-without-reason',
  title: { sv: 'Sen anmälan utan skäl', en: 'Late notification without reasons' },
  description: {
    sv: 'En anmälan efter 72 timmar anger skälen till förseningen.',
    en: 'A notification after 72 hours gives the reasons for the delay.',
  },
  rule: 'Art 33(1)',
  reference: 30,
  predicate: (b, { now }) => checkLateWithoutReason(b, now),
  severity: 'medium',
  field: 'imy.delayReason',
  fix: {
    sv: 'Dokumentera skälen till förseningen och skicka dem som komplettering.',
    en: 'Record the reasons for the delay and send them as a supplement.',
  },
})

/** Check 31: assessed "not required" without documented reasoning. */
export const notRequiredWithoutReasoningCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/not-required-without-reasoning',
  title: { sv: 'Ej anmäld utan motivering', en: 'Not notified without reasoning' },
  description: {
    sv: 'Ett beslut att inte anmäla en incident är motiverat och dokumenterat.',
    en: 'A decision not to notify a breach is reasoned and documented.',
  },
  rule: 'Art 33(1), 33(5)',
  reference: 31,
  predicate: (b, { now }) => checkNotRequiredWithoutReasoning(b, now),
  severity: 'medium',
  field: 'reasoning',
  fix: {
    sv: 'Skriv varför incidenten sannolikt inte leder till en risk för de registrerade.',
    en: 'Write down why the breach is unlikely to result in a risk to the data subjects.',
  },
})

/** Check 32: a notification missing any of Art 33(3)(a)–(d). */
export const notificationIncompleteCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/notification-incomplete',
  title: { sv: 'Anmälan ofullständig', en: 'Notification incomplete' },
  description: {
    sv: 'Anmälan innehåller allt som art. 33.3 a–d kräver.',
    en: 'The notification holds everything Art 33(3)(a)–(d) requires.',
  },
  rule: 'Art 33(3)',
  reference: 32,
  predicate: (b, { now }) => checkNotificationIncomplete(b, now),
  severity: 'medium',
  field: 'description',
  fix: {
    sv: 'Komplettera uppgifterna och skicka en komplettering till IMY.',
    en: 'Complete the details and send IMY a supplement.',
  },
})

/** Check 33: a phased notification with its supplement open more than four weeks. */
export const supplementOverdueCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/supplement-overdue',
  title: { sv: 'Komplettering försenad', en: 'Supplement overdue' },
  description: {
    sv: 'En anmälan i etapper kompletteras inom fyra veckor.',
    en: 'A phased notification is supplemented within four weeks.',
  },
  rule: 'Art 33(4); IMY',
  reference: 33,
  predicate: (b, { now }) => checkSupplementOverdue(b, now),
  severity: 'medium',
  field: 'imy.supplements',
  fix: { sv: 'Skicka kompletteringen till IMY.', en: 'Send the supplement to IMY.' },
})

/** Check 34: high risk, subjects not told and no reasoned Art 34(3) exemption. */
export const subjectsNotInformedCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/subjects-not-informed',
  title: { sv: 'Registrerade inte informerade', en: 'Data subjects not informed' },
  description: {
    sv: 'Vid hög risk informeras de registrerade, eller ett motiverat undantag enligt art. 34.3 anges.',
    en: 'At high risk the data subjects are told, or a reasoned Art 34(3) exemption is recorded.',
  },
  rule: 'Art 34',
  reference: 34,
  predicate: (b, { now }) => checkSubjectsNotInformed(b, now),
  severity: 'high',
  field: 'subjects.decision',
  fix: {
    sv: 'Informera de registrerade på ett klart och tydligt språk, eller motivera undantaget.',
    en: 'Tell the data subjects in clear and plain language, or give reasons for the exemption.',
  },
})

/** Check 35: an IMY notification naming identity numbers or health data without a secrecy note. */
export const secrecyNoteCheck = defineCaseCheck({
  collection: 'breaches',
  code: 'breaches/secrecy-note-missing',
  title: { sv: 'Sekretessönskemål saknas', en: 'Secrecy note missing' },
  description: {
    sv: 'En anmälan som nämner personnummer eller hälsouppgifter anger vad som bör omfattas av sekretess.',
    en: 'A notification mentioning identity numbers or health data states what should be kept secret.',
  },
  rule: 'OSL (2009:400); IMY',
  reference: 35,
  predicate: (b, { now }) => checkSecrecyNoteMissing(b, now),
  severity: 'low',
  field: 'imy.secrecyRequest',
  fix: {
    sv: 'Ange i anmälans sista fritextfält vad som bör omfattas av sekretess och varför.',
    en: 'State in the last free-text field of the notification what should be secret and why.',
  },
})

/** The breach adapters, in §9 order. */
export const BREACH_CHECK_DEFINITIONS = [
  notificationOverdueCheck,
  lateWithoutReasonCheck,
  notRequiredWithoutReasoningCheck,
  notificationIncompleteCheck,
  supplementOverdueCheck,
  subjectsNotInformedCheck,
  secrecyNoteCheck,
]
