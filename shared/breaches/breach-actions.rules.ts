/**
 * The steps a DPO takes on a breach, as pure transformations that refuse with a reason: recording the
 * notification to IMY (Art 33(1): reasons required when late), a supplement to a phased notification (Art 33(4)),
 * a timeline event, and closing the breach once it is fully documented (Art 33(5)). domain-reference §5.1, §5.4
 */
import { toEpochMs, type LocalizedText } from '../deadlines'
import type { BreachFields, TimelineEntry } from './breach.schema'
import { notificationDeadline } from './breach.rules'

/** Why a step was refused, with a message in both languages. */
export interface BreachActionProblem {
  code:
    | 'no_awareness'
    | 'before_awareness'
    | 'in_future'
    | 'delay_reason_required'
    | 'not_notified'
    | 'before_notification'
    | 'summary_required'
    | 'text_required'
    | 'decision_pending'
    | 'reasoning_required'
    | 'supplement_open'
    | 'subjects_decision_pending'
    | 'subjects_reasoning_required'
  message: LocalizedText
}

/** The new fields, or every reason the step was refused. */
export type BreachActionResult = { ok: true; value: BreachFields } | { ok: false; problems: BreachActionProblem[] }

const problem = (code: BreachActionProblem['code'], sv: string, en: string): BreachActionProblem => ({
  code,
  message: { sv, en },
})
const blank = (s: string): boolean => s.trim() === ''
const done = (problems: BreachActionProblem[], value: () => BreachFields): BreachActionResult =>
  problems.length > 0 ? { ok: false, problems } : { ok: true, value: value() }

/** A minute of slack for "not in the future", so a time typed as "now" is not refused by a second's drift. */
const CLOCK_SLACK_MS = 60_000
const inFuture = (at: string, now: Date): boolean => toEpochMs(at) > now.getTime() + CLOCK_SLACK_MS
const IN_FUTURE = problem('in_future', 'Tidpunkten ligger i framtiden.', 'The time lies in the future.')

/** What the DPO enters when the notification has been sent through IMY's e-service. */
export interface NotificationInput {
  notifiedAt: string
  /** IMY's diarienummer, if already known (it often arrives later). */
  caseNo: string
  /** Art 33(4): not everything was known, a supplement will follow. */
  phased: boolean
  delayReason: string
}

/** Records the notification to IMY; refused before awareness, in the future, or late without reasons. */
export function recordNotification(fields: BreachFields, input: NotificationInput, now: Date): BreachActionResult {
  const problems: BreachActionProblem[] = []
  const notifyBy = notificationDeadline(fields)
  if (fields.awareAt === null || notifyBy === null) {
    problems.push(
      problem(
        'no_awareness',
        'Ange först när ni fick vetskap om incidenten: 72-timmarsfristen räknas därifrån.',
        'First record when you became aware of the breach: the 72 hours run from there.',
      ),
    )
  } else if (toEpochMs(input.notifiedAt) < toEpochMs(fields.awareAt)) {
    problems.push(
      problem(
        'before_awareness',
        'Anmälan kan inte ha gjorts innan ni fick vetskap om incidenten.',
        'The notification cannot precede awareness of the breach.',
      ),
    )
  } else if (toEpochMs(input.notifiedAt) > toEpochMs(notifyBy) && blank(input.delayReason)) {
    problems.push(
      problem(
        'delay_reason_required',
        'Anmälan görs efter 72 timmar: ange skälen till förseningen (artikel 33.1).',
        'The notification is made after 72 hours: give the reasons for the delay (Article 33(1)).',
      ),
    )
  }
  if (inFuture(input.notifiedAt, now)) problems.push(IN_FUTURE)
  return done(problems, () => ({
    ...fields,
    imy: {
      ...fields.imy,
      decision: 'notify',
      notifiedAt: input.notifiedAt,
      caseNo: input.caseNo.trim(),
      phased: input.phased,
      phaseCompletedAt: input.phased ? null : fields.imy.phaseCompletedAt,
      delayReason: input.delayReason,
    },
  }))
}

/** What the DPO enters for a supplement sent to IMY. */
export interface SupplementInput {
  sentAt: string
  summary: string
  /** This supplement completes the notification: nothing more will follow. */
  completes: boolean
}

/** Records a supplement to a sent notification (Art 33(4)); it makes the notification phased. */
export function recordSupplement(fields: BreachFields, input: SupplementInput, now: Date): BreachActionResult {
  const problems: BreachActionProblem[] = []
  const { notifiedAt } = fields.imy
  if (notifiedAt === null) {
    problems.push(
      problem(
        'not_notified',
        'En komplettering förutsätter att anmälan till IMY är gjord.',
        'A supplement requires the notification to IMY to have been sent.',
      ),
    )
  } else if (toEpochMs(input.sentAt) < toEpochMs(notifiedAt)) {
    problems.push(
      problem(
        'before_notification',
        'Kompletteringen kan inte ha skickats före anmälan.',
        'The supplement cannot precede the notification.',
      ),
    )
  }
  if (inFuture(input.sentAt, now)) problems.push(IN_FUTURE)
  if (blank(input.summary)) {
    problems.push(
      problem('summary_required', 'Beskriv vad kompletteringen innehöll.', 'Describe what the supplement contained.'),
    )
  }
  return done(problems, () => {
    const supplements = [...fields.imy.supplements, { sentAt: input.sentAt, summary: input.summary.trim() }]
    supplements.sort((a, b) => toEpochMs(a.sentAt) - toEpochMs(b.sentAt))
    const phaseCompletedAt = input.completes ? input.sentAt : fields.imy.phaseCompletedAt
    return { ...fields, imy: { ...fields.imy, phased: true, supplements, phaseCompletedAt } }
  })
}

/** Adds a dated event to the breach's timeline, kept in time order (an event noted late lands in its place). */
export function addTimelineEvent(fields: BreachFields, at: string, text: string): BreachActionResult {
  if (blank(text)) {
    return { ok: false, problems: [problem('text_required', 'Beskriv händelsen.', 'Describe the event.')] }
  }
  const entry: TimelineEntry = { at, text: text.trim() }
  const timeline = [...fields.timeline, entry]
  // Stable sort: events at the same instant keep the order they were entered in.
  timeline.sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at))
  return { ok: true, value: { ...fields, timeline } }
}

/** What still stands in the way of closing the breach as fully documented (Art 33(5), 34). */
export function closingProblems(fields: BreachFields): BreachActionProblem[] {
  const problems: BreachActionProblem[] = []
  const { imy } = fields
  if (imy.decision === 'pending') {
    problems.push(
      problem('decision_pending', 'Beslut om anmälan till IMY saknas.', 'The decision on notifying IMY is missing.'),
    )
  }
  if (imy.decision === 'not_required' && blank(fields.reasoning)) {
    problems.push(
      problem(
        'reasoning_required',
        'Motivera varför incidenten inte anmäls (artikel 33.5).',
        'Record why the breach is not notified (Article 33(5)).',
      ),
    )
  }
  if (imy.decision === 'notify' && imy.notifiedAt === null) {
    problems.push(problem('not_notified', 'Anmälan till IMY är inte gjord.', 'IMY has not been notified.'))
  }
  if (imy.phased && imy.notifiedAt !== null && imy.phaseCompletedAt === null) {
    problems.push(
      problem('supplement_open', 'Kompletteringen till IMY är inte klar.', 'The supplement to IMY is not complete.'),
    )
  }
  problems.push(...subjectsProblems(fields))
  return problems
}

function subjectsProblems(fields: BreachFields): BreachActionProblem[] {
  const { subjects } = fields
  if (subjects.decision === 'pending') {
    return [
      problem(
        'subjects_decision_pending',
        'Beslut om att informera de registrerade saknas (artikel 34).',
        'The decision on informing the data subjects is missing (Article 34).',
      ),
    ]
  }
  const exempt = subjects.decision.startsWith('art34_3')
  if (exempt && blank(subjects.reasoning)) {
    return [
      problem(
        'subjects_reasoning_required',
        'Motivera undantaget enligt artikel 34.3.',
        'Give the reasons for the Article 34(3) exemption.',
      ),
    ]
  }
  return []
}

/** Closes the breach at `closedAt` once nothing is left undecided or undocumented. */
export function closeBreach(fields: BreachFields, closedAt: string, now: Date): BreachActionResult {
  const problems = closingProblems(fields)
  if (inFuture(closedAt, now)) problems.push(IN_FUTURE)
  return done(problems, () => ({ ...fields, closedAt }))
}
