/**
 * Builders for the checks' tests: a workspace that raises no finding at all, and complete records of each
 * kind, which a test then breaks in the one place it is about. Not exported from index.ts.
 */
import { emptyCollections, type WorkspaceData } from '../backup/workspace.schema'
import { notifiedBreach } from '../breaches/fixtures'
import { newComplaintFields, type Complaint } from '../complaints'
import { signedOffLia } from '../lia/lia.fixtures'
import type { Organisation } from '../organisation'
import { activeAgreement } from '../processors/fixtures'
import { emptyActivityFields, type ActivityFields, type ProcessingActivity } from '../register'
import { newRequestFields, type DataSubjectRequest, type DataSubjectRequestFields } from '../requests'
import { sccTransfer } from '../transfers/fixtures'
import { emptyVendorFields, type Vendor, type VendorFields } from '../vendors'
import type { CheckContext, Finding } from './finding'

/** Monday 15 June 2026, 10:00 in Stockholm. */
export const CONTEXT: CheckContext = { today: '2026-06-15', now: new Date('2026-06-15T10:00:00+02:00') }

/** Fixed ids so findings can be asserted by entity. */
export const IDS = {
  activity: '1c8f6e4d-69b2-4a1b-8a6f-2d3e4f5a6b71',
  purpose: '2d907f5e-7ac3-4b2c-9b70-3e4f5a6b7c82',
  otherPurpose: '3ea18a6f-8bd4-4c3d-8c81-4f5a6b7c8d93',
  vendor: '22222222-2222-4222-8222-222222222222',
  agreement: '33333333-3333-4333-8333-333333333333',
  transfer: '11111111-1111-4111-8111-111111111111',
  request: '77777777-7777-4777-8777-777777777777',
  complaint: '88888888-8888-4888-8888-888888888888',
  screening: '99999999-9999-4999-8999-999999999999',
} as const

const STAMP = { createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z', revision: 1 }

/** An organisation with every contact the register needs. */
export function fullOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    name: 'Exempel AB',
    orgNumber: '556000-0000',
    address: 'Storgatan 1',
    postalCode: '111 11',
    city: 'Stockholm',
    country: 'SE',
    email: 'info@exempel.se',
    phone: '08-000 00 00',
    dpoName: 'Dana Dataskydd',
    dpoEmail: 'dso@exempel.se',
    dpoPhone: '',
    representative: '',
    publicAuthority: false,
    ...overrides,
  }
}

/** An active payroll activity with every Art 30 field filled in and nothing for any check to object to. */
export function completeActivity(overrides: Partial<ActivityFields> & { id?: string } = {}): ProcessingActivity {
  const { id = IDS.activity, ...fields } = overrides
  return {
    ...STAMP,
    id,
    ...emptyActivityFields(),
    name: 'Lönehantering',
    status: 'active',
    purposes: [
      {
        id: IDS.purpose,
        description: 'Betala ut lön',
        legalBasis: 'b_contract',
        legitimateInterest: '',
        legalReference: '',
      },
    ],
    dataSubjectCategories: ['Anställda'],
    personalDataCategories: ['Kontaktuppgifter', 'Lön'],
    recipients: [{ name: 'Skatteverket', kind: 'authority', country: 'SE', vendorId: null }],
    retention: [
      { dataCategory: 'Lön', period: 'P2Y', criterion: '', trigger: 'end_of_relationship', legalReference: '' },
    ],
    securityMeasures: 'Behörighetsstyrning och loggning.',
    dpia: { status: 'not_needed', reference: 'Ingen hög risk' },
    nextReviewOn: '2027-01-01',
    ...fields,
  }
}

/** A workspace that raises nothing: a full organisation and the given records. */
export function workspace(
  records: Partial<Omit<WorkspaceData, 'organisation'>> & { organisation?: Organisation } = {},
): WorkspaceData {
  return { ...emptyCollections(), auditLog: [], ...records, organisation: records.organisation ?? fullOrganisation() }
}

/** A Swedish processor vendor. */
export function vendor(overrides: Partial<VendorFields> & { id?: string } = {}): Vendor {
  const { id = IDS.vendor, ...fields } = overrides
  return { ...STAMP, id, ...emptyVendorFields(), name: 'Acme Cloud Inc.', ...fields }
}

type WithId<T> = T & { id?: string }

/** The processors module's active, fully reviewed agreement with the vendor, as a stored record. */
export function agreement({ id, ...overrides }: WithId<Parameters<typeof activeAgreement>[0] & object> = {}) {
  const a = { ...STAMP, ...activeAgreement(overrides) }
  return id === undefined ? a : { ...a, id }
}

/** The transfers module's SCC transfer with a complete TIA, as a stored record. */
export function transfer({ id, ...overrides }: WithId<Parameters<typeof sccTransfer>[0] & object> = {}) {
  const t = { ...STAMP, ...sccTransfer(overrides) }
  return id === undefined ? t : { ...t, id }
}

/** The LIA module's signed-off, passing LIA covering the activity's purpose. */
export function lia(overrides: Parameters<typeof signedOffLia>[0] = {}) {
  return signedOffLia({ activityIds: [IDS.activity], purposeIds: [IDS.purpose], ...overrides })
}

/** The breach module's complete, timely notified breach. */
export function breach({ id, ...overrides }: WithId<Parameters<typeof notifiedBreach>[0] & object> = {}) {
  const b = notifiedBreach(overrides)
  return id === undefined ? b : { ...b, id }
}

/** An access request received on 2026-06-01 and answered on time. */
export function request(overrides: WithId<Partial<DataSubjectRequestFields>> = {}): DataSubjectRequest {
  return {
    ...STAMP,
    id: IDS.request,
    ...newRequestFields('access', '2026-06-01', 'electronic'),
    reference: 'DSR-1',
    status: 'answered',
    respondedAt: '2026-06-10',
    ...overrides,
  }
}

/** An IMY complaint case with its reply sent. */
export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return {
    ...STAMP,
    id: IDS.complaint,
    ...newComplaintFields('imy_case', 'complaint', 'Klagomål om kameror', '2026-06-01'),
    responseDueAt: '2026-06-20',
    replyDraft: '',
    repliedAt: '2026-06-12',
    status: 'replied',
    ...overrides,
  }
}

/** One row of a check's table-driven test: a workspace that makes it fire, and one that keeps it quiet. */
export interface CheckCase {
  /** The `CheckDefinition.code` under test. */
  check: string
  /** What the row is about, when a check has several rows. */
  name?: string
  fires: () => WorkspaceData
  quiet: () => WorkspaceData
  /** What the first finding must look like. */
  expected?: Partial<Pick<Finding, 'code' | 'severity' | 'field'>> & { entityId?: string }
}
