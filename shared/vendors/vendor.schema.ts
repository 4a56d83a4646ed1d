/**
 * A vendor: any outside party we share personal data with, in the role it has towards us. Processors need an
 * Art 28 agreement (domain-reference §3), and any vendor in or processing from a third country needs a transfer
 * record (§4, check 19).
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, LongText, ShortText, ShortTextList } from '../kernel'
import { CountryCodeSchema } from '../transfers'

/** The vendor's role towards us: Art 28 processor / sub-processor, Art 26 joint or independent controller. */
export const VENDOR_ROLES = ['processor', 'sub_processor', 'joint_controller', 'independent_controller'] as const
/** The vendor's role towards us. */
export const VendorRoleSchema = z.enum(VENDOR_ROLES)
/** The vendor's role towards us. */
export type VendorRole = z.infer<typeof VendorRoleSchema>

/** A web address the UI may open: http(s) only, so an imported `javascript:` link cannot run. */
export const WebsiteSchema = z.union([z.literal(''), z.url({ protocol: /^https?$/ })])

/** The vendor's contact person or function. */
export const VendorContactSchema = z.strictObject({
  name: ShortText.default(''),
  email: ShortText.default(''),
  phone: ShortText.default(''),
})

/**
 * The vendor's EU-US Data Privacy Framework status as last looked up on the DPF list (Decision (EU) 2023/1795).
 * null = not checked; the checkedOn date matters because certifications must be renewed every year.
 */
export const DpfStatusSchema = z.strictObject({
  certified: z.boolean().nullable(),
  /** Whether the certification covers HR data; transfers of HR data rely on it. */
  hrCovered: z.boolean().nullable().default(null),
  checkedOn: IsoDate.nullable(),
  /** The DPF list entry, e.g. its URL or organisation id. */
  reference: ShortText.default(''),
})
/** A vendor's DPF status. */
export type DpfStatus = z.infer<typeof DpfStatusSchema>

/** The fields the DPO fills in for a vendor. */
export const VendorFieldsSchema = z.strictObject({
  name: ShortText.min(1),
  /** Organisationsnummer or the foreign company number; free text because foreign formats vary. */
  orgNumber: ShortText.default(''),
  /** Where the vendor is established. */
  country: CountryCodeSchema,
  /** Other countries where it stores, processes or accesses the data (remote support counts). */
  processingCountries: z.array(CountryCodeSchema).max(50).default([]),
  contact: VendorContactSchema,
  website: WebsiteSchema.default(''),
  role: VendorRoleSchema,
  services: ShortTextList.default([]),
  dpf: DpfStatusSchema,
  notes: LongText.default(''),
})
/** The fields of a vendor, without the entity stamp. */
export type VendorFields = z.infer<typeof VendorFieldsSchema>

/** A stored vendor record. */
export const VendorSchema = z.strictObject({ ...EntityBaseSchema.shape, ...VendorFieldsSchema.shape })
/** A vendor (supplier, partner) we share personal data with. */
export type Vendor = z.infer<typeof VendorSchema>

/** The form's starting point for a new vendor: a Swedish processor, nothing checked yet. */
export function emptyVendorFields(): VendorFields {
  return {
    name: '',
    orgNumber: '',
    country: 'SE',
    processingCountries: [],
    contact: { name: '', email: '', phone: '' },
    website: '',
    role: 'processor',
    services: [],
    dpf: { certified: null, hrCovered: null, checkedOn: null, reference: '' },
    notes: '',
  }
}
