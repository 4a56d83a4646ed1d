/**
 * The frame of a check over one collection of case records (breaches, requests, complaints). Those modules'
 * predicates return a finding or null with a message only; the spec adds the severity, the way to fix it and
 * the field to open, so each predicate becomes one documented check definition.
 */
import type { Breach } from '../breaches'
import type { Complaint } from '../complaints'
import type { DataSubjectRequest } from '../requests'
import {
  defineCheck,
  namespacedCode,
  type CheckContext,
  type CheckDefinition,
  type FindingDraft,
  type Localised,
  type Severity,
} from './finding'

/** What the breach, request and complaint predicates return. */
export interface CaseFinding {
  code: string
  check: number
  article: string
  message: Localised
}

/** The case records by collection. */
export interface CaseRecords {
  breaches: Breach
  requests: DataSubjectRequest
  complaints: Complaint
}

/** A check over one case collection: its metadata, the module predicate, and what the adapter adds. */
export interface CaseCheckSpec<K extends keyof CaseRecords> {
  collection: K
  code: string
  title: Localised
  description: Localised
  rule: string
  reference: number
  predicate: (record: CaseRecords[K], context: CheckContext) => CaseFinding | null
  severity: Severity | ((record: CaseRecords[K], context: CheckContext) => Severity)
  fix: Localised
  field: string
}

const LABELS: { [K in keyof CaseRecords]: (r: CaseRecords[K]) => string } = {
  breaches: (b) => b.title,
  requests: (r) => (r.reference.trim() ? r.reference : `${r.requester || r.type} (${r.receivedAt})`),
  complaints: (c) => c.title,
}

/** One check definition around one module predicate. */
export function defineCaseCheck<K extends keyof CaseRecords>(spec: CaseCheckSpec<K>): CheckDefinition {
  const { collection, code, title, description, rule, reference } = spec
  const label = LABELS[collection] as (r: CaseRecords[K]) => string
  return defineCheck({ code, module: collection, title, description, rule, reference }, (snapshot, context) =>
    (snapshot[collection] as CaseRecords[K][]).flatMap((record): FindingDraft[] => {
      const f = spec.predicate(record, context)
      if (!f) return []
      const severity = typeof spec.severity === 'function' ? spec.severity(record, context) : spec.severity
      return [
        {
          code: namespacedCode(collection, f.code),
          severity,
          rule: f.article,
          entity: { collection, id: record.id, label: label(record) },
          activityIds: [...record.activityIds],
          field: spec.field,
          message: f.message,
          fix: spec.fix,
        },
      ]
    }),
  )
}
