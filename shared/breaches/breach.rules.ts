/**
 * Pure rules for a breach: the 72-hour clock, where the notification stands, what the ENISA band suggests, and
 * when IMY's supplement is due. domain-reference §5.1, §5.3, §5.4
 */
import {
  BREACH_NOTIFICATION_HOURS,
  hoursDeadline,
  stockholmDateOf,
  timeLeft,
  toEpochMs,
  weekDeadline,
  type LocalizedText,
  type TimeLeft,
} from '../deadlines'
import type { BreachFields, ImyDecision, RiskLevel, SeverityBand, SubjectsDecision } from './breach.schema'

/** IMY asks for a supplement to a phased notification within four weeks (domain-reference §5.4). */
export const SUPPLEMENT_WEEKS = 4

/** Art 33(1): `awareAt + 72 h`, through weekends and holidays; `null` while awareness is not established. */
export function notificationDeadline(breach: Pick<BreachFields, 'awareAt'>): string | null {
  return breach.awareAt ? hoursDeadline(breach.awareAt, BREACH_NOTIFICATION_HOURS) : null
}

/** Where the Art 33 notification stands at a given moment. */
export interface NotificationState {
  /** The 72-hour deadline, or `null` before `awareAt` is recorded. */
  notifyBy: string | null
  /** Time left until `notifyBy` at `now` (negative when passed); `null` without a deadline. */
  timeLeft: TimeLeft | null
  notified: boolean
  /** Notified, but after the 72 hours. */
  notifiedLate: boolean
  /** Not notified, notification not ruled out, and the 72 hours have passed. */
  overdue: boolean
  /** Late (or about to be reported late) and no reason for the delay recorded (Art 33(1) last sentence). */
  needsDelayReason: boolean
}

/** The notification state of `breach` at `now`. */
export function notificationState(breach: Pick<BreachFields, 'awareAt' | 'imy'>, now: Date): NotificationState {
  const notifyBy = notificationDeadline(breach)
  const notifiedAt = breach.imy.notifiedAt
  const notified = notifiedAt !== null
  const notifiedLate = notified && notifyBy !== null && toEpochMs(notifiedAt) > toEpochMs(notifyBy)
  const left = notifyBy ? timeLeft(notifyBy, now) : null
  const overdue = !notified && breach.imy.decision !== 'not_required' && left !== null && left.overdue
  const needsDelayReason = (notifiedLate || overdue) && breach.imy.delayReason.trim() === ''
  return { notifyBy, timeLeft: left, notified, notifiedLate, overdue, needsDelayReason }
}

/** What the ENISA band suggests; the DPO decides (Art 33(1), 34(1)). Not ENISA's or the GDPR's own mapping. */
export interface SuggestedDecision {
  riskLevel: RiskLevel
  imy: Exclude<ImyDecision, 'pending'>
  subjects: Extract<SubjectsDecision, 'inform' | 'not_high_risk'>
  note: LocalizedText
}

/** low → document only; medium → notify IMY; high and very high → IMY and the subjects unless 34(3) applies. */
export function suggestedDecision(band: SeverityBand): SuggestedDecision {
  if (band === 'low') {
    return {
      riskLevel: 'none',
      imy: 'not_required',
      subjects: 'not_high_risk',
      note: {
        sv: 'Låg allvarlighet: dokumentera incidenten internt och motivera varför anmälan inte behövs.',
        en: 'Low severity: document the breach internally and record why no notification is needed.',
      },
    }
  }
  if (band === 'medium') {
    return {
      riskLevel: 'risk',
      imy: 'notify',
      subjects: 'not_high_risk',
      note: {
        sv: 'Medelhög allvarlighet: anmäl till IMY inom 72 timmar.',
        en: 'Medium severity: notify IMY within 72 hours.',
      },
    }
  }
  return {
    riskLevel: 'high',
    imy: 'notify',
    subjects: 'inform',
    note: {
      sv: 'Hög allvarlighet: anmäl till IMY och informera de registrerade, om inte artikel 34.3 är tillämplig.',
      en: 'High severity: notify IMY and inform the data subjects unless Article 34(3) applies.',
    },
  }
}

/** The reminder for the supplement to a phased notification. */
export interface SupplementReminder {
  /** The Stockholm date four weeks after the notification (same weekday), not rolled forward. */
  dueOn: string
  /** Whether the phase is still open. */
  open: boolean
  /** Open and past `dueOn` at `today`. */
  overdue: boolean
}

/**
 * When the supplement to a phased notification is due: four weeks from the day IMY was notified. The nominal day
 * is used, not a rolled-forward one, because this is IMY practice rather than a 1182/71 period and an early
 * reminder costs nothing. `null` unless the notification was sent in phases.
 */
export function supplementReminder(breach: Pick<BreachFields, 'imy'>, today: string): SupplementReminder | null {
  const { phased, notifiedAt, phaseCompletedAt } = breach.imy
  if (!phased || notifiedAt === null) return null
  const dueOn = weekDeadline(stockholmDateOf(notifiedAt), SUPPLEMENT_WEEKS).nominal
  const open = phaseCompletedAt === null
  return { dueOn, open, overdue: open && today > dueOn }
}
