/**
 * A finding the DPO has accepted for now, with the reason and until when. When it expires the finding comes back.
 */
import { z } from 'zod'
import { IsoDate, IsoDateTime, LongText, ShortText } from '../kernel'

export const FindingAcceptanceSchema = z.strictObject({
  /** `<check code>:<entity id>`: the same finding on the same record. */
  key: z.string().min(3).max(200),
  reason: LongText.min(1),
  expiresOn: IsoDate,
  acceptedBy: ShortText,
  acceptedAt: IsoDateTime,
})
export type FindingAcceptance = z.infer<typeof FindingAcceptanceSchema>
