/**
 * A processor agreement (personuppgiftsbiträdesavtal, Art 28) and the DPO's clause-by-clause reviews of it
 * (domain-reference §3). The record keeps the signed document's metadata (name, size, SHA-256); the file itself,
 * when attached, is a `StoredDocument` in the documents collection, linked by `document.documentId`, so backups
 * carry it and a copy can be checked against the hash.
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, IsoDateTime, LongText, ShortText } from '../kernel'
import { OptionalCountryCodeSchema } from '../transfers'

/** A lowercase hex SHA-256, as `sha256Hex` writes it. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'lowercase hex SHA-256')

/**
 * Clauses the law requires: the Art 28(3) chapeau (subject-matter, duration, nature, purpose, data, subjects),
 * points (a)–(h), the second-subparagraph alert (h2), and the Art 28(2)/(4) sub-processing terms.
 */
export const MANDATORY_CLAUSE_KEYS = [
  'processing_details',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'h2',
  'sub_processing',
] as const
/** A clause Art 28 requires. */
export type MandatoryClauseKey = (typeof MANDATORY_CLAUSE_KEYS)[number]

/** Clauses commonly reviewed in practice though the GDPR does not spell them out (§3.4). */
export const EXTRA_CLAUSE_KEYS = [
  'breach_notice_hours',
  'audit_rights',
  'processing_locations',
  'deletion_or_return',
  'liability',
  'dsar_assistance',
  'dpia_assistance',
] as const
/** A clause reviewed in practice. */
export type ExtraClauseKey = (typeof EXTRA_CLAUSE_KEYS)[number]
/** Any clause of the review. */
export type ClauseKey = MandatoryClauseKey | ExtraClauseKey

/** How the contract covers a clause; not_applicable on a mandatory clause needs a comment. */
export const CLAUSE_STATUSES = ['present', 'partial', 'missing', 'not_applicable'] as const
/** How the contract covers a clause. */
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number]

/** How the contract handles one clause, where (section number) and the reviewer's note. */
export const ClauseAssessmentSchema = z.strictObject({
  status: z.enum(CLAUSE_STATUSES),
  clauseRef: ShortText.default(''),
  comment: LongText.default(''),
})
/** The assessment of one clause. */
export type ClauseAssessment = z.infer<typeof ClauseAssessmentSchema>

/** The breach-notice clause also records the number of hours the processor has to tell us. */
export const BreachNoticeAssessmentSchema = z.strictObject({
  ...ClauseAssessmentSchema.shape,
  hours: z.int().min(0).max(8760).nullable().default(null),
})

/** The verdict of a review (see `deriveReviewOutcome`). */
export const REVIEW_OUTCOMES = ['acceptable', 'acceptable_with_remarks', 'not_acceptable'] as const
/** The verdict of a review. */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

/** One review of one version of the agreement. */
export const AgreementReviewSchema = z.strictObject({
  id: z.uuid(),
  /** The agreement version reviewed, so a later version gets its own review. */
  agreementVersion: ShortText.default(''),
  clauses: z.strictObject({
    processing_details: ClauseAssessmentSchema,
    a: ClauseAssessmentSchema,
    b: ClauseAssessmentSchema,
    c: ClauseAssessmentSchema,
    d: ClauseAssessmentSchema,
    e: ClauseAssessmentSchema,
    f: ClauseAssessmentSchema,
    g: ClauseAssessmentSchema,
    h: ClauseAssessmentSchema,
    h2: ClauseAssessmentSchema,
    sub_processing: ClauseAssessmentSchema,
  }),
  extras: z.strictObject({
    breach_notice_hours: BreachNoticeAssessmentSchema,
    audit_rights: ClauseAssessmentSchema,
    processing_locations: ClauseAssessmentSchema,
    deletion_or_return: ClauseAssessmentSchema,
    liability: ClauseAssessmentSchema,
    dsar_assistance: ClauseAssessmentSchema,
    dpia_assistance: ClauseAssessmentSchema,
  }),
  reviewedBy: ShortText,
  reviewedOn: IsoDate,
  /** The DPO's sign-off; null while the review is a draft. */
  signedOff: z.strictObject({ by: ShortText.min(1), at: IsoDateTime }).nullable(),
  /** `deriveReviewOutcome` as it stood at sign-off; null before. */
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  notes: LongText.default(''),
  /** SHA-256 of the signed document the review was made against, fixed at sign-off; null when none was attached. */
  documentSha256: Sha256Schema.nullable().default(null),
})
/** One clause-by-clause review. */
export type AgreementReview = z.infer<typeof AgreementReviewSchema>

/** Metadata of the signed document: enough to prove which file was reviewed, without storing it. */
export const AgreementDocumentSchema = z.strictObject({
  name: ShortText.min(1),
  sha256: Sha256Schema,
  bytes: z.int().min(0),
  mimeType: ShortText,
  /** The `StoredDocument` holding the file; null for metadata recorded without the file (older records). */
  documentId: z.uuid().nullable().default(null),
})
/** Metadata of the signed document. */
export type AgreementDocument = z.infer<typeof AgreementDocumentSchema>

/** Our decision on an announced sub-processor. */
export const SUB_PROCESSOR_DECISIONS = ['pending', 'accepted', 'objected'] as const

/** A sub-processor the processor uses or has announced (Art 28(2), (4); §3.3). */
export const SubProcessorSchema = z.strictObject({
  id: z.uuid(),
  name: ShortText.min(1),
  service: ShortText.default(''),
  /** Where it processes the data; empty while unknown. Outside the EEA it needs a transfer record. */
  country: OptionalCountryCodeSchema,
  /** When the processor told us of the addition or replacement. */
  notifiedOn: IsoDate.nullable(),
  /** Last day to object; when null it is `notifiedOn + objectionWindowDays`. */
  objectionDeadline: IsoDate.nullable(),
  decision: z.enum(SUB_PROCESSOR_DECISIONS),
  decidedOn: IsoDate.nullable().default(null),
})
/** A sub-processor of the processor. */
export type SubProcessor = z.infer<typeof SubProcessorSchema>

/** Lifecycle of an agreement; only active ones count as in force. */
export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const
/** Lifecycle of an agreement. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

/** The fields the DPO fills in for an agreement. */
export const ProcessorAgreementFieldsSchema = z.strictObject({
  vendorId: z.uuid(),
  title: ShortText.min(1),
  version: ShortText.default(''),
  signedOn: IsoDate.nullable(),
  effectiveOn: IsoDate.nullable(),
  /** null = runs until terminated. */
  expiresOn: IsoDate.nullable(),
  noticePeriodDays: z.int().min(0).max(3650).nullable(),
  nextReviewOn: IsoDate.nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  document: AgreementDocumentSchema.nullable(),
  /** Art 28(2): prior specific or general written authorisation to engage sub-processors. */
  subProcessorAuthorisation: z.enum(['specific', 'general']),
  /** Contractual window to object to an announced sub-processor (30 days is common, not GDPR). */
  objectionWindowDays: z.int().min(0).max(365).nullable(),
  subProcessors: z.array(SubProcessorSchema).max(500),
  reviews: z.array(AgreementReviewSchema).max(100),
  notes: LongText.default(''),
})
/** The fields of an agreement, without the entity stamp. */
export type ProcessorAgreementFields = z.infer<typeof ProcessorAgreementFieldsSchema>

/** A stored processor agreement. */
export const ProcessorAgreementSchema = z.strictObject({
  ...EntityBaseSchema.shape,
  ...ProcessorAgreementFieldsSchema.shape,
})
/** An Art 28 agreement with one processor, its sub-processors and its reviews. */
export type ProcessorAgreement = z.infer<typeof ProcessorAgreementSchema>

/** A review with every clause still to be assessed (status missing), for the review form. */
export function emptyAgreementReview(id: string, reviewedBy: string, reviewedOn: string): AgreementReview {
  const blank = (): ClauseAssessment => ({ status: 'missing', clauseRef: '', comment: '' })
  const clauses = Object.fromEntries(MANDATORY_CLAUSE_KEYS.map((k) => [k, blank()]))
  const extras = Object.fromEntries(EXTRA_CLAUSE_KEYS.map((k) => [k, blank()]))
  return {
    id,
    agreementVersion: '',
    clauses: clauses as AgreementReview['clauses'],
    extras: {
      ...(extras as Omit<AgreementReview['extras'], 'breach_notice_hours'>),
      breach_notice_hours: { ...blank(), hours: null },
    },
    reviewedBy,
    reviewedOn,
    signedOff: null,
    outcome: null,
    notes: '',
    documentSha256: null,
  }
}

/** The form's starting point for a new agreement with the vendor: active, general authorisation, 30-day window. */
export function emptyAgreementFields(vendorId = ''): ProcessorAgreementFields {
  return {
    vendorId,
    title: '',
    version: '',
    signedOn: null,
    effectiveOn: null,
    expiresOn: null,
    noticePeriodDays: null,
    nextReviewOn: null,
    status: 'active',
    document: null,
    subProcessorAuthorisation: 'general',
    objectionWindowDays: 30,
    subProcessors: [],
    reviews: [],
    notes: '',
  }
}
