/**
 * A small, complete workspace for the notice's tests: every Art 13/14 element recorded (DPO, bases, an LIA for the
 * newsletter, an SCC transfer, retention rules including bokföringslagen, a source for data from elsewhere), so a
 * notice generated from it should pass its own check.
 */
import type { LegitimateInterestAssessment } from '../lia'
import { signedOffLia, passingAnswers } from '../lia/lia.fixtures'
import type { Organisation } from '../organisation'
import { emptyActivityFields, type ActivityFields, type ProcessingActivity } from '../register'
import { retentionTemplates } from '../retention'
import type { TransferRecord } from '../transfers'
import { sccTransfer } from '../transfers/fixtures'
import type { Vendor } from '../vendors'
import type { NoticeSources } from './notice.model'

/** Fixed ids of the fixture's records. */
export const NOTICE_IDS = {
  customers: 'a0000000-0000-4000-8000-000000000001',
  bookkeeping: 'a0000000-0000-4000-8000-000000000002',
  newsletter: 'a0000000-0000-4000-8000-000000000003',
  credit: 'a0000000-0000-4000-8000-000000000004',
  draft: 'a0000000-0000-4000-8000-000000000005',
  customersPurpose: 'b0000000-0000-4000-8000-000000000001',
  bookkeepingPurpose: 'b0000000-0000-4000-8000-000000000002',
  newsletterPurpose: 'b0000000-0000-4000-8000-000000000003',
  creditPurpose: 'b0000000-0000-4000-8000-000000000004',
  lia: 'c0000000-0000-4000-8000-000000000001',
  transfer: 'd0000000-0000-4000-8000-000000000001',
} as const

/** A Swedish company with every contact field filled. */
export const EXEMPEL_ORGANISATION: Organisation = {
  name: 'Exempel AB',
  orgNumber: '556000-0000',
  address: 'Storgatan 1',
  postalCode: '111 22',
  city: 'Stockholm',
  country: 'SE',
  email: 'info@exempel.se',
  phone: '08-123 456 00',
  dpoName: 'Dana Dataskydd',
  dpoEmail: 'dso@exempel.se',
  dpoPhone: '',
  representative: '',
  publicAuthority: false,
}

const STAMP = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z', revision: 1 }

function activity(id: string, fields: Partial<ActivityFields>): ProcessingActivity {
  return {
    ...emptyActivityFields(),
    status: 'active',
    securityMeasures: 'Behörighetsstyrning.',
    ...fields,
    id,
    ...STAMP,
  }
}

const IT_PROVIDER = { name: 'IT-leverantör för drift', kind: 'processor' as const, country: 'SE', vendorId: null }

function activities(): ProcessingActivity[] {
  return [
    activity(NOTICE_IDS.customers, {
      name: 'Kundadministration',
      purposes: [
        {
          id: NOTICE_IDS.customersPurpose,
          description: 'Administrera kundavtal och fakturera kunder',
          legalBasis: 'b_contract',
          legitimateInterest: '',
          legalReference: '',
        },
      ],
      dataSubjectCategories: ['Kunder'],
      personalDataCategories: ['Kontaktuppgifter', 'Fakturauppgifter'],
      recipients: [IT_PROVIDER],
      thirdCountryTransfers: true,
      transfersDescription: 'CRM i USA med standardavtalsklausuler.',
      retention: [retentionTemplates.relationshipPlusMonths(12, 'Kunduppgifter')],
    }),
    activity(NOTICE_IDS.bookkeeping, {
      name: 'Bokföring',
      purposes: [
        {
          id: NOTICE_IDS.bookkeepingPurpose,
          description: 'Uppfylla bokföringslagens krav på arkivering',
          legalBasis: 'c_legal_obligation',
          legitimateInterest: '',
          legalReference: 'bokföringslagen (1999:1078)',
        },
      ],
      dataSubjectCategories: ['Kunder'],
      personalDataCategories: ['Fakturauppgifter'],
      recipients: [{ name: 'Skatteverket', kind: 'authority', country: 'SE', vendorId: null }],
      retention: [retentionTemplates.bookkeeping()],
    }),
    activity(NOTICE_IDS.newsletter, {
      name: 'Nyhetsbrev',
      purposes: [
        {
          id: NOTICE_IDS.newsletterPurpose,
          description: 'Skicka nyhetsbrev till befintliga kunder',
          legalBasis: 'f_legitimate_interests',
          legitimateInterest: '',
          legalReference: '',
        },
      ],
      dataSubjectCategories: ['Kunder'],
      personalDataCategories: ['E-postadress'],
      recipients: [IT_PROVIDER],
      retention: [
        { dataCategory: 'E-postadress', period: 'P24M', criterion: '', trigger: 'last_activity', legalReference: '' },
      ],
    }),
    activity(NOTICE_IDS.credit, {
      name: 'Kreditprövning',
      purposes: [
        {
          id: NOTICE_IDS.creditPurpose,
          description: 'Pröva kreditvärdighet innan avtal ingås',
          legalBasis: 'b_contract',
          legitimateInterest: '',
          legalReference: '',
        },
      ],
      dataSubjectCategories: ['Kunder'],
      personalDataCategories: ['Kreditupplysning'],
      collectedFromDataSubject: false,
      sources: ['Kreditupplysningsföretag'],
      recipients: [IT_PROVIDER],
      retention: [
        { dataCategory: 'Kreditupplysning', period: 'P3M', criterion: '', trigger: 'collection', legalReference: '' },
      ],
    }),
    // A draft is not yet processing and stays out of the notice.
    activity(NOTICE_IDS.draft, { name: 'Planerad kundundersökning', status: 'draft' }),
  ]
}

/** The fixture's sources, with arrays a test may edit. */
export interface EditableSources extends NoticeSources {
  organisation: Organisation
  activities: ProcessingActivity[]
  lias: LegitimateInterestAssessment[]
  transfers: TransferRecord[]
  vendors: Vendor[]
}

/** The complete workspace; `change` edits it for the one thing a test is about. */
export function completeSources(change: (s: EditableSources) => void = () => {}): EditableSources {
  const lia = signedOffLia({
    id: NOTICE_IDS.lia,
    activityIds: [NOTICE_IDS.newsletter],
    purposeIds: [NOTICE_IDS.newsletterPurpose],
    answers: {
      ...passingAnswers(),
      interest: {
        description: 'Informera befintliga kunder om liknande tjänster',
        holder: 'controller',
        thirdPartyName: '',
      },
    },
  })
  const transfer = {
    ...sccTransfer({
      title: 'CRM i USA',
      activityIds: [NOTICE_IDS.customers],
      importer: { vendorId: null, name: 'Molnbolaget Inc.', role: 'processor' },
    }),
    id: NOTICE_IDS.transfer,
    ...STAMP,
  }
  const sources: EditableSources = {
    organisation: { ...EXEMPEL_ORGANISATION },
    activities: activities(),
    lias: [lia],
    transfers: [transfer],
    vendors: [],
  }
  change(sources)
  return sources
}
