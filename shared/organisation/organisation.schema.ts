/**
 * The organisation profile: the controller identity and contact of Art 30(1)(a) and the DPO contact
 * (Art 37(7)), printed on every report and used by every activity.
 */
import { z } from 'zod'
import { ShortText } from '../kernel'

/** Swedish organisationsnummer `NNNNNN-NNNN`, or empty while unknown. */
export const OrgNumber = z.string().regex(/^(\d{6}-\d{4})?$/, 'NNNNNN-NNNN')

export const OrganisationSchema = z.strictObject({
  name: ShortText,
  orgNumber: OrgNumber,
  address: ShortText,
  postalCode: ShortText,
  city: ShortText,
  country: z.string().regex(/^[A-Z]{2}$/),
  email: ShortText,
  phone: ShortText,
  dpoName: ShortText,
  dpoEmail: ShortText,
  dpoPhone: ShortText,
  /** Art 27 representative, for controllers outside the EU. */
  representative: ShortText,
  /** Art 6(1) last subparagraph: a public authority cannot rely on (f) for its tasks. */
  publicAuthority: z.boolean(),
})
export type Organisation = z.infer<typeof OrganisationSchema>

export function emptyOrganisation(): Organisation {
  return {
    name: '',
    orgNumber: '',
    address: '',
    postalCode: '',
    city: '',
    country: 'SE',
    email: '',
    phone: '',
    dpoName: '',
    dpoEmail: '',
    dpoPhone: '',
    representative: '',
    publicAuthority: false,
  }
}
