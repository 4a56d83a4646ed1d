/**
 * Internal complaints and IMY cases (complaints, inspections, desk supervision…) as the DPO follows them.
 * domain-reference §6.5, §8 (tillsyn)
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, IsoDateTime, LongText, ShortText, ShortTextList } from '../kernel'

/** An internal complaint to the organisation, or a case IMY has opened. */
export const ComplaintKindSchema = z.enum(['internal', 'imy_case'])
export type ComplaintKind = z.infer<typeof ComplaintKindSchema>

/** What the case is about (§6.5). */
export const ComplaintTypeSchema = z.enum([
  'complaint',
  'inspection',
  'desk_supervision',
  'breach_follow_up',
  'prior_consultation',
  'other',
])
export type ComplaintType = z.infer<typeof ComplaintTypeSchema>

/** Where the case stands; `replied`, `decided` and `closed` need no reply from the organisation. */
export const ComplaintStatusSchema = z.enum(['open', 'awaiting_reply', 'replied', 'decided', 'closed'])
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>

/**
 * How the case ended. IMY: `closed` (avskrivet, no action), `reprimand`, `order`, `fine`. Internal complaints:
 * `upheld` or `not_upheld`.
 */
export const ComplaintOutcomeSchema = z.enum(['closed', 'reprimand', 'order', 'fine', 'upheld', 'not_upheld', 'other'])
export type ComplaintOutcome = z.infer<typeof ComplaintOutcomeSchema>

/** Whether a document was sent by us or received (IMY's letter, the complainant's e-mail). */
export const CaseDocumentDirectionSchema = z.enum(['sent', 'received'])
export type CaseDocumentDirection = z.infer<typeof CaseDocumentDirectionSchema>

/**
 * A document in the case. Whatever is sent to IMY becomes an allmän handling anyone may request
 * (offentlighetsprincipen); `publicRecordAck` records that the DPO checked it with that in mind (check 40).
 * `documentId` points at the attached file in the `documents` table, if one was attached. Older records have
 * neither `direction` nor `documentId`, hence the defaults.
 */
export const CaseDocumentSchema = z.strictObject({
  name: ShortText.min(1),
  /** The day the document was sent (or, for a received one, received). */
  sentAt: IsoDate,
  publicRecordAck: z.boolean(),
  direction: CaseDocumentDirectionSchema.default('sent'),
  documentId: z.uuid().nullable().default(null),
})
export type CaseDocument = z.infer<typeof CaseDocumentSchema>

/** One dated event in the case. */
export const CaseTimelineEntrySchema = z.strictObject({
  at: IsoDateTime,
  text: LongText,
})
export type CaseTimelineEntry = z.infer<typeof CaseTimelineEntrySchema>

/** The fields of a complaint or IMY case the DPO edits. */
export const ComplaintFieldsSchema = z.strictObject({
  kind: ComplaintKindSchema,
  type: ComplaintTypeSchema,
  title: ShortText.min(1),
  /** IMY's diarienummer, e.g. `IMY-2026-1234` (`DI-…` before 2021, when IMY was Datainspektionen). */
  imyCaseNumber: ShortText,
  complainant: ShortText,
  /** The day the organisation received the complaint or IMY's first letter. */
  receivedAt: IsoDate,
  /** The day the complainant lodged the complaint with IMY, if known: Art 78(2)'s three months run from it. */
  complaintLodgedAt: IsoDate.nullable(),
  /** IMY's questions, one per line, as listed in its letter. */
  questions: ShortTextList,
  /** The reply date IMY's letter sets (or the internal target for an internal complaint). */
  responseDueAt: IsoDate.nullable(),
  replyDraft: LongText,
  repliedAt: IsoDate.nullable(),
  status: ComplaintStatusSchema,
  decisionAt: IsoDate.nullable(),
  outcome: ComplaintOutcomeSchema.nullable(),
  documents: z.array(CaseDocumentSchema).max(500),
  timeline: z.array(CaseTimelineEntrySchema).max(1000),
  breachIds: z.array(z.uuid()).max(500),
  requestIds: z.array(z.uuid()).max(500),
  activityIds: z.array(z.uuid()).max(500),
})
export type ComplaintFields = z.infer<typeof ComplaintFieldsSchema>

/** A stored complaint or IMY case. */
export const ComplaintSchema = EntityBaseSchema.extend(ComplaintFieldsSchema.shape)
export type Complaint = z.infer<typeof ComplaintSchema>

/** A freshly opened case. */
export function newComplaintFields(
  kind: ComplaintKind,
  type: ComplaintType,
  title: string,
  receivedAt: string,
): ComplaintFields {
  return {
    kind,
    type,
    title,
    imyCaseNumber: '',
    complainant: '',
    receivedAt,
    complaintLodgedAt: null,
    questions: [],
    responseDueAt: null,
    replyDraft: '',
    repliedAt: null,
    status: 'open',
    decisionAt: null,
    outcome: null,
    documents: [],
    timeline: [],
    breachIds: [],
    requestIds: [],
    activityIds: [],
  }
}
