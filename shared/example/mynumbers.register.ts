/**
 * MyNumbers AB's register as a DPO would first write it down from the published privacy policy
 * (resources/mynumbers-integritetspolicy.txt). It keeps the policy's weak spots on purpose — they are what the
 * checks and the dashboard must surface: transfers outside the EU/EEA "consented to" by creating an account,
 * cookies without a stated basis or retention, a personnummer check without recorded justification,
 * legitimate interest claimed without an assessment or an opt-out, no DPO named.
 */
import type { Organisation } from '../organisation'
import type { ActivityFields, Purpose, Recipient, RetentionRule } from '../register'
import { emptyActivityFields } from '../register'

/** Fixed ids so later modules (LIAs, transfers, vendors) can link to the example's activities. */
export const EXAMPLE_IDS = {
  service: '6d1f0c3a-0001-4000-8000-000000000001',
  bookkeeping: '6d1f0c3a-0002-4000-8000-000000000002',
  marketing: '6d1f0c3a-0003-4000-8000-000000000003',
  complaints: '6d1f0c3a-0004-4000-8000-000000000004',
  development: '6d1f0c3a-0005-4000-8000-000000000005',
  signatory: '6d1f0c3a-0006-4000-8000-000000000006',
  cookies: '6d1f0c3a-0007-4000-8000-000000000007',
  itOperations: '6d1f0c3a-0008-4000-8000-000000000008',
} as const

export const MYNUMBERS_ORGANISATION: Organisation = {
  name: 'MyNumbers AB',
  orgNumber: '559138-5959',
  address: 'Norrtullsgatan 6',
  postalCode: '113 29',
  city: 'Stockholm',
  country: 'SE',
  email: 'support@mynumbers.com',
  phone: '+46 765 364 850',
  // The policy names no dataskyddsombud: check 2 (Art 37(7)) is meant to fire.
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  representative: '',
  publicAuthority: false,
}

const purpose = (n: number, description: string, legalBasis: Purpose['legalBasis'], extra: Partial<Purpose> = {}) => ({
  id: `6d1f0c3a-1${String(n).padStart(3, '0')}-4000-8000-000000000000`,
  description,
  legalBasis,
  legitimateInterest: '',
  legalReference: '',
  ...extra,
})

const CONTACT = 'Kontaktuppgifter (namn, adress, e-post, telefon)'
const IDENTITY = 'Identitetsuppgifter (personnummer, organisationsnummer)'
const FINANCIAL = 'Ekonomiska uppgifter (bokföringsdata för enskild firma, bankkontonummer)'
const IT_DATA = 'IT-uppgifter (IP-adress, användarnamn, lösenord)'
const TECHNICAL = 'Teknisk information (operativsystem, webbläsar-id)'
const CUSTOMERS = 'Kunder (företrädare och enskilda näringsidkare)'
const USERS = 'Behöriga användare hos kunder'
const VISITORS = 'Besökare på webbplats och i app'

const IT_VENDORS: Recipient = {
  name: 'IT-leverantörer',
  kind: 'processor',
  country: '',
  vendorId: '6d1f0c3a-4001-4000-8000-000000000001',
}
const ANALYTICS: Recipient = {
  name: 'Externa analysföretag',
  kind: 'processor',
  country: '',
  vendorId: '6d1f0c3a-4003-4000-8000-000000000003',
}
const AUTHORITIES: Recipient = {
  name: 'Myndigheter (vid lagkrav eller föreläggande)',
  kind: 'authority',
  country: 'SE',
  vendorId: '6d1f0c3a-4005-4000-8000-000000000005',
}
const LENDERS: Recipient = {
  name: 'Banker och kreditinstitut via Finansdatatjänsten (egna personuppgiftsansvariga)',
  kind: 'controller',
  country: 'SE',
  vendorId: '6d1f0c3a-4004-4000-8000-000000000004',
}

const CUSTOMER_PLUS_12M: RetentionRule = {
  dataCategory: 'Kunduppgifter',
  period: 'P12M',
  criterion: 'Så länge kundförhållandet består och upp till 12 månader därefter',
  trigger: 'end_of_relationship',
  legalReference: '',
}

const POLICY_SECURITY =
  'Enligt policyn: en kombination av tekniska och organisatoriska lösningar, behörighetsstyrning ' +
  '(endast de som behöver uppgifterna har åtkomst), rutiner för säker hantering. Ej närmare beskrivet.'

const OUTSIDE_EEA =
  'Uppgifter kan överföras till eller lagras i land utanför EU/EES. Policyn anger att användaren "samtycker" ' +
  'till detta genom att skapa ett MyNumbers-konto. Mottagare, länder och skyddsåtgärd är inte angivna.'

function activity(fields: Partial<ActivityFields>): ActivityFields {
  return { ...emptyActivityFields(), status: 'active', department: 'Verksamhet', ...fields }
}

/** The example's activities, keyed by their fixed id. */
export function myNumbersActivities(): { id: string; fields: ActivityFields }[] {
  return [
    { id: EXAMPLE_IDS.service, fields: serviceDelivery() },
    { id: EXAMPLE_IDS.bookkeeping, fields: bookkeeping() },
    { id: EXAMPLE_IDS.marketing, fields: marketing() },
    { id: EXAMPLE_IDS.complaints, fields: complaints() },
    { id: EXAMPLE_IDS.development, fields: development() },
    { id: EXAMPLE_IDS.signatory, fields: signatoryCheck() },
    { id: EXAMPLE_IDS.cookies, fields: cookies() },
    { id: EXAMPLE_IDS.itOperations, fields: itOperations() },
  ]
}

function serviceDelivery(): ActivityFields {
  return activity({
    name: 'Leverans av tjänsten enligt avtal',
    description:
      'Tillhandahålla, administrera och fakturera MyNumbers tjänster, kundservice, och leverans av bokföringsdata ' +
      'inom Finansdatatjänsten till den långivare kunden har godkänt.',
    department: 'Kundservice och drift',
    owner: 'Driftansvarig',
    purposes: [
      purpose(1, 'Fullgöra avtal om tjänsten: administration, fakturering, kundservice', 'b_contract'),
      purpose(2, 'Leverera bokföringsdata till långivare inom Finansdatatjänsten på kundens begäran', 'b_contract'),
    ],
    dataSubjectCategories: [CUSTOMERS, USERS],
    personalDataCategories: [CONTACT, IDENTITY, FINANCIAL, IT_DATA],
    identityNumbers: { kind: 'personnummer', justification: 'secure_identification' },
    collectedFromDataSubject: true,
    sources: ['Adressuppgifter från offentliga register'],
    recipients: [IT_VENDORS, LENDERS, AUTHORITIES],
    thirdCountryTransfers: true,
    transfersDescription: OUTSIDE_EEA,
    retention: [CUSTOMER_PLUS_12M],
    securityMeasures: POLICY_SECURITY,
    systems: ['MyNumbers-plattformen', 'Faktureringssystem'],
  })
}

function bookkeeping(): ActivityFields {
  return activity({
    name: 'Bokföring och arkivering av räkenskapsinformation',
    description: 'Arkivera räkenskapsinformation enligt bokföringslagen och skattelagstiftningen.',
    department: 'Ekonomi',
    owner: 'Ekonomichef',
    purposes: [
      purpose(3, 'Fullgöra bokföringslagens krav på arkivering', 'c_legal_obligation', {
        legalReference: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
      }),
    ],
    dataSubjectCategories: [CUSTOMERS],
    personalDataCategories: [CONTACT, IDENTITY, FINANCIAL],
    identityNumbers: { kind: 'personnummer', justification: 'specific_law' },
    recipients: [AUTHORITIES, IT_VENDORS],
    retention: [
      {
        dataCategory: 'Räkenskapsinformation',
        period: 'P7Y',
        criterion: 'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
        trigger: 'end_of_fiscal_year',
        legalReference: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
      },
    ],
    securityMeasures: POLICY_SECURITY,
    systems: ['Ekonomisystem'],
  })
}

function marketing(): ActivityFields {
  return activity({
    name: 'Marknadsföring och nyhetsbrev',
    description:
      'Marknadsföring, nyhetsbrev, marknads- och kundanalyser. Uppgifter samkörs, segmenteras och analyseras för ' +
      'riktad marknadsföring anpassad efter preferenser, beteenden och behov (profilering).',
    department: 'Marknad',
    owner: 'Marknadschef',
    purposes: [
      purpose(4, 'Direktmarknadsföring och nyhetsbrev', 'f_legitimate_interests', {
        legitimateInterest: 'Marknadsföra våra tjänster till befintliga kunder',
      }),
      purpose(5, 'Segmentering och profilering för riktade erbjudanden', 'f_legitimate_interests'),
    ],
    dataSubjectCategories: [CUSTOMERS, VISITORS],
    personalDataCategories: [CONTACT, 'Beteende- och preferensdata'],
    recipients: [ANALYTICS],
    retention: [CUSTOMER_PLUS_12M],
    securityMeasures: POLICY_SECURITY,
    systems: ['E-postverktyg', 'CRM'],
    notes: 'Policyn nämner ingen opt-out-mekanism för direktmarknadsföring utöver invändningsrätten. Ingen LIA finns.',
  })
}

function complaints(): ActivityFields {
  return activity({
    name: 'Hantering av klagomål och reklamationer',
    department: 'Kundservice och drift',
    owner: 'Kundservicechef',
    purposes: [
      purpose(6, 'Hantera klagomål och reklamationer', 'f_legitimate_interests', {
        legitimateInterest: 'Ta tillvara våra rättigheter och lösa kundärenden',
      }),
    ],
    dataSubjectCategories: [CUSTOMERS],
    personalDataCategories: [CONTACT, 'Ärendeuppgifter'],
    recipients: [IT_VENDORS],
    retention: [],
    securityMeasures: POLICY_SECURITY,
    systems: ['Supportsystem'],
    notes: 'Policyn anger ingen särskild lagringstid för klagomålsärenden.',
  })
}

function development(): ActivityFields {
  return activity({
    name: 'Produktutveckling och analys',
    description:
      'Testa och förbättra system, utveckla nya tjänster. Företagsdata sparas i avidentifierad form utan tidsgräns ' +
      'för branschjämförelser.',
    department: 'Produkt',
    owner: 'Produktchef',
    purposes: [purpose(7, 'Förbättra och utveckla befintliga och nya tjänster', 'f_legitimate_interests')],
    dataSubjectCategories: [CUSTOMERS, USERS],
    personalDataCategories: [CONTACT, IDENTITY, FINANCIAL, TECHNICAL],
    recipients: [ANALYTICS, IT_VENDORS],
    thirdCountryTransfers: true,
    transfersDescription: OUTSIDE_EEA,
    retention: [CUSTOMER_PLUS_12M],
    securityMeasures: '',
    systems: ['MyNumbers-plattformen', 'Testmiljö'],
    notes: 'Policyn nämner att personuppgifter används för test; ingen beskrivning av pseudonymisering.',
  })
}

function signatoryCheck(): ActivityFields {
  return activity({
    name: 'Kontroll av firmateckningsrätt',
    description: 'Namn och personnummer hämtas från offentliga register för att säkerställa firmateckningsrätt.',
    department: 'Kundservice och drift',
    purposes: [purpose(8, 'Säkerställa att den som tecknar avtal har firmateckningsrätt', null)],
    dataSubjectCategories: ['Firmatecknare hos kunder'],
    personalDataCategories: ['Namn', 'Personnummer'],
    identityNumbers: { kind: 'personnummer', justification: null },
    collectedFromDataSubject: false,
    sources: ['Offentliga register (Bolagsverket)'],
    recipients: [],
    retention: [CUSTOMER_PLUS_12M],
    securityMeasures: POLICY_SECURITY,
  })
}

function cookies(): ActivityFields {
  return activity({
    name: 'Cookies och liknande tekniker på webbplats och i app',
    description:
      'Sessions-, varaktiga och tredjepartscookies för inloggning, besöksstatistik, beteendeanalys och riktad ' +
      'marknadsföring. Appen hämtar teknisk information; policyn anger att nedladdning innebär samtycke.',
    department: 'Marknad',
    purposes: [
      purpose(9, 'Nödvändiga cookies för inloggning och säkerhet', 'b_contract'),
      purpose(10, 'Analys av användarbeteende och riktad marknadsföring via tredjepartscookies', null),
    ],
    dataSubjectCategories: [VISITORS, USERS],
    personalDataCategories: [TECHNICAL, 'Beteendedata', 'IP-adress'],
    recipients: [
      {
        name: 'Tredjepartsleverantörer av analys- och marknadsföringscookies',
        kind: 'other',
        country: '',
        vendorId: null,
      },
    ],
    retention: [],
    securityMeasures: '',
    systems: ['Webbplats', 'MyNumbers-appen'],
    notes: 'Samtycke enligt LEK saknas för icke nödvändiga cookies: "genom att ladda ner appen samtycker du".',
  })
}

function itOperations(): ActivityFields {
  return activity({
    name: 'IT-support och drift',
    description: 'Drift, support och säkerhet för plattformen, inklusive loggning och felsökning.',
    department: 'Kundservice och drift',
    owner: 'Driftansvarig',
    purposes: [purpose(11, 'Drift, säkerhet och felsökning av tjänsten', 'b_contract')],
    dataSubjectCategories: [USERS, VISITORS],
    personalDataCategories: [IT_DATA, TECHNICAL],
    recipients: [
      IT_VENDORS,
      {
        name: 'IT-support (Nordlys Drift AB)',
        kind: 'processor',
        country: 'SE',
        vendorId: '6d1f0c3a-4002-4000-8000-000000000002',
      },
    ],
    thirdCountryTransfers: true,
    transfersDescription: OUTSIDE_EEA,
    retention: [],
    securityMeasures: POLICY_SECURITY,
    systems: ['Molndrift', 'Loggverktyg'],
  })
}
