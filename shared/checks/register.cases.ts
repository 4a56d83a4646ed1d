/** Table rows for the register checks: each makes its check fire once and stay quiet once. */
import { emptyDpiaScreeningAnswers, screeningFields } from '../dpia'
import type { ActivityFields } from '../register'
import {
  completeActivity,
  fullOrganisation,
  IDS,
  transfer,
  vendor,
  agreement,
  workspace,
  type CheckCase,
} from './fixtures'

/** A workspace holding one activity, changed by `fields`. */
const withActivity = (fields: Partial<ActivityFields> = {}) => workspace({ activities: [completeActivity(fields)] })

const purposeWith = (legalBasis: ActivityFields['purposes'][number]['legalBasis'], extra = {}) => ({
  purposes: [
    { id: IDS.purpose, description: 'Nyhetsbrev', legalBasis, legitimateInterest: '', legalReference: '', ...extra },
  ],
})

const processorRecipient = (vendorId: string | null) => ({
  recipients: [{ name: 'Acme Cloud Inc.', kind: 'processor' as const, country: 'SE', vendorId }],
})

function screening(activityId: string) {
  const fields = screeningFields(activityId, { answers: emptyDpiaScreeningAnswers(), note: '' }, 'DPO', '2026-06-01')
  return {
    ...fields,
    id: IDS.screening,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T09:00:00.000Z',
    revision: 1,
  }
}

/** The register checks' rows. */
export const REGISTER_CASES: CheckCase[] = [
  {
    check: 'register/controller-contact-missing',
    fires: () => workspace({ organisation: fullOrganisation({ email: '', phone: '' }) }),
    quiet: () => workspace(),
    expected: { severity: 'high', field: 'email', entityId: 'organisation' },
  },
  {
    check: 'register/dpo-contact-missing',
    fires: () => workspace({ organisation: fullOrganisation({ dpoName: '', dpoEmail: '' }) }),
    quiet: () => workspace(),
    expected: { severity: 'medium', field: 'dpoName' },
  },
  {
    check: 'register/processor-without-agreement',
    name: 'a processor recipient linked to no vendor',
    fires: () => withActivity(processorRecipient(null)),
    quiet: () =>
      workspace({
        activities: [completeActivity(processorRecipient(null))],
        vendors: [vendor()],
        agreements: [agreement()],
      }),
    expected: { severity: 'high', field: 'recipients[0]', entityId: IDS.activity },
  },
  {
    check: 'register/processor-without-agreement',
    name: 'a linked vendor whose agreement has expired',
    fires: () =>
      workspace({
        activities: [completeActivity(processorRecipient(IDS.vendor))],
        vendors: [vendor()],
        agreements: [agreement({ expiresOn: '2026-05-31' })],
      }),
    quiet: () =>
      workspace({
        activities: [completeActivity(processorRecipient(IDS.vendor))],
        vendors: [vendor()],
        agreements: [agreement()],
      }),
  },
  {
    check: 'register/third-country-without-transfer-record',
    fires: () => withActivity({ thirdCountryTransfers: true, transfersDescription: 'Drift i USA' }),
    quiet: () =>
      workspace({
        activities: [completeActivity({ thirdCountryTransfers: true, transfersDescription: 'Drift i USA' })],
        transfers: [transfer({ activityIds: [IDS.activity] })],
      }),
    expected: { severity: 'high', field: 'transfersDescription' },
  },
  {
    check: 'register/third-country-without-transfer-record',
    name: 'a recipient in a third country',
    fires: () =>
      withActivity({ recipients: [{ name: 'Support Ltd', kind: 'processor', country: 'IN', vendorId: null }] }),
    quiet: () =>
      withActivity({ recipients: [{ name: 'Support AS', kind: 'processor', country: 'NO', vendorId: null }] }),
    expected: { field: 'recipients' },
  },
  {
    check: 'register/purpose-without-basis',
    fires: () => withActivity(purposeWith(null)),
    quiet: () => withActivity(purposeWith('a_consent')),
    expected: { severity: 'high', field: 'purposes[0].legalBasis', entityId: IDS.activity },
  },
  {
    check: 'register/art9-without-condition',
    fires: () => withActivity({ specialCategories: [{ category: 'health', condition: null }] }),
    quiet: () =>
      withActivity({ specialCategories: [{ category: 'health', condition: 'b_employment_social_security' }] }),
    expected: { field: 'specialCategories[0].condition' },
  },
  {
    check: 'register/art10-without-ground',
    fires: () => withActivity({ criminalData: { processed: true, legalGround: '' } }),
    quiet: () => withActivity({ criminalData: { processed: true, legalGround: 'Förordning (2018:219) 5 §' } }),
    expected: { field: 'criminalData.legalGround' },
  },
  {
    check: 'register/personnummer-without-justification',
    fires: () => withActivity({ identityNumbers: { kind: 'personnummer', justification: null } }),
    quiet: () => withActivity({ identityNumbers: { kind: 'personnummer', justification: 'secure_identification' } }),
    expected: { severity: 'high', field: 'identityNumbers.justification' },
  },
  {
    check: 'register/public-authority-legitimate-interests',
    fires: () =>
      workspace({
        organisation: fullOrganisation({ publicAuthority: true }),
        activities: [completeActivity(purposeWith('f_legitimate_interests', { legitimateInterest: 'x' }))],
      }),
    quiet: () => withActivity(purposeWith('f_legitimate_interests', { legitimateInterest: 'x' })),
    expected: { field: 'purposes[0].legalBasis' },
  },
  {
    check: 'register/legitimate-interest-not-stated',
    fires: () => withActivity(purposeWith('f_legitimate_interests')),
    quiet: () =>
      withActivity(purposeWith('f_legitimate_interests', { legitimateInterest: 'Marknadsföra till kunder' })),
    expected: { severity: 'low', field: 'purposes[0].legitimateInterest' },
  },
  {
    check: 'register/legal-reference-missing',
    fires: () => withActivity(purposeWith('c_legal_obligation')),
    quiet: () => withActivity(purposeWith('c_legal_obligation', { legalReference: 'Bokföringslagen (1999:1078)' })),
    expected: { field: 'purposes[0].legalReference' },
  },
  {
    check: 'register/core-fields-missing',
    fires: () => withActivity({ purposes: [], dataSubjectCategories: [] }),
    quiet: () => workspace({ activities: [completeActivity({ purposes: [], status: 'retired' })] }),
    expected: { severity: 'high', field: 'purposes' },
  },
  {
    check: 'register/security-missing',
    fires: () => withActivity({ securityMeasures: '  ' }),
    quiet: () => withActivity(),
    expected: { field: 'securityMeasures' },
  },
  {
    check: 'register/recipients-missing',
    fires: () =>
      workspace({
        activities: [completeActivity({ recipients: [] })],
        transfers: [transfer({ activityIds: [IDS.activity] })],
      }),
    quiet: () => withActivity(),
    expected: { severity: 'medium', field: 'recipients' },
  },
  {
    check: 'register/sources-missing',
    fires: () => withActivity({ collectedFromDataSubject: false }),
    quiet: () => withActivity({ collectedFromDataSubject: false, sources: ['Bolagsverket'] }),
    expected: { field: 'sources' },
  },
  {
    check: 'register/controllers-served-missing',
    fires: () => withActivity({ role: 'processor' }),
    quiet: () =>
      withActivity({
        role: 'processor',
        controllersServed: [{ name: 'Kund AB', contact: 'kund@example.se', representative: '', dpoContact: '' }],
      }),
    expected: { field: 'controllersServed' },
  },
  {
    check: 'register/joint-controllers-missing',
    fires: () => withActivity({ role: 'joint_controller' }),
    quiet: () => withActivity({ role: 'joint_controller', jointControllers: 'Partner AB, dpo@partner.se' }),
    expected: { field: 'jointControllers' },
  },
  {
    check: 'register/review-overdue',
    fires: () => withActivity({ nextReviewOn: '2026-06-14' }),
    quiet: () => withActivity({ nextReviewOn: '2026-06-15' }),
    expected: { severity: 'low', field: 'nextReviewOn' },
  },
  {
    check: 'register/dpia-not-assessed',
    fires: () => withActivity({ dpia: { status: 'not_assessed', reference: '' } }),
    quiet: () =>
      workspace({
        activities: [completeActivity({ dpia: { status: 'not_assessed', reference: '' } })],
        dpiaScreenings: [screening(IDS.activity)],
      }),
    expected: { field: 'dpia.status' },
  },
  {
    check: 'register/retention-missing',
    fires: () => withActivity({ retention: [] }),
    quiet: () => withActivity(),
    expected: { severity: 'medium', field: 'retention' },
  },
  {
    check: 'register/retention-missing',
    name: 'a rule with neither period nor criteria',
    fires: () =>
      withActivity({
        retention: [{ dataCategory: 'Lön', period: '', criterion: '', trigger: 'collection', legalReference: '' }],
      }),
    quiet: () =>
      withActivity({
        retention: [
          {
            dataCategory: 'Lön',
            period: '',
            criterion: 'Tills anställningen upphört',
            trigger: 'other',
            legalReference: '',
          },
        ],
      }),
    expected: { field: 'retention[0].period' },
  },
  {
    check: 'register/retention-exceeds-legal-reference',
    fires: () =>
      withActivity({
        retention: [
          {
            dataCategory: 'Räkenskapsinformation',
            period: 'P10Y',
            criterion: '',
            trigger: 'end_of_fiscal_year',
            legalReference: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
          },
        ],
      }),
    quiet: () =>
      withActivity({
        retention: [
          {
            dataCategory: 'Räkenskapsinformation',
            period: 'P7Y',
            criterion: '',
            trigger: 'end_of_fiscal_year',
            legalReference: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
          },
        ],
      }),
    expected: { severity: 'medium', field: 'retention[0].period' },
  },
]
