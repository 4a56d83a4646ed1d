/**
 * A data-subject request (Chapter III) as the DPO logs it: what was asked, when it arrived, how it was handled.
 * domain-reference §6.1 (types), §6.2 (Art 12), §6.3 (counting)
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, LongText, ShortText } from '../kernel'

/** The right exercised (§6.1). */
export const RequestTypeSchema = z.enum([
  'access', // Art 15
  'rectification', // Art 16
  'erasure', // Art 17
  'restriction', // Art 18
  'notify_recipients', // Art 19
  'portability', // Art 20
  'objection', // Art 21
  'automated_decision', // Art 22
  'withdraw_consent', // Art 7(3)
])
export type RequestType = z.infer<typeof RequestTypeSchema>

/** How the request arrived: Art 12(3) wants an electronic request answered electronically where possible. */
export const RequestChannelSchema = z.enum(['electronic', 'paper'])
export type RequestChannel = z.infer<typeof RequestChannelSchema>

/** Where the request stands. `answered`, `refused` and `withdrawn` close it. */
export const RequestStatusSchema = z.enum([
  'received',
  'awaiting_identity',
  'in_progress',
  'answered',
  'refused',
  'withdrawn',
])
export type RequestStatus = z.infer<typeof RequestStatusSchema>

/** Art 12(3): up to two further months, notified within the first month with the reasons. */
export const RequestExtensionSchema = z.strictObject({
  notifiedOn: IsoDate,
  reasons: LongText,
  months: z.int().min(1).max(2),
})
export type RequestExtension = z.infer<typeof RequestExtensionSchema>

/**
 * Why the controller does not act. Art 12(5) refusals (`manifestly_unfounded`, `excessive`) put the burden of
 * proof on the controller, hence `evidence`. `legal_exception` covers refusals on the right's own limits (e.g.
 * Art 17(3)(b): bokföringslagen requires keeping the invoice), named in `legalGround`.
 */
export const RefusalKindSchema = z.enum(['manifestly_unfounded', 'excessive', 'legal_exception'])
export type RefusalKind = z.infer<typeof RefusalKindSchema>

/** A refusal; Art 12(4) requires telling the person why and about complaint to IMY and judicial remedy. */
export const RequestRefusalSchema = z.strictObject({
  kind: RefusalKindSchema,
  legalGround: ShortText,
  reasoning: LongText,
  evidence: LongText,
  /** Whether the reply told the person about complaining to IMY and going to court (Art 12(4)). */
  remedyInformed: z.boolean(),
})
export type RequestRefusal = z.infer<typeof RequestRefusalSchema>

/** What a fee is charged for: further copies (Art 15(3)) or an unfounded/excessive request (Art 12(5)(a)). */
export const FeeBasisSchema = z.enum(['further_copies', 'manifestly_unfounded', 'excessive'])
export type FeeBasis = z.infer<typeof FeeBasisSchema>

/** A fee charged; the first copy and ordinary requests are free (Art 12(5), 15(3)). */
export const RequestFeeSchema = z.strictObject({
  amountSek: z.number().min(0).max(1_000_000),
  basis: FeeBasisSchema,
  reasoning: LongText,
  evidence: LongText,
})
export type RequestFee = z.infer<typeof RequestFeeSchema>

/** The fields of a request the DPO edits. */
export const DataSubjectRequestFieldsSchema = z.strictObject({
  type: RequestTypeSchema,
  /** The DPO's own reference; the requester's name belongs in the case file, not necessarily here. */
  reference: ShortText,
  requester: ShortText,
  description: LongText,
  channel: RequestChannelSchema,
  /** The day the request reached the organisation: not counted, the month runs from it (1182/71 Art 3(1)). */
  receivedAt: IsoDate,
  /** Art 12(6): when more information was asked for to confirm identity. The clock is not paused by default. */
  identityInfoRequestedOn: IsoDate.nullable(),
  identityVerifiedAt: IsoDate.nullable(),
  extension: RequestExtensionSchema.nullable(),
  refusal: RequestRefusalSchema.nullable(),
  fee: RequestFeeSchema.nullable(),
  status: RequestStatusSchema,
  respondedAt: IsoDate.nullable(),
  activityIds: z.array(z.uuid()).max(500),
  notes: LongText,
})
export type DataSubjectRequestFields = z.infer<typeof DataSubjectRequestFieldsSchema>

/** A stored request: the edited fields plus id, timestamps and revision. */
export const DataSubjectRequestSchema = EntityBaseSchema.extend(DataSubjectRequestFieldsSchema.shape)
export type DataSubjectRequest = z.infer<typeof DataSubjectRequestSchema>

/** A freshly logged request of `type` received on `receivedAt`. */
export function newRequestFields(
  type: RequestType,
  receivedAt: string,
  channel: RequestChannel,
): DataSubjectRequestFields {
  return {
    type,
    reference: '',
    requester: '',
    description: '',
    channel,
    receivedAt,
    identityInfoRequestedOn: null,
    identityVerifiedAt: null,
    extension: null,
    refusal: null,
    fee: null,
    status: 'received',
    respondedAt: null,
    activityIds: [],
    notes: '',
  }
}
