/**
 * DPIA screening (Art 35): does a processing activity need a data protection impact assessment
 * (konsekvensbedömning)? The screening records answers to the nine WP248 criteria (endorsed by the EDPB),
 * the Art 35(3) cases, and items of IMY's Art 35(4) list, plus the result and its reasons as screened.
 */
import { z } from 'zod'
import { EntityBaseSchema, IsoDate, LongText, ShortText } from '../kernel'

/** The nine criteria of the WP248 DPIA guidelines; two or more usually mean a DPIA is required. */
export const Wp248CriterionSchema = z.enum([
  'evaluation_scoring',
  'automated_decision_legal_effect',
  'systematic_monitoring',
  'sensitive_or_highly_personal',
  'large_scale',
  'matching_combining',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_right_or_service',
])
export type Wp248Criterion = z.infer<typeof Wp248CriterionSchema>

/** The three cases where Art 35(3) itself requires a DPIA. */
export const Art35_3CaseSchema = z.enum([
  'a_systematic_extensive_evaluation',
  'b_large_scale_special_or_criminal',
  'c_public_area_monitoring_large_scale',
])
export type Art35_3Case = z.infer<typeof Art35_3CaseSchema>

/** Items of IMY's list of processing that requires a DPIA (Art 35(4)); texts in `IMY_DPIA_LIST`. */
export const ImyListItemSchema = z.enum([
  'large_scale_health_or_genetic',
  'biometric_identification',
  'employee_monitoring',
  'location_tracking',
  'children_profiling_or_marketing',
  'creditworthiness_or_insurance_scoring',
  'combining_registers',
  'new_technology_behaviour_analysis',
  'camera_surveillance_public',
  'collected_without_notice',
])
export type ImyListItem = z.infer<typeof ImyListItemSchema>

/** One criterion: met or not, and why (the note is what IMY would read). */
export const DpiaCriterionAnswerSchema = z.strictObject({
  met: z.boolean(),
  note: LongText,
})
export type DpiaCriterionAnswer = z.infer<typeof DpiaCriterionAnswerSchema>

const criterionAnswers = Object.fromEntries(
  Wp248CriterionSchema.options.map((c) => [c, DpiaCriterionAnswerSchema]),
) as Record<Wp248Criterion, typeof DpiaCriterionAnswerSchema>

/** What the DPO answered; `screenDpia` turns it into a result. */
export const DpiaScreeningAnswersSchema = z.strictObject({
  criteria: z.strictObject(criterionAnswers),
  art35_3: z.array(Art35_3CaseSchema).max(3),
  imyListItems: z.array(ImyListItemSchema).max(ImyListItemSchema.options.length),
})
export type DpiaScreeningAnswers = z.infer<typeof DpiaScreeningAnswersSchema>

/** A fresh screening with nothing ticked. */
export function emptyDpiaScreeningAnswers(): DpiaScreeningAnswers {
  const criteria = Object.fromEntries(Wp248CriterionSchema.options.map((c) => [c, { met: false, note: '' }]))
  return { criteria: criteria as DpiaScreeningAnswers['criteria'], art35_3: [], imyListItems: [] }
}

/** The screening's conclusion. */
export const DpiaResultSchema = z.enum(['required', 'recommended', 'not_required'])
export type DpiaResult = z.infer<typeof DpiaResultSchema>

/** A message for the DPO in both UI languages. */
export const DpiaTextSchema = z.strictObject({ sv: z.string(), en: z.string() })
export type DpiaText = z.infer<typeof DpiaTextSchema>

/** One reason for the result. */
export const DpiaReasonSchema = z.strictObject({ code: z.string(), text: DpiaTextSchema })
export type DpiaReason = z.infer<typeof DpiaReasonSchema>

/** A screening as stored: the answers, and the result and reasons as they were at screening time. */
export const DpiaScreeningSchema = z.strictObject({
  ...EntityBaseSchema.shape,
  activityId: z.uuid(),
  answers: DpiaScreeningAnswersSchema,
  result: DpiaResultSchema,
  reasons: z.array(DpiaReasonSchema),
  screenedBy: ShortText.min(1),
  screenedOn: IsoDate,
  note: LongText,
})
export type DpiaScreening = z.infer<typeof DpiaScreeningSchema>

/** A screening's fields without bookkeeping (id, timestamps, revision), as the audited repository validates them. */
export const DpiaScreeningFieldsSchema = DpiaScreeningSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
})
export type DpiaScreeningFields = z.infer<typeof DpiaScreeningFieldsSchema>
