/**
 * A personal data breach record (Art 33(5): every breach is documented, notified or not). Field names follow
 * domain-reference §5.5; the ENISA assessment follows §5.3, the IMY notification §5.4, the subjects' side Art 34.
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDateTime, LongText, ShortText, ShortTextList } from '../kernel'
import { EDPB_CASE_TAGS } from './edpb-cases'

/** Which security property failed (several can): domain-reference §5.1. */
export const BreachTypeSchema = z.enum(['confidentiality', 'integrity', 'availability'])
export type BreachType = z.infer<typeof BreachTypeSchema>

/** What caused the breach. */
export const BreachCauseSchema = z.enum([
  'internal_accidental',
  'internal_malicious',
  'external_accidental',
  'external_malicious',
  'processor',
])
export type BreachCause = z.infer<typeof BreachCauseSchema>

/** ENISA ease of identification: negligible 0.25 · limited 0.5 · significant 0.75 · maximum 1 (§5.3). */
export const EaseOfIdentificationSchema = z.union([z.literal(0.25), z.literal(0.5), z.literal(0.75), z.literal(1)])
/** One ENISA circumstance-of-breach addend: none 0 · +0.25 · +0.5 (§5.3). */
export const CircumstanceScoreSchema = z.union([z.literal(0), z.literal(0.25), z.literal(0.5)])

/** ENISA severity band: < 2 low · 2–<3 medium · 3–<4 high · ≥ 4 very high. */
export const SeverityBandSchema = z.enum(['low', 'medium', 'high', 'very_high'])
export type SeverityBand = z.infer<typeof SeverityBandSchema>

/** The kinds of data behind ENISA's DPC base score: simple 1 · behavioural 2 · financial 3 · sensitive 4 (§5.3). */
export const DpcDataKindSchema = z.enum(['simple', 'behavioural', 'financial', 'sensitive'])

/** The inputs of `SE = DPC × EI + CB`. */
export const EnisaInputSchema = z.strictObject({
  /** Data processing context after adjustments, clamped 1–4. */
  dpc: z.number().min(1).max(4),
  /**
   * The kinds of data and the context adjustment the DPC was worked out from, kept so the assessment can be
   * reopened and explained. Older records lack them, hence the defaults.
   */
  dataKinds: z.array(DpcDataKindSchema).max(4).default([]),
  contextAdjustment: z.number().min(-3).max(3).default(0),
  ei: EaseOfIdentificationSchema,
  cb: z.strictObject({
    c: CircumstanceScoreSchema,
    i: CircumstanceScoreSchema,
    a: CircumstanceScoreSchema,
    malicious: z.boolean(),
  }),
})
/** The inputs as a form or test gives them: the DPC's basis may be left out (it defaults to none recorded). */
export type EnisaInput = z.input<typeof EnisaInputSchema>

/** A stored ENISA assessment: inputs plus the score and band saved with them, so a report shows what was decided. */
export const EnisaAssessmentSchema = EnisaInputSchema.extend({
  se: z.number().min(0),
  band: SeverityBandSchema,
})
export type EnisaAssessment = z.infer<typeof EnisaAssessmentSchema>

/** The DPO's risk conclusion: none → document only; risk → notify IMY; high → also tell the subjects (Art 33, 34). */
export const RiskLevelSchema = z.enum(['none', 'risk', 'high'])
export type RiskLevel = z.infer<typeof RiskLevelSchema>

/** Whether IMY is notified: `pending` until assessed, `not_required` = unlikely to result in a risk (Art 33(1)). */
export const ImyDecisionSchema = z.enum(['pending', 'notify', 'not_required'])
export type ImyDecision = z.infer<typeof ImyDecisionSchema>

/** A supplement sent to IMY after a phased notification (Art 33(4); IMY asks for it within four weeks). */
export const BreachSupplementSchema = z.strictObject({
  sentAt: IsoDateTime,
  summary: LongText,
})

/** The notification to IMY (domain-reference §5.4). */
export const ImyNotificationSchema = z.strictObject({
  decision: ImyDecisionSchema,
  notifiedAt: IsoDateTime.nullable(),
  /** IMY's diarienummer once the case is registered. */
  caseNo: ShortText,
  /** Art 33(1): a notification after 72 h must give the reasons for the delay. */
  delayReason: LongText,
  /** Art 33(3)(b): the DPO or other contact point given in the notification. */
  contactPoint: ShortText,
  /** Art 33(4): information still to come in a later phase. */
  phased: z.boolean(),
  phaseCompletedAt: IsoDateTime.nullable(),
  supplements: z.array(BreachSupplementSchema).max(50),
  /** The free text prepared for IMY's e-service; scanned for terms that need a secrecy request (check 35). */
  draft: LongText,
  /** What in the notification should be kept secret under OSL (2009:400) and why (§5.4). */
  secrecyRequest: LongText,
})
export type ImyNotification = z.infer<typeof ImyNotificationSchema>

/** What is decided about telling the data subjects (Art 34; 34(3)(a)–(c) exemptions). */
export const SubjectsDecisionSchema = z.enum([
  'pending',
  'inform',
  'not_high_risk',
  'art34_3_a',
  'art34_3_b',
  'art34_3_c',
])
export type SubjectsDecision = z.infer<typeof SubjectsDecisionSchema>

/** Communication to the data subjects. */
export const SubjectsCommunicationSchema = z.strictObject({
  decision: SubjectsDecisionSchema,
  informedAt: IsoDateTime.nullable(),
  plannedAt: IsoDateTime.nullable(),
  channel: ShortText,
  /** Why subjects were not (yet) told: required with a 34(3) exemption. */
  reasoning: LongText,
})
export type SubjectsCommunication = z.infer<typeof SubjectsCommunicationSchema>

/** One dated event in the breach's history ("10:05 processor called", "11:30 passwords reset"). */
export const TimelineEntrySchema = z.strictObject({
  at: IsoDateTime,
  text: LongText,
})
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>

/** The fields of a breach the DPO edits (everything but identity and timestamps). */
export const BreachFieldsSchema = z.strictObject({
  title: ShortText.min(1),
  occurredFrom: IsoDateTime.nullable(),
  occurredTo: IsoDateTime.nullable(),
  detectedAt: IsoDateTime.nullable(),
  /**
   * When the organisation became aware (reasonable certainty that personal data were compromised, EDPB 9/2022):
   * the 72 h start here. `null` while a short initial investigation is still establishing that.
   */
  awareAt: IsoDateTime.nullable(),
  howDiscovered: LongText,
  types: z.array(BreachTypeSchema).max(3),
  cause: BreachCauseSchema.nullable(),
  /** The vendor (processor) whose processing failed, if any; also listed in `vendorIds`. */
  processorRef: z.uuid().nullable(),
  processorReportedAt: IsoDateTime.nullable(),
  description: LongText,
  dataCategories: ShortTextList,
  /** Art 9(1) special categories involved. */
  special: z.boolean(),
  /** Art 10 criminal-offence data involved. */
  art10: z.boolean(),
  /** Personnummer or samordningsnummer involved (dataskyddslagen 3 kap. 10 §). */
  identityNumbers: z.boolean(),
  subjectGroups: ShortTextList,
  approxSubjects: z.int().min(0).nullable(),
  approxRecords: z.int().min(0).nullable(),
  consequences: LongText,
  enisa: EnisaAssessmentSchema.nullable(),
  riskLevel: RiskLevelSchema.nullable(),
  /** The reasoning behind the risk level; required when IMY is not notified (Art 33(5)). */
  reasoning: LongText,
  imy: ImyNotificationSchema,
  subjects: SubjectsCommunicationSchema,
  measuresTaken: ShortTextList,
  measuresPlanned: ShortTextList,
  /** Facts matching the EDPB 01/2021 example cases, for the "similar cases" guidance (§5.2). */
  facts: z.array(z.enum(EDPB_CASE_TAGS)).max(EDPB_CASE_TAGS.length).default([]),
  /** Subjects in several Member States (cross-border form, lead authority). */
  crossBorder: z.boolean(),
  closedAt: IsoDateTime.nullable(),
  timeline: z.array(TimelineEntrySchema).max(1000),
  activityIds: z.array(z.uuid()).max(500),
  vendorIds: z.array(z.uuid()).max(500),
})
export type BreachFields = z.infer<typeof BreachFieldsSchema>

/** A stored breach: the edited fields plus id, timestamps and revision. */
export const BreachSchema = EntityBaseSchema.extend(BreachFieldsSchema.shape)
export type Breach = z.infer<typeof BreachSchema>

/** A blank breach as the "new breach" form starts it: nothing decided, nothing notified. */
export function emptyBreachFields(title: string): BreachFields {
  return {
    title,
    occurredFrom: null,
    occurredTo: null,
    detectedAt: null,
    awareAt: null,
    howDiscovered: '',
    types: [],
    cause: null,
    processorRef: null,
    processorReportedAt: null,
    description: '',
    dataCategories: [],
    special: false,
    art10: false,
    identityNumbers: false,
    subjectGroups: [],
    approxSubjects: null,
    approxRecords: null,
    consequences: '',
    enisa: null,
    riskLevel: null,
    reasoning: '',
    imy: {
      decision: 'pending',
      notifiedAt: null,
      caseNo: '',
      delayReason: '',
      contactPoint: '',
      phased: false,
      phaseCompletedAt: null,
      supplements: [],
      draft: '',
      secrecyRequest: '',
    },
    subjects: { decision: 'pending', informedAt: null, plannedAt: null, channel: '', reasoning: '' },
    measuresTaken: [],
    measuresPlanned: [],
    facts: [],
    crossBorder: false,
    closedAt: null,
    timeline: [],
    activityIds: [],
    vendorIds: [],
  }
}
