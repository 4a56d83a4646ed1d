/**
 * The legitimate interest assessment (intresseavvägning) for Art 6(1)(f), shaped after the questionnaire in
 * domain-reference §2.2, which follows the three steps of EDPB Guidelines 1/2024 (interest, necessity, balancing)
 * plus the Art 21 objection and notice questions.
 *
 * Every answer is nullable: `null` means "not answered yet", so a draft can be saved half-way and
 * `deriveLiaOutcome` can say `incomplete` instead of guessing. An empty list is an answer ("none").
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, IsoDateTime, LongText, ShortText } from '../kernel'

/** Whose interest is pursued (§2.2 question 1.1): the controller's own or a named third party's. */
export const LiaInterestHolderSchema = z.enum(['controller', 'third_party'])
export type LiaInterestHolder = z.infer<typeof LiaInterestHolderSchema>

/** Data types that weigh in the balancing (§2.2 question 3.1). */
export const LiaDataTypeSchema = z.enum([
  'special_category',
  'criminal_offence',
  'financial',
  'location',
  'identity_number',
])
export type LiaDataType = z.infer<typeof LiaDataTypeSchema>

/** Groups of data subjects (§2.2 question 3.2); children, employees and vulnerable people weigh more (§2.1). */
export const LiaSubjectGroupSchema = z.enum([
  'children',
  'employees',
  'vulnerable',
  'customers',
  'prospective_customers',
  'members',
  'suppliers',
  'website_visitors',
  'general_public',
  'other',
])
export type LiaSubjectGroup = z.infer<typeof LiaSubjectGroupSchema>

/** The relationship between controller and data subjects (§2.2 question 3.4). */
export const LiaRelationshipKindSchema = z.enum([
  'customer',
  'employee',
  'member',
  'supplier_contact',
  'prospective_customer',
  'no_direct_relationship',
  'other',
])
export type LiaRelationshipKind = z.infer<typeof LiaRelationshipKindSchema>

/** How unequal the parties are; an employer or a dominant supplier weighs against the controller (§2.1). */
export const LiaPowerImbalanceSchema = z.enum(['none', 'some', 'significant'])
export type LiaPowerImbalance = z.infer<typeof LiaPowerImbalanceSchema>

/** Whether the data subjects could reasonably expect the processing (§2.2 question 3.5, Recital 47). */
export const LiaExpectationSchema = z.enum(['yes', 'partly', 'no'])
export type LiaExpectation = z.infer<typeof LiaExpectationSchema>

/** A 1–4 rating; 4 is the worst (likelihood "almost certain", severity "maximum"). */
export const LiaRatingSchema = z.int().min(1).max(4)

/** §2.2 question 1.1: the interest, in words, and whose it is. */
export const LiaInterestSchema = z.strictObject({
  description: LongText,
  holder: LiaInterestHolderSchema,
  /** Required when `holder` is `third_party`: the interest must be attributable to someone named. */
  thirdPartyName: ShortText,
})
export type LiaInterest = z.infer<typeof LiaInterestSchema>

/** One less intrusive way of reaching the interest that was considered (§2.2 question 2.2). */
export const LiaAlternativeSchema = z.strictObject({
  description: LongText,
  /** True means necessity fails: a reasonable, equally effective, less intrusive way exists (§2.1 step 2). */
  equallyEffective: z.boolean(),
  whyRejected: LongText,
})
export type LiaAlternative = z.infer<typeof LiaAlternativeSchema>

/** §2.2 question 2.2: the alternatives and the overall reasoning. */
export const LiaAlternativesSchema = z.strictObject({
  alternatives: z.array(LiaAlternativeSchema).max(50),
  reasoning: LongText,
})
export type LiaAlternatives = z.infer<typeof LiaAlternativesSchema>

/** §2.2 question 2.3: one data category and whether it is needed for the interest (minimisation). */
export const LiaCategoryJustificationSchema = z.strictObject({
  category: ShortText.min(1),
  justified: z.boolean(),
  justification: LongText,
})
export type LiaCategoryJustification = z.infer<typeof LiaCategoryJustificationSchema>

/** §2.2 question 3.3: scale in numbers and words. */
export const LiaScaleSchema = z.strictObject({
  approxPeople: z.int().min(0).nullable(),
  approxRecords: z.int().min(0).nullable(),
  duration: ShortText,
  combinedWith: LongText,
})
export type LiaScale = z.infer<typeof LiaScaleSchema>

/** §2.2 question 3.4. */
export const LiaRelationshipSchema = z.strictObject({
  kind: LiaRelationshipKindSchema,
  powerImbalance: LiaPowerImbalanceSchema,
  note: LongText,
})
export type LiaRelationship = z.infer<typeof LiaRelationshipSchema>

/** §2.2 question 3.5; the mitigations named here are the ones that change what people can expect. */
export const LiaReasonableExpectationsSchema = z.strictObject({
  answer: LiaExpectationSchema,
  evidence: LongText,
  changedByMitigationIds: z.array(z.uuid()).max(50),
})
export type LiaReasonableExpectations = z.infer<typeof LiaReasonableExpectationsSchema>

/** §2.2 question 3.6: one possible impact on the data subjects, rated before mitigation. */
export const LiaImpactSchema = z.strictObject({
  description: LongText,
  likelihood: LiaRatingSchema,
  severity: LiaRatingSchema,
  /** Ids of entries in `mitigations` (question 3.7) that address this impact. */
  mitigatedBy: z.array(z.uuid()).max(50),
})
export type LiaImpact = z.infer<typeof LiaImpactSchema>

/** §2.2 question 3.7: a safeguard going beyond what the GDPR already requires (§2.1). */
export const LiaMitigationSchema = z.strictObject({
  id: z.uuid(),
  description: LongText,
})
export type LiaMitigation = z.infer<typeof LiaMitigationSchema>

/** §2.2 question 3.8: the Art 21 objection process, and for direct marketing the absolute opt-out. */
export const LiaObjectionProcessSchema = z.strictObject({
  processInPlace: z.boolean(),
  ref: ShortText,
  /** Art 21(2)–(3): objection to direct marketing is absolute, so it needs its own opt-out. */
  directMarketing: z.boolean(),
  marketingOptOut: z.boolean(),
})
export type LiaObjectionProcess = z.infer<typeof LiaObjectionProcessSchema>

/** §2.2 question 3.9: Art 13(1)(d) / 14(2)(b) require the interest to be stated in the notice. */
export const LiaPrivacyNoticeSchema = z.strictObject({
  stated: z.boolean(),
  link: ShortText,
})
export type LiaPrivacyNotice = z.infer<typeof LiaPrivacyNoticeSchema>

/**
 * All answers, keyed by question id (see `LIA_QUESTIONS` for numbers, steps and labels). The key is the
 * question id, so a diff or the UI can walk answers and questions together.
 */
export const LiaAnswersSchema = z.strictObject({
  publicAuthorityTask: z.boolean().nullable(), // 0.1
  interest: LiaInterestSchema.nullable(), // 1.1
  interestLawful: z.boolean().nullable(), // 1.2
  interestPreciselyArticulated: z.boolean().nullable(), // 1.3
  interestRealAndPresent: z.boolean().nullable(), // 1.4
  howProcessingAchievesInterest: LongText.nullable(), // 2.1
  lessIntrusiveAlternatives: LiaAlternativesSchema.nullable(), // 2.2
  dataCategoriesJustified: z.array(LiaCategoryJustificationSchema).max(200).nullable(), // 2.3
  dataTypes: z.array(LiaDataTypeSchema).max(20).nullable(), // 3.1
  subjectGroups: z.array(LiaSubjectGroupSchema).max(20).nullable(), // 3.2
  scale: LiaScaleSchema.nullable(), // 3.3
  relationship: LiaRelationshipSchema.nullable(), // 3.4
  reasonableExpectations: LiaReasonableExpectationsSchema.nullable(), // 3.5
  impacts: z.array(LiaImpactSchema).max(100).nullable(), // 3.6
  mitigations: z.array(LiaMitigationSchema).max(100).nullable(), // 3.7
  objectionProcess: LiaObjectionProcessSchema.nullable(), // 3.8
  privacyNotice: LiaPrivacyNoticeSchema.nullable(), // 3.9
})
export type LiaAnswers = z.infer<typeof LiaAnswersSchema>

/** The id of one question, which is also its key in `LiaAnswers`. */
export type LiaQuestionId = keyof LiaAnswers

/** A fresh, unanswered questionnaire. */
export function emptyLiaAnswers(): LiaAnswers {
  return {
    publicAuthorityTask: null,
    interest: null,
    interestLawful: null,
    interestPreciselyArticulated: null,
    interestRealAndPresent: null,
    howProcessingAchievesInterest: null,
    lessIntrusiveAlternatives: null,
    dataCategoriesJustified: null,
    dataTypes: null,
    subjectGroups: null,
    scale: null,
    relationship: null,
    reasonableExpectations: null,
    impacts: null,
    mitigations: null,
    objectionProcess: null,
    privacyNotice: null,
  }
}

/** What the rules conclude (§2.2 "Outcome"); `incomplete` until every required answer is given. */
export const LiaOutcomeSchema = z.enum(['passes', 'passes_with_mitigations', 'fails', 'incomplete'])
export type LiaOutcome = z.infer<typeof LiaOutcomeSchema>

/** An outcome the DPO may decide on; "incomplete" is a state, not a decision. */
export const LiaDecidedOutcomeSchema = z.enum(['passes', 'passes_with_mitigations', 'fails'])
export type LiaDecidedOutcome = z.infer<typeof LiaDecidedOutcomeSchema>

/** A message for the DPO in both UI languages. */
export const LocalisedTextSchema = z.strictObject({ sv: z.string(), en: z.string() })
export type LocalisedText = z.infer<typeof LocalisedTextSchema>

/** One reason behind a derived outcome; `questionId` points the UI at the answer that caused it. */
export const LiaReasonSchema = z.strictObject({
  code: z.string(),
  text: LocalisedTextSchema,
  questionId: z.string().optional(),
})
export type LiaReason = z.infer<typeof LiaReasonSchema>

/** What `deriveLiaOutcome` returns, and what a version stores so its outcome never changes afterwards. */
export const LiaDerivationSchema = z.strictObject({
  outcome: LiaOutcomeSchema,
  reasons: z.array(LiaReasonSchema),
  /** Everything that must be mitigated before the LIA can pass, whatever the outcome. */
  requiredMitigations: z.array(LiaReasonSchema),
})
export type LiaDerivation = z.infer<typeof LiaDerivationSchema>

/** The DPO's decision against the derived outcome; both stay visible, and a reason is mandatory. */
export const LiaOverrideSchema = z.strictObject({
  outcome: LiaDecidedOutcomeSchema,
  justification: LongText.min(1),
  by: ShortText.min(1),
  at: IsoDateTime,
})
export type LiaOverride = z.infer<typeof LiaOverrideSchema>

/** DPO sign-off (§2.2 step 4), recording the outcome that was signed. */
export const LiaSignOffSchema = z.strictObject({
  by: ShortText.min(1),
  at: IsoDateTime,
  outcome: LiaDecidedOutcomeSchema,
})
export type LiaSignOff = z.infer<typeof LiaSignOffSchema>

/** Draft while being worked on; signed off once the DPO has signed. */
export const LiaStatusSchema = z.enum(['draft', 'signed_off'])
export type LiaStatus = z.infer<typeof LiaStatusSchema>

const LiaFields = z.strictObject({
  ...EntityBaseSchema.shape,
  /** Processing activities (register entries) this assessment covers. */
  activityIds: z.array(z.uuid()).max(100),
  /** Purposes it covers; empty means every purpose of the listed activities. */
  purposeIds: z.array(z.uuid()).max(100),
  /** Increases by one each time a version snapshot is taken. */
  version: z.int().min(1),
  author: ShortText.min(1),
  reviewer: ShortText,
  status: LiaStatusSchema,
  answers: LiaAnswersSchema,
  /** §2.2 step 4: the written reasoning behind the outcome. */
  outcomeReasoning: LongText,
  /** §2.2 step 4: whether the balancing showed a DPIA is needed (null: not decided). */
  dpiaNeeded: z.boolean().nullable(),
  outcomeOverride: LiaOverrideSchema.nullable(),
  signOff: LiaSignOffSchema.nullable(),
  /** §2.2: re-review at least yearly; null means "a year after sign-off". */
  nextReviewOn: IsoDate.nullable(),
})

const SIGNED_OFF_NEEDS_SIGN_OFF = { message: 'a signed-off LIA needs a sign-off', path: ['signOff'] }
const hasSignOffIfSigned = (lia: { status: LiaStatus; signOff: LiaSignOff | null }): boolean =>
  lia.status === 'draft' || lia.signOff !== null

/** A legitimate interest assessment as stored. A signed-off LIA must carry its sign-off. */
export const LegitimateInterestAssessmentSchema = LiaFields.refine(hasSignOffIfSigned, SIGNED_OFF_NEEDS_SIGN_OFF)
export type LegitimateInterestAssessment = z.infer<typeof LegitimateInterestAssessmentSchema>

/**
 * The fields the audited repository validates on every write: the record without its bookkeeping (id,
 * timestamps, revision), which the repository stamps itself.
 */
export const LiaRecordFieldsSchema = LiaFields.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
}).refine(hasSignOffIfSigned, SIGNED_OFF_NEEDS_SIGN_OFF)
export type LiaRecordFields = z.infer<typeof LiaRecordFieldsSchema>

/**
 * An immutable snapshot of an LIA at one version: its answers, the outcome derived at that moment, and who
 * saved it when. Stored append-only so the DPO can show IMY what was decided and compare versions.
 */
export const LiaVersionSchema = z
  .strictObject({
    id: z.uuid(),
    liaId: z.uuid(),
    version: z.int().min(1),
    activityIds: z.array(z.uuid()).max(100),
    purposeIds: z.array(z.uuid()).max(100),
    answers: LiaAnswersSchema,
    derived: LiaDerivationSchema,
    outcomeOverride: LiaOverrideSchema.nullable(),
    signOff: LiaSignOffSchema.nullable(),
    savedBy: ShortText.min(1),
    savedAt: IsoDateTime,
  })
  .readonly()
export type LiaVersion = z.infer<typeof LiaVersionSchema>
