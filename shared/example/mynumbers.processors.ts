/**
 * MyNumbers AB's vendors, processor agreements and third-country transfers (issue 4), as its published policy
 * implies them. The policy names "IT-leverantörer", "externa analysföretag", banks and credit institutions via
 * Finansdatatjänsten (independent controllers) and authorities; the vendor names below are invented stand-ins.
 * It keeps the policy's weak spots for the checks to find: a US cloud host whose agreement lacks clauses and
 * whose DPF status was never checked, an agreement about to expire, a sub-processor objection deadline days
 * away, and the transfer outside the EU/EEA "consented to" by creating an account (Art 49(1)(a), check 26).
 */
import { addDays, addYears, format } from 'date-fns'
import { stampNew } from '../kernel'
import {
  emptyAgreementReview,
  type AgreementReview,
  type ClauseStatus,
  type ProcessorAgreement,
  type ProcessorAgreementFields,
} from '../processors'
import type { TransferFields, TransferRecord } from '../transfers'
import { emptyVendorFields, type Vendor, type VendorFields } from '../vendors'
import type { ExampleCollections } from './example.types'
import { EXAMPLE_IDS } from './mynumbers.register'

/**
 * Fixed vendor ids, so the register's recipients can link to them (`Recipient.vendorId`): IT-leverantörer →
 * cloudHost, Externa analysföretag → analytics, the banks via Finansdatatjänsten → lenders, Myndigheter → taxAgency.
 */
export const EXAMPLE_VENDOR_IDS = {
  cloudHost: '6d1f0c3a-4001-4000-8000-000000000001',
  itSupport: '6d1f0c3a-4002-4000-8000-000000000002',
  analytics: '6d1f0c3a-4003-4000-8000-000000000003',
  lenders: '6d1f0c3a-4004-4000-8000-000000000004',
  taxAgency: '6d1f0c3a-4005-4000-8000-000000000005',
} as const

/** Fixed agreement ids: one with clauses missing, one expiring soon, one in order. */
export const EXAMPLE_AGREEMENT_IDS = {
  cloudHost: '6d1f0c3a-5001-4000-8000-000000000001',
  itSupport: '6d1f0c3a-5002-4000-8000-000000000002',
  analytics: '6d1f0c3a-5003-4000-8000-000000000003',
} as const

/** The transfer outside the EU/EEA the policy describes. */
export const EXAMPLE_TRANSFER_ID = '6d1f0c3a-6001-4000-8000-000000000001'

const iso = (d: Date): string => format(d, 'yyyy-MM-dd')
const withId = <T extends object>(fields: T, id: string, now: Date) => ({ ...stampNew(fields, now), id })

/** Records for the example workspace; `now` stamps them so deadlines and review dates are current. */
export function myNumbersProcessors(now: Date): ExampleCollections {
  return {
    vendors: exampleVendors().map(([id, fields]) => withId(fields, id, now)) satisfies Vendor[],
    agreements: exampleAgreements(now).map(([id, fields]) => withId(fields, id, now)) satisfies ProcessorAgreement[],
    transfers: [withId(consentByAccountTransfer(), EXAMPLE_TRANSFER_ID, now)] satisfies TransferRecord[],
  }
}

const vendor = (fields: Partial<VendorFields>): VendorFields => ({ ...emptyVendorFields(), ...fields })

function exampleVendors(): [string, VendorFields][] {
  const V = EXAMPLE_VENDOR_IDS
  return [
    [
      V.cloudHost,
      vendor({
        name: 'Stratus Hosting Inc.',
        orgNumber: 'EIN 83-1234567',
        country: 'US',
        contact: { name: 'Privacy Office', email: 'privacy@stratus-hosting.example', phone: '' },
        website: 'https://stratus-hosting.example',
        services: ['Molndrift av MyNumbers-plattformen', 'Lagring och säkerhetskopiering'],
        notes: 'Huvudleverantör för drift. DPF-listan är inte kontrollerad.',
      }),
    ],
    [
      V.itSupport,
      vendor({
        name: 'Nordlys Drift AB',
        orgNumber: '556677-8899',
        contact: { name: 'Kundansvarig', email: 'avtal@nordlys.example', phone: '08-123 456 00' },
        services: ['IT-support', 'Övervakning och incidenthantering'],
      }),
    ],
    [
      V.analytics,
      vendor({
        name: 'Insikt Analys AB',
        orgNumber: '559012-3456',
        contact: { name: 'Dataskyddsombud', email: 'dso@insikt.example', phone: '' },
        services: ['Besöks- och kundanalys', 'Segmentering för marknadsföring'],
      }),
    ],
    [
      V.lenders,
      vendor({
        name: 'Banker och kreditinstitut via Finansdatatjänsten',
        role: 'independent_controller',
        services: ['Mottar bokföringsdata på kundens begäran för kreditprövning'],
        notes: 'Varje långivare är egen personuppgiftsansvarig; inget biträdesavtal behövs.',
      }),
    ],
    [
      V.taxAgency,
      vendor({
        name: 'Skatteverket',
        orgNumber: '202100-5448',
        role: 'independent_controller',
        website: 'https://www.skatteverket.se',
        services: ['Uppgifter vid lagkrav eller föreläggande'],
      }),
    ],
  ]
}

type Clauses = Partial<Record<keyof AgreementReview['clauses'] | keyof AgreementReview['extras'], ClauseStatus>>

/** A signed review with every clause present except those listed, and § references as a DPO would note them. */
function review(id: string, reviewedOn: string, version: string, gaps: Clauses, hours: number | null): AgreementReview {
  const r = emptyAgreementReview(id, 'DPO', reviewedOn)
  const all = [...Object.entries(r.clauses), ...Object.entries(r.extras)] as [
    keyof Clauses,
    { status: ClauseStatus; clauseRef: string },
  ][]
  all.forEach(([key, a], i) => {
    a.status = gaps[key] ?? 'present'
    a.clauseRef = a.status === 'missing' ? '' : `§ ${i + 2}`
  })
  r.extras.breach_notice_hours.hours = hours
  return { ...r, agreementVersion: version, signedOff: { by: 'DPO', at: `${reviewedOn}T14:00:00.000Z` } }
}

function exampleAgreements(now: Date): [string, ProcessorAgreementFields][] {
  const A = EXAMPLE_AGREEMENT_IDS
  return [
    [A.cloudHost, cloudHostAgreement(now)],
    [A.itSupport, itSupportAgreement(now)],
    [A.analytics, analyticsAgreement(now)],
  ]
}

const AGREEMENT_BASE = { expiresOn: null, noticePeriodDays: null, document: null, notes: '' } as const

/** A sub-processor of the example, notified `notifiedDaysAgo` days before `now`. */
function subProcessor(
  id: string,
  fields: { name: string; service: string; country: string; decision: 'pending' | 'accepted' },
  now: Date,
  notifiedDaysAgo: number,
): ProcessorAgreementFields['subProcessors'][number] {
  const decidedOn = fields.decision === 'accepted' ? iso(addDays(now, 10 - notifiedDaysAgo)) : null
  return { id, ...fields, notifiedOn: iso(addDays(now, -notifiedDaysAgo)), objectionDeadline: null, decidedOn }
}

/** The US cloud host's own addendum: clauses missing, review overdue, an objection window closing in 5 days. */
function cloudHostAgreement(now: Date): ProcessorAgreementFields {
  const gaps: Clauses = {
    a: 'partial',
    h2: 'missing',
    sub_processing: 'partial',
    breach_notice_hours: 'partial',
    processing_locations: 'missing',
    audit_rights: 'partial',
  }
  const r = review('6d1f0c3a-5101-4000-8000-000000000001', iso(addDays(now, -380)), '2024-03', gaps, null)
  r.clauses.a.comment = 'Tillåter överföring till alla länder där Stratus har verksamhet, utan instruktion.'
  r.clauses.h2.comment = 'Ingen skyldighet att varna för instruktioner som strider mot GDPR.'
  return {
    ...AGREEMENT_BASE,
    vendorId: EXAMPLE_VENDOR_IDS.cloudHost,
    title: 'Data Processing Addendum – Stratus Hosting',
    version: '2024-03',
    signedOn: iso(addDays(now, -800)),
    effectiveOn: iso(addDays(now, -800)),
    nextReviewOn: iso(addDays(now, -15)),
    status: 'active',
    subProcessorAuthorisation: 'general',
    objectionWindowDays: 30,
    subProcessors: [
      subProcessor(
        '6d1f0c3a-5201-4000-8000-000000000001',
        { name: 'EdgeCache Ltd', service: 'CDN och DDoS-skydd', country: 'IE', decision: 'accepted' },
        now,
        400,
      ),
      subProcessor(
        '6d1f0c3a-5202-4000-8000-000000000002',
        { name: 'SupportDesk Pvt Ltd', service: 'Fjärrsupport dygnet runt', country: 'IN', decision: 'pending' },
        now,
        25,
      ),
    ],
    reviews: [{ ...r, outcome: 'not_acceptable' }],
    notes: 'Leverantörens standardavtal; försök förhandla fram tillägg om instruktioner och platser.',
  }
}

/** The Swedish IT-support agreement: acceptable with a remark, expiring in 60 days with 30 days' notice. */
function itSupportAgreement(now: Date): ProcessorAgreementFields {
  const r = review('6d1f0c3a-5102-4000-8000-000000000002', iso(addDays(now, -165)), '1.2', { liability: 'partial' }, 48)
  return {
    ...AGREEMENT_BASE,
    vendorId: EXAMPLE_VENDOR_IDS.itSupport,
    title: 'Personuppgiftsbiträdesavtal IT-support',
    version: '1.2',
    signedOn: iso(addYears(now, -3)),
    effectiveOn: iso(addYears(now, -3)),
    expiresOn: iso(addDays(now, 60)),
    noticePeriodDays: 30,
    nextReviewOn: iso(addDays(now, 200)),
    status: 'active',
    subProcessorAuthorisation: 'specific',
    objectionWindowDays: null,
    subProcessors: [],
    reviews: [{ ...r, outcome: 'acceptable_with_remarks' }],
  }
}

/** The analytics firm's agreement: every clause in place, next review in eight months. */
function analyticsAgreement(now: Date): ProcessorAgreementFields {
  const r = review('6d1f0c3a-5103-4000-8000-000000000003', iso(addDays(now, -125)), '2025-1', {}, 24)
  return {
    ...AGREEMENT_BASE,
    vendorId: EXAMPLE_VENDOR_IDS.analytics,
    title: 'PUB-avtal analystjänster',
    version: '2025-1',
    signedOn: iso(addDays(now, -300)),
    effectiveOn: iso(addDays(now, -300)),
    nextReviewOn: iso(addDays(now, 240)),
    status: 'active',
    subProcessorAuthorisation: 'general',
    objectionWindowDays: 30,
    subProcessors: [
      subProcessor(
        '6d1f0c3a-5203-4000-8000-000000000003',
        { name: 'Nordic Datacenter AB', service: 'Serverhallar', country: 'SE', decision: 'accepted' },
        now,
        300,
      ),
    ],
    reviews: [{ ...r, outcome: 'acceptable' }],
  }
}

/** The policy's transfer: systematic, to the US cloud host, on "consent" given by creating an account. */
function consentByAccountTransfer(): TransferFields {
  return {
    title: 'Drift och lagring i USA (Stratus Hosting)',
    activityIds: [EXAMPLE_IDS.service, EXAMPLE_IDS.development, EXAMPLE_IDS.itOperations],
    exporter: { role: 'controller', vendorId: null },
    importer: { vendorId: EXAMPLE_VENDOR_IDS.cloudHost, name: 'Stratus Hosting Inc.', role: 'processor' },
    destinationCountry: 'US',
    remoteAccess: true,
    dataCategories: [
      'Kontaktuppgifter (namn, adress, e-post, telefon)',
      'Identitetsuppgifter (personnummer, organisationsnummer)',
      'Ekonomiska uppgifter (bokföringsdata för enskild firma, bankkontonummer)',
      'IT-uppgifter (IP-adress, användarnamn, lösenord)',
    ],
    dataSubjectCategories: ['Kunder (företrädare och enskilda näringsidkare)', 'Behöriga användare hos kunder'],
    specialCategoryData: false,
    hrData: false,
    frequency: 'systematic',
    approxDataSubjects: null,
    mechanism: {
      kind: 'derogation',
      ground: 'a_explicit_consent',
      justification:
        'Integritetspolicyn: "Genom att skapa ett MyNumbers-konto samtycker du till att uppgifter kan överföras ' +
        'till land utanför EU/EES." Mottagare, länder och skyddsåtgärd anges inte.',
      legalReference: '',
      consent: {
        explicit: false,
        specificToTransfer: false,
        riskInformationGiven: false,
        riskInformation: '',
        obtainedVia: 'account_creation',
        evidenceRef: 'Integritetspolicyn, avsnittet om överföring till tredjeland',
      },
      compellingInterest: null,
    },
    tia: null,
    status: 'active',
    notes:
      'Som policyn beskriver överföringen. Byt till standardavtalsklausuler (modul 2) med en TIA, eller DPF om Stratus är certifierat.',
  }
}
