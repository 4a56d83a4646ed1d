/**
 * The Art 30 processing activity: one row of the register (domain-reference §1).
 * Art 30(1)(a)–(g) for the controller record, Art 30(2) when we act as processor, and the columns the ICO and
 * CNIL templates add (§1.4): lawful basis per purpose, Art 9 condition, sources, DPIA, owner, systems, review date.
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, LongText, ShortText, ShortTextList } from '../kernel'

/** Art 6(1)(a)–(f) (domain-reference §1.4). */
export const LEGAL_BASES = [
  'a_consent',
  'b_contract',
  'c_legal_obligation',
  'd_vital_interests',
  'e_public_task',
  'f_legitimate_interests',
] as const
export const LegalBasisSchema = z.enum(LEGAL_BASES)
export type LegalBasis = z.infer<typeof LegalBasisSchema>

/** Art 9(1) special categories. */
export const SPECIAL_CATEGORIES = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union_membership',
  'genetic',
  'biometric',
  'health',
  'sex_life_orientation',
] as const

/** Art 9(2)(a)–(j) conditions (domain-reference §1.4). */
export const ART9_CONDITIONS = [
  'a_explicit_consent',
  'b_employment_social_security',
  'c_vital_interests_incapable',
  'd_not_for_profit_members',
  'e_manifestly_made_public',
  'f_legal_claims_courts',
  'g_substantial_public_interest',
  'h_health_social_care',
  'i_public_health',
  'j_archiving_research_statistics',
] as const

/** Our role in the activity: Art 30(1) record for controller/joint controller, Art 30(2) for processor. */
export const ROLES = ['controller', 'joint_controller', 'processor'] as const
export const ActivityRoleSchema = z.enum(ROLES)
export type ActivityRole = z.infer<typeof ActivityRoleSchema>

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const
export const RECIPIENT_KINDS = [
  'internal',
  'controller',
  'joint_controller',
  'processor',
  'authority',
  'other',
] as const
export const RETENTION_TRIGGERS = [
  'collection',
  'end_of_relationship',
  'end_of_fiscal_year',
  'last_activity',
  'consent_withdrawn',
  'other',
] as const
export const DPIA_STATUSES = ['not_assessed', 'not_needed', 'needed_not_started', 'in_progress', 'done'] as const
/** dataskyddslagen 3 kap. 10 § (domain-reference §8). */
export const IDENTITY_NUMBER_KINDS = ['none', 'personnummer', 'samordningsnummer'] as const
export const IDENTITY_JUSTIFICATIONS = [
  'consent',
  'purpose',
  'secure_identification',
  'other_reason',
  'specific_law',
] as const

export const PurposeSchema = z.strictObject({
  id: z.uuid(),
  description: ShortText,
  /** null until the DPO has decided: check 3 (Art 6(1), 5(2)) fires on it. */
  legalBasis: LegalBasisSchema.nullable(),
  /** The interest pursued, when the basis is Art 6(1)(f) (stated in the notice, Art 13(1)(d)). */
  legitimateInterest: ShortText.default(''),
  /** The law behind Art 6(1)(c)/(e), e.g. "bokföringslagen (1999:1078)". */
  legalReference: ShortText.default(''),
})
export type Purpose = z.infer<typeof PurposeSchema>

export const SpecialCategorySchema = z.strictObject({
  category: z.enum(SPECIAL_CATEGORIES),
  condition: z.enum(ART9_CONDITIONS).nullable(),
})

export const RecipientSchema = z.strictObject({
  name: ShortText,
  kind: z.enum(RECIPIENT_KINDS),
  /** ISO 3166-1 alpha-2; empty when unknown. */
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/)
    .default(''),
  /** The vendor record behind this recipient, once linked (processor agreements and transfers hang off it). */
  vendorId: z.uuid().nullable().default(null),
})
export type Recipient = z.infer<typeof RecipientSchema>

/** Empty, or an ISO-8601 period of years, months and days (`P12M`, `P7Y`, `P1Y6M`). */
export const ISO_PERIOD = /^(P(?=\d)(\d+Y)?(\d+M)?(\d+D)?)?$/

export const RetentionRuleSchema = z.strictObject({
  dataCategory: ShortText,
  /** ISO-8601 duration (`P12M`, `P7Y`) or empty when a criterion is given instead. */
  period: z.string().regex(ISO_PERIOD).default(''),
  /** Free-text criterion when no fixed period fits (CNIL: "a period or the criteria"). */
  criterion: ShortText.default(''),
  trigger: z.enum(RETENTION_TRIGGERS),
  legalReference: ShortText.default(''),
})
export type RetentionRule = z.infer<typeof RetentionRuleSchema>

/** Art 30(2)(a): each controller we process for, with their contact, representative and DPO. */
export const ServedControllerSchema = z.strictObject({
  name: ShortText,
  contact: ShortText.default(''),
  representative: ShortText.default(''),
  dpoContact: ShortText.default(''),
})

export const ActivityFieldsSchema = z.strictObject({
  name: ShortText.min(1),
  description: LongText.default(''),
  role: ActivityRoleSchema,
  /** Art 30(1)(a) joint controllers, named with their contact. */
  jointControllers: ShortText.default(''),
  /** Art 30(2)(a) controllers served, when role is processor. */
  controllersServed: z.array(ServedControllerSchema).max(100).default([]),
  department: ShortText.default(''),
  owner: ShortText.default(''),
  purposes: z.array(PurposeSchema).max(50),
  dataSubjectCategories: ShortTextList,
  personalDataCategories: ShortTextList,
  specialCategories: z.array(SpecialCategorySchema).max(20).default([]),
  /** Art 10 data and, when processed, the legal ground (dataskyddslagen, förordning 2018:219). */
  criminalData: z.strictObject({ processed: z.boolean(), legalGround: ShortText.default('') }),
  identityNumbers: z.strictObject({
    kind: z.enum(IDENTITY_NUMBER_KINDS),
    justification: z.enum(IDENTITY_JUSTIFICATIONS).nullable(),
  }),
  collectedFromDataSubject: z.boolean(),
  /** Art 14(2)(f): where the data comes from when not from the data subject. */
  sources: ShortTextList.default([]),
  recipients: z.array(RecipientSchema).max(200),
  /** Art 30(1)(e): free text until transfer records link to the activity. */
  transfersDescription: LongText.default(''),
  thirdCountryTransfers: z.boolean(),
  retention: z.array(RetentionRuleSchema).max(50),
  /** Art 30(1)(g), Art 32(1). */
  securityMeasures: LongText.default(''),
  systems: ShortTextList.default([]),
  dpia: z.strictObject({ status: z.enum(DPIA_STATUSES), reference: ShortText.default('') }),
  status: z.enum(ACTIVITY_STATUSES),
  nextReviewOn: IsoDate.nullable(),
  notes: LongText.default(''),
})
export type ActivityFields = z.infer<typeof ActivityFieldsSchema>

export const ProcessingActivitySchema = z.strictObject({
  ...EntityBaseSchema.shape,
  ...ActivityFieldsSchema.shape,
})
/** One processing activity of the Art 30 register. */
export type ProcessingActivity = z.infer<typeof ProcessingActivitySchema>

/** The form's starting point for a new activity. */
export function emptyActivityFields(): ActivityFields {
  return {
    name: '',
    description: '',
    role: 'controller',
    jointControllers: '',
    controllersServed: [],
    department: '',
    owner: '',
    purposes: [],
    dataSubjectCategories: [],
    personalDataCategories: [],
    specialCategories: [],
    criminalData: { processed: false, legalGround: '' },
    identityNumbers: { kind: 'none', justification: null },
    collectedFromDataSubject: true,
    sources: [],
    recipients: [],
    transfersDescription: '',
    thirdCountryTransfers: false,
    retention: [],
    securityMeasures: '',
    systems: [],
    dpia: { status: 'not_assessed', reference: '' },
    status: 'draft',
    nextReviewOn: null,
    notes: '',
  }
}
