/**
 * Reminders for an agreement in force: it expires within 90 days (or already has), the notice deadline to
 * avoid a renewal is near, a review is due, or a sub-processor objection window closes within 7 days.
 */
import type { Localised } from '../transfers'
import { EXPIRY_WARNING_DAYS, addDaysIso, daysUntil, pendingObjections } from './agreement.rules'
import type { ProcessorAgreementFields } from './agreement.schema'

/** What a reminder is about. */
export const REMINDER_KINDS = [
  'agreement_expired',
  'agreement_expiring',
  'notice_deadline',
  'review_due',
  'objection_deadline',
  'objection_deadline_passed',
] as const
/** What a reminder is about. */
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** One thing to act on, with its date and the days left (0 = today, negative = overdue). */
export interface AgreementReminder {
  kind: ReminderKind
  agreementId?: string
  subProcessorId?: string
  dueOn: string
  daysLeft: number
  message: Localised
}

type AgreementForReminders = Pick<
  ProcessorAgreementFields,
  'title' | 'status' | 'expiresOn' | 'noticePeriodDays' | 'nextReviewOn' | 'subProcessors' | 'objectionWindowDays'
> & { id?: string }

/** Expired, expiring within the warning window, or the last day to give notice within it. */
function expiryReminders(a: AgreementForReminders, today: string): Omit<AgreementReminder, 'agreementId'>[] {
  if (a.expiresOn === null) return []
  const daysLeft = daysUntil(today, a.expiresOn)
  if (daysLeft < 0)
    return [
      {
        kind: 'agreement_expired',
        dueOn: a.expiresOn,
        daysLeft,
        message: {
          sv: `${a.title} gick ut ${a.expiresOn} men är markerat som aktivt.`,
          en: `${a.title} expired on ${a.expiresOn} but is marked active.`,
        },
      },
    ]
  const out: Omit<AgreementReminder, 'agreementId'>[] = []
  if (a.noticePeriodDays !== null) {
    const noticeBy = addDaysIso(a.expiresOn, -a.noticePeriodDays)
    const noticeLeft = daysUntil(today, noticeBy)
    if (noticeLeft >= 0 && noticeLeft <= EXPIRY_WARNING_DAYS)
      out.push({
        kind: 'notice_deadline',
        dueOn: noticeBy,
        daysLeft: noticeLeft,
        message: {
          sv: `Sista dag att säga upp ${a.title} är ${noticeBy}.`,
          en: `The last day to give notice on ${a.title} is ${noticeBy}.`,
        },
      })
  }
  if (daysLeft <= EXPIRY_WARNING_DAYS)
    out.push({
      kind: 'agreement_expiring',
      dueOn: a.expiresOn,
      daysLeft,
      message: { sv: `${a.title} går ut ${a.expiresOn}.`, en: `${a.title} expires on ${a.expiresOn}.` },
    })
  return out
}

/** A review is due on or before today. */
function reviewReminder(a: AgreementForReminders, today: string): Omit<AgreementReminder, 'agreementId'>[] {
  if (a.nextReviewOn === null || a.nextReviewOn > today) return []
  return [
    {
      kind: 'review_due',
      dueOn: a.nextReviewOn,
      daysLeft: daysUntil(today, a.nextReviewOn),
      message: {
        sv: `${a.title} skulle granskas senast ${a.nextReviewOn}.`,
        en: `${a.title} was due for review on ${a.nextReviewOn}.`,
      },
    },
  ]
}

/** Sub-processors awaiting our decision whose objection window closes within 7 days or has closed. */
function objectionReminders(a: AgreementForReminders, today: string): Omit<AgreementReminder, 'agreementId'>[] {
  return pendingObjections(a, today).map(({ subProcessor: sp, deadline, daysLeft }) => ({
    kind: daysLeft < 0 ? 'objection_deadline_passed' : 'objection_deadline',
    subProcessorId: sp.id,
    dueOn: deadline,
    daysLeft,
    message:
      daysLeft < 0
        ? {
            sv: `Tiden att invända mot underbiträdet ${sp.name} gick ut ${deadline} utan beslut.`,
            en: `The window to object to sub-processor ${sp.name} closed on ${deadline} without a decision.`,
          }
        : {
            sv: `Invänd mot underbiträdet ${sp.name} senast ${deadline}, eller godkänn det.`,
            en: `Object to sub-processor ${sp.name} by ${deadline}, or accept it.`,
          },
  }))
}

/** All reminders for an active agreement as of `today`, most urgent first; none for other statuses. */
export function agreementReminders(agreement: AgreementForReminders, today: string): AgreementReminder[] {
  if (agreement.status !== 'active') return []
  const all = [
    ...expiryReminders(agreement, today),
    ...reviewReminder(agreement, today),
    ...objectionReminders(agreement, today),
  ]
  return all
    .map((r) => (agreement.id ? { ...r, agreementId: agreement.id } : r))
    .sort((x, y) => x.daysLeft - y.daysLeft)
}
