/**
 * A third-country transfer (Chapter V, domain-reference §4): who sends what where, on which Art 45/46/49 ground,
 * and the transfer impact assessment of EDPB Recommendations 01/2020 (§4.4). Cross-field gaps (an Art 49(1)(a)
 * transfer without consent evidence, an SCC transfer without a TIA) are findings of transfer rules, not schema
 * errors, so the DPO can save a half-finished record.
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, LongText, ShortText, ShortTextList } from '../kernel'
import { DestinationCodeSchema } from './countries'

/** Role of each party in the transfer; a joint controller is a controller for the SCCs. */
export const TRANSFER_ROLES = ['controller', 'processor'] as const
/** Exporter or importer role. */
export const TransferRoleSchema = z.enum(TRANSFER_ROLES)
/** Exporter or importer role. */
export type TransferRole = z.infer<typeof TransferRoleSchema>

/** Recital 111 and EDPB 2/2018: derogations (b), (c), (e) and the 2nd subparagraph are for occasional transfers. */
export const TRANSFER_FREQUENCIES = ['occasional', 'repeated', 'systematic'] as const
/** Lifecycle of a transfer; ended and suspended transfers raise no findings. */
export const TRANSFER_STATUSES = ['planned', 'active', 'suspended', 'ended'] as const

/** Art 49(1)(a)–(g) and the compelling-legitimate-interests ground of its second subparagraph. */
export const DEROGATION_GROUNDS = [
  'a_explicit_consent',
  'b_contract_with_data_subject',
  'c_contract_in_data_subject_interest',
  'd_important_public_interest',
  'e_legal_claims',
  'f_vital_interests',
  'g_public_register',
  'second_subparagraph',
] as const
/** An Art 49 ground. */
export type DerogationGround = (typeof DEROGATION_GROUNDS)[number]

/** How Art 49(1)(a) consent was collected; only a separate explicit request can qualify (EDPB 2/2018). */
export const CONSENT_CHANNELS = ['account_creation', 'terms', 'cookie_banner', 'separate_explicit'] as const
/** How Art 49(1)(a) consent was collected. */
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

const Art46Reference = { reference: ShortText.default(''), documentRef: ShortText.default('') }

/** Art 45: an adequacy decision covers the destination (conditions checked by the adequacy rules). */
export const AdequacyMechanismSchema = z.strictObject({
  kind: z.literal('adequacy'),
  /** Canada (Decision 2002/2/EC): the importer is subject to PIPEDA. The DPF status lives on the vendor. */
  pipedaCovered: z.boolean().nullable().default(null),
  /** Japan / Korea: the importer is within the APPI / PIPA scope of the decision. */
  sectorCovered: z.boolean().nullable().default(null),
})

/** Art 46(2)(c): the Commission SCCs of Decision (EU) 2021/914. */
export const SccMechanismSchema = z.strictObject({
  kind: z.literal('scc'),
  /** Module of Decision (EU) 2021/914; must match the roles (domain-reference §4.2). */
  module: z.literal([1, 2, 3, 4]),
  signedOn: IsoDate.nullable(),
  ...Art46Reference,
})

/** Art 46(2)(b), 47: binding corporate rules, approved by the lead supervisory authority. */
export const BcrMechanismSchema = z.strictObject({ kind: z.literal('bcr'), approvedBy: ShortText, ...Art46Reference })

/** Art 46(2)(e)/(f): the importer must also make binding and enforceable commitments. */
export const CodeOrCertificationMechanismSchema = z.strictObject({
  kind: z.enum(['code_of_conduct', 'certification']),
  name: ShortText,
  bindingCommitment: z.boolean(),
  ...Art46Reference,
})

/** Art 46(3)(a) ad hoc clauses and 46(2)(a)/(3)(b) instruments between public authorities. */
export const AuthorisedMechanismSchema = z.strictObject({
  kind: z.enum(['ad_hoc_clauses', 'public_authority_instrument']),
  /** IMY's authorisation (Art 46(3)); empty for a 46(2)(a) instrument, which needs none. */
  authorisationRef: ShortText.default(''),
  ...Art46Reference,
})

/** Evidence for Art 49(1)(a): explicit, specific to this transfer, given after being told the risks. */
export const ConsentEvidenceSchema = z.strictObject({
  explicit: z.boolean(),
  specificToTransfer: z.boolean(),
  riskInformationGiven: z.boolean(),
  /** What the data subject was told: no adequacy, no safeguards, recipients, countries. */
  riskInformation: LongText.default(''),
  obtainedVia: z.enum(CONSENT_CHANNELS),
  evidenceRef: ShortText.default(''),
})

/** Art 49(1) second subparagraph and 49(6): the conditions the exporter must document. */
export const CompellingInterestSchema = z.strictObject({
  interest: ShortText,
  limitedDataSubjects: z.boolean(),
  assessment: LongText.default(''),
  safeguards: LongText.default(''),
  imyInformed: z.boolean(),
  imyInformedOn: IsoDate.nullable(),
  dataSubjectsInformed: z.boolean(),
})

/** Art 49: a derogation for a specific situation, with the evidence its ground needs. */
export const DerogationMechanismSchema = z.strictObject({
  kind: z.literal('derogation'),
  ground: z.enum(DEROGATION_GROUNDS),
  /** Why no adequacy decision or Art 46 safeguard could be used, and why the ground fits. */
  justification: LongText.default(''),
  /** The law recognising the public interest (d), or the register and its consultation rules (g). */
  legalReference: ShortText.default(''),
  consent: ConsentEvidenceSchema.nullable().default(null),
  compellingInterest: CompellingInterestSchema.nullable().default(null),
})

/** The Chapter V ground the transfer relies on, in the Art 45 → 46 → 49 order. */
export const TransferMechanismSchema = z.discriminatedUnion('kind', [
  AdequacyMechanismSchema,
  SccMechanismSchema,
  BcrMechanismSchema,
  CodeOrCertificationMechanismSchema,
  AuthorisedMechanismSchema,
  DerogationMechanismSchema,
])
/** The ground of a transfer. */
export type TransferMechanism = z.infer<typeof TransferMechanismSchema>
/** The kind of ground: adequacy, scc, bcr, … derogation. */
export type TransferMechanismKind = TransferMechanism['kind']

/** Mechanisms of Art 46: EDPB Rec. 01/2020 asks for a TIA for every one of them, not only SCCs and BCRs. */
export const ART46_MECHANISMS: readonly TransferMechanismKind[] = [
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_instrument',
]

/** The six steps of EDPB Recommendations 01/2020 (domain-reference §4.4). */
export const TIA_STEPS = [
  'know_transfers',
  'identify_transfer_tool',
  'assess_third_country_law',
  'adopt_supplementary_measures',
  'procedural_steps',
  're_evaluate',
] as const
/** One of the six EDPB steps. */
export type TiaStep = (typeof TIA_STEPS)[number]

/** The DPO's answer to one TIA step and whether the step is done. */
export const TiaStepAnswerSchema = z.strictObject({ answer: LongText.default(''), done: z.boolean().default(false) })

/** A supplementary measure of step 4 (EDPB Rec. 01/2020 Annex 2). */
export const SupplementaryMeasureSchema = z.strictObject({
  kind: z.enum(['technical', 'contractual', 'organisational']),
  description: LongText,
})

/** A third-country law or practice assessed in step 3. */
export const LawAssessedSchema = z.strictObject({
  /** e.g. "FISA 702", "EO 12333". */
  name: ShortText,
  /** Whether the law or practice impinges on the effectiveness of the safeguards; null while unassessed. */
  impinges: z.boolean().nullable(),
  note: LongText.default(''),
})

/** A transfer impact assessment: the six steps, laws assessed, measures and conclusion (§4.4). */
export const TiaSchema = z.strictObject({
  steps: z.strictObject({
    know_transfers: TiaStepAnswerSchema,
    identify_transfer_tool: TiaStepAnswerSchema,
    assess_third_country_law: TiaStepAnswerSchema,
    adopt_supplementary_measures: TiaStepAnswerSchema,
    procedural_steps: TiaStepAnswerSchema,
    re_evaluate: TiaStepAnswerSchema,
  }),
  lawsAssessed: z.array(LawAssessedSchema).max(50),
  supplementaryMeasures: z.array(SupplementaryMeasureSchema).max(100),
  conclusion: z.enum(['ok', 'ok_with_measures', 'suspend']),
  assessedBy: ShortText.default(''),
  assessedOn: IsoDate,
  reviewDue: IsoDate,
})
/** A transfer impact assessment. */
export type Tia = z.infer<typeof TiaSchema>

/** The fields the DPO fills in for a transfer. */
export const TransferFieldsSchema = z.strictObject({
  title: ShortText.min(1),
  /** The register activities this transfer serves (Art 30(1)(e)). */
  activityIds: z.array(z.uuid()).max(200),
  /** vendorId null = our organisation; set for an onward transfer by our processor. */
  exporter: z.strictObject({ role: TransferRoleSchema, vendorId: z.uuid().nullable() }),
  importer: z.strictObject({ vendorId: z.uuid().nullable(), name: ShortText, role: TransferRoleSchema }),
  /** ISO alpha-2 country, or an international-organisation code such as `XEPO`. */
  destinationCountry: DestinationCodeSchema,
  /** Remote access (support, administration) from the third country is a transfer too (§4). */
  remoteAccess: z.boolean().default(false),
  dataCategories: ShortTextList,
  dataSubjectCategories: ShortTextList.default([]),
  specialCategoryData: z.boolean().default(false),
  /** Employees' data in the employment context: the DPF covers it only under an HR certification. */
  hrData: z.boolean().default(false),
  frequency: z.enum(TRANSFER_FREQUENCIES),
  approxDataSubjects: z.int().min(0).nullable().default(null),
  mechanism: TransferMechanismSchema,
  tia: TiaSchema.nullable().default(null),
  status: z.enum(TRANSFER_STATUSES),
  notes: LongText.default(''),
})
/** The fields of a transfer, without the entity stamp. */
export type TransferFields = z.infer<typeof TransferFieldsSchema>

/** A stored transfer record. */
export const TransferRecordSchema = z.strictObject({ ...EntityBaseSchema.shape, ...TransferFieldsSchema.shape })
/** One transfer to a third country or international organisation. */
export type TransferRecord = z.infer<typeof TransferRecordSchema>

/** A TIA with every step unanswered, for the form. */
export function emptyTia(assessedOn: string, reviewDue: string): Tia {
  const step = (): Tia['steps'][TiaStep] => ({ answer: '', done: false })
  return {
    steps: {
      know_transfers: step(),
      identify_transfer_tool: step(),
      assess_third_country_law: step(),
      adopt_supplementary_measures: step(),
      procedural_steps: step(),
      re_evaluate: step(),
    },
    lawsAssessed: [],
    supplementaryMeasures: [],
    conclusion: 'ok',
    assessedBy: '',
    assessedOn,
    reviewDue,
  }
}
