/**
 * The views build message keys from enum values (`breaches.stages.${stage}` …); a value added to a shared schema
 * without its message would show the raw key. This checks every such key exists, for issue 6's three features.
 */
import { describe, expect, it } from 'vitest'
import {
  BreachCauseSchema,
  BreachTypeSchema,
  EDPB_CASE_TAGS,
  ImyDecisionSchema,
  RiskLevelSchema,
  SubjectsDecisionSchema,
  type BreachClockState,
  type BreachStage,
} from '@shared/breaches'
import {
  ComplaintKindSchema,
  ComplaintOutcomeSchema,
  ComplaintStatusSchema,
  ComplaintTypeSchema,
} from '@shared/complaints'
import { RefusalKindSchema, RequestChannelSchema, RequestStatusSchema, RequestTypeSchema } from '@shared/requests'
import { MESSAGES } from '@/app/i18n'

const STAGES: BreachStage[] = [
  'investigating',
  'assessing',
  'to_notify',
  'supplement_due',
  'notified',
  'documented',
  'closed',
]
const CLOCKS: BreachClockState[] = [
  'not_started',
  'running',
  'overdue',
  'notified_on_time',
  'notified_late',
  'not_required',
]

const lookup = (lang: 'sv' | 'en', key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], MESSAGES[lang])

const keys: [string, readonly string[]][] = [
  ['breaches.stages', STAGES],
  ['breaches.clock', CLOCKS],
  ['breaches.decisions', ImyDecisionSchema.options],
  ['breaches.risk', RiskLevelSchema.options],
  ['breaches.subjects', SubjectsDecisionSchema.options],
  ['breaches.types', BreachTypeSchema.options],
  ['breaches.causes', BreachCauseSchema.options],
  ['breaches.facts', EDPB_CASE_TAGS],
  ['breaches.bands', ['low', 'medium', 'high', 'very_high']],
  ['breaches.enisa.ei', ['25', '50', '75', '100']],
  ['requests.types', RequestTypeSchema.options],
  ['requests.statuses', RequestStatusSchema.options],
  ['requests.channels', RequestChannelSchema.options],
  ['requests.refusalKinds', RefusalKindSchema.options],
  ['requests.deadline.responded', RequestStatusSchema.options],
  ['requests.steps', ['extend', 'answer', 'refuse']],
  ['complaints.kinds', ComplaintKindSchema.options],
  ['complaints.types', ComplaintTypeSchema.options],
  ['complaints.statuses', ComplaintStatusSchema.options],
  ['complaints.outcomes', ComplaintOutcomeSchema.options],
  ['complaints.urgency', ['reply_overdue', 'reply_due_soon', 'open', 'closed']],
  ['complaints.documents.refused', ['empty', 'too_large', 'unsupported']],
]

describe('messages for every enum value shown (issue 6)', () => {
  it.each(keys)('%s has a message for each value in both languages', (prefix, values) => {
    for (const lang of ['sv', 'en'] as const) {
      const missing = values.filter((v) => lookup(lang, `${prefix}.${v}`) === undefined)
      expect(missing, `${lang} ${prefix}`).toEqual([])
    }
  })
})
