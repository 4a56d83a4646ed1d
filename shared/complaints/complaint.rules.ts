/**
 * Rules for complaints and IMY cases: the reply clock, check 40, the Art 78(2) three-month marker and the appeal
 * period. domain-reference §6.5, §9
 */
import {
  EVES_READING,
  STRICT_READING,
  monthDeadline,
  weekDeadline,
  workingDaysBetween,
  type Deadline,
  type LocalizedText,
} from '../deadlines'
import type { ComplaintFields, ComplaintStatus } from './complaint.schema'

/** Check 40 warns when a reply is due within this many working days and nothing is drafted. */
export const REPLY_WARNING_WORKING_DAYS = 5
/** Art 78(2): three months for the supervisory authority to inform on progress or outcome. */
export const ART_78_2_MONTHS = 3
/** Förvaltningslagen (2017:900) 44 §: appeal within three weeks of receiving the decision (unverified for IMY). */
export const APPEAL_WEEKS = 3

const NO_REPLY_NEEDED: ReadonlySet<ComplaintStatus> = new Set(['replied', 'decided', 'closed'])

/** Whether the organisation still owes a reply. */
export function awaitsReply(c: Pick<ComplaintFields, 'status' | 'repliedAt' | 'responseDueAt'>): boolean {
  return c.responseDueAt !== null && c.repliedAt === null && !NO_REPLY_NEEDED.has(c.status)
}

/** Where the reply stands on `today`. */
export interface ReplyState {
  dueOn: string
  /** Working days after today up to the due date; 0 on the due date, negative once overdue. */
  workingDaysLeft: number
  overdue: boolean
  hasDraft: boolean
}

/** The reply state, or `null` when no reply is owed. */
export function replyState(c: ComplaintFields, today: string): ReplyState | null {
  if (!awaitsReply(c) || c.responseDueAt === null) return null
  const dueOn = c.responseDueAt
  return {
    dueOn,
    workingDaysLeft: workingDaysBetween(today, dueOn, STRICT_READING),
    overdue: today > dueOn,
    hasDraft: c.replyDraft.trim() !== '',
  }
}

/** Stable codes of check 40's two halves. */
export type ComplaintCheckCode = 'complaint_reply_due_no_draft' | 'complaint_document_without_public_record_ack'

/** A problem check 40 found. */
export interface ComplaintFinding {
  code: ComplaintCheckCode
  check: number
  article: string
  message: LocalizedText
}

/** Check 40a: a reply due within five working days (or overdue) with no draft. */
export function checkReplyDueWithoutDraft(c: ComplaintFields, today: string): ComplaintFinding | null {
  const s = replyState(c, today)
  if (s === null || s.hasDraft || s.workingDaysLeft > REPLY_WARNING_WORKING_DAYS) return null
  return {
    code: 'complaint_reply_due_no_draft',
    check: 40,
    article: 'IMY case handling',
    message: s.overdue
      ? {
          sv: `Svaret skulle ha lämnats senast ${s.dueOn} och inget utkast finns.`,
          en: `The reply was due by ${s.dueOn} and there is no draft.`,
        }
      : {
          sv: `Svaret ska lämnas senast ${s.dueOn} (${s.workingDaysLeft} arbetsdagar kvar) och inget utkast finns.`,
          en: `The reply is due by ${s.dueOn} (${s.workingDaysLeft} working days left) and there is no draft.`,
        },
  }
}

/** Check 40b: documents sent without acknowledging that they become public records (received ones are IMY's). */
export function checkDocumentsWithoutPublicRecordAck(c: ComplaintFields): ComplaintFinding | null {
  const names = c.documents.filter((d) => d.direction === 'sent' && !d.publicRecordAck).map((d) => d.name)
  if (names.length === 0) return null
  const list = names.join(', ')
  return {
    code: 'complaint_document_without_public_record_ack',
    check: 40,
    article: 'Offentlighetsprincipen (TF 2 kap.); OSL (2009:400)',
    message: {
      sv: `Skickade handlingar blir allmänna handlingar hos IMY; bekräfta att de granskats: ${list}.`,
      en: `Documents sent to IMY become public records; confirm they were reviewed with that in mind: ${list}.`,
    },
  }
}

/** Every finding of check 40 for the case on `today`. */
export function checkComplaint(c: ComplaintFields, today: string): ComplaintFinding[] {
  return [checkReplyDueWithoutDraft(c, today), checkDocumentsWithoutPublicRecordAck(c)].filter(
    (f): f is ComplaintFinding => f !== null,
  )
}

/** The Art 78(2) marker: after it, the complainant may go to court if IMY has not informed them. */
export interface Art78Marker {
  deadline: Deadline
  /** `today` is past the marker and IMY has taken no decision. */
  reached: boolean
}

/**
 * Three months from the day the complaint was lodged with IMY (or, failing that, from when the organisation
 * heard of it), for IMY complaint cases only. An EU period, so counted under 1182/71, strict reading.
 */
export function art78Marker(c: ComplaintFields, today: string): Art78Marker | null {
  if (c.kind !== 'imy_case' || c.type !== 'complaint') return null
  const deadline = monthDeadline(c.complaintLodgedAt ?? c.receivedAt, ART_78_2_MONTHS, STRICT_READING)
  return { deadline, reached: c.decisionAt === null && today > deadline.due }
}

/**
 * The last day to appeal a decision received on `receivedOn`: three weeks (förvaltningslagen 44 §). A Swedish
 * statute, so lag 1930:173 applies and the eves are skipped too. Whether it governs IMY's decisions: unverified.
 */
export function appealDueDate(receivedOn: string): Deadline {
  return weekDeadline(receivedOn, APPEAL_WEEKS, EVES_READING)
}

/** Whether `value` looks like an IMY (or Datainspektionen) diarienummer such as `IMY-2026-1234` or `DI-2019-3375`. */
export function isImyCaseNumber(value: string): boolean {
  return /^(IMY|DI)-\d{4}-\d{1,6}$/.test(value.trim())
}
