/**
 * Test fixtures: a complete breach in the shape IMY expects, from which tests remove or change single facts.
 * Not exported from index.ts; tests import it directly.
 */
import { emptyBreachFields, type Breach, type BreachFields } from './breach.schema'

/** The domain-reference §6.3 example: aware Fri 19 Jun 2026 14:20, notified on time, everything filled in. */
export function notifiedBreach(overrides: Partial<BreachFields> = {}): Breach {
  const base = emptyBreachFields('Lost laptop, payroll export')
  return {
    id: '7f1c2b8e-4d3a-4b6e-9a51-0c2d3e4f5a6b',
    createdAt: '2026-06-19T12:30:00.000Z',
    updatedAt: '2026-06-20T08:00:00.000Z',
    revision: 3,
    ...base,
    awareAt: '2026-06-19T14:20:00+02:00',
    detectedAt: '2026-06-19T13:55:00+02:00',
    types: ['confidentiality'],
    cause: 'internal_accidental',
    description: 'An unencrypted laptop with a payroll export was left on a train.',
    dataCategories: ['name', 'salary', 'bank account'],
    subjectGroups: ['employees'],
    approxSubjects: 120,
    approxRecords: 120,
    consequences: 'Possible fraud and loss of confidentiality of salaries.',
    enisa: {
      dpc: 3,
      dataKinds: ['financial'],
      contextAdjustment: 0,
      ei: 1,
      cb: { c: 0.25, i: 0, a: 0, malicious: false },
      se: 3.25,
      band: 'high',
    },
    riskLevel: 'high',
    reasoning: 'Financial data of identifiable employees on an unencrypted device.',
    imy: {
      ...base.imy,
      decision: 'notify',
      notifiedAt: '2026-06-20T09:00:00+02:00',
      contactPoint: 'DPO, dpo@example.se',
      draft: 'Laptop with salary data lost on a train.',
    },
    subjects: {
      decision: 'inform',
      informedAt: '2026-06-20T12:00:00+02:00',
      plannedAt: null,
      channel: 'e-mail',
      reasoning: '',
    },
    measuresTaken: ['Remote wipe requested', 'Bank informed'],
    measuresPlanned: ['Full-disk encryption on all laptops'],
    ...overrides,
  }
}
