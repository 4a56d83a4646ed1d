/**
 * MyNumbers AB's breaches, data-subject requests and complaints (issue 6), as a bookkeeping-software company
 * would meet them: bookkeeping files e-mailed to the wrong customer (notified, one supplement), a lost laptop
 * with an encrypted disk (not notifiable, documented under Art 33(5) and 34(3)(a)), an account break-in found
 * yesterday whose 72-hour clock is still running, an access and an erasure request (the erasure due within the
 * week), an answered marketing objection, an internal complaint about marketing e-mails and an IMY case about the
 * same mailings. Every date is relative to `now`, so the clocks and deadlines are live whenever the example opens.
 */
import { type Breach, type BreachFields, assessSeverity, emptyBreachFields } from '../breaches'
import { type Complaint, type ComplaintFields, newComplaintFields, storedCaseDocument } from '../complaints'
import { addDays, addMonthsSameDate, stockholmDateOf } from '../deadlines'
import type { StoredDocument } from '../documents'
import { stampNew } from '../kernel'
import { type DataSubjectRequest, type DataSubjectRequestFields, newRequestFields } from '../requests'
import type { ExampleCollections } from './example.types'
import { EXAMPLE_IDS } from './mynumbers.register'

/** Fixed ids, so tests and the dashboard can refer to the example's incidents. */
export const EXAMPLE_INCIDENT_IDS = {
  misdirectedFiles: '6d1f0c3a-8001-4000-8000-000000000001',
  lostLaptop: '6d1f0c3a-8002-4000-8000-000000000002',
  mailboxBreakIn: '6d1f0c3a-8003-4000-8000-000000000003',
  accessRequest: '6d1f0c3a-8101-4000-8000-000000000001',
  erasureRequest: '6d1f0c3a-8102-4000-8000-000000000002',
  objectionRequest: '6d1f0c3a-8103-4000-8000-000000000003',
  marketingComplaint: '6d1f0c3a-8201-4000-8000-000000000001',
  imyCase: '6d1f0c3a-8202-4000-8000-000000000002',
  imyLetter: '6d1f0c3a-8301-4000-8000-000000000001',
} as const

const ID = EXAMPLE_INCIDENT_IDS
const HOUR = 3_600_000
/** ENISA circumstances with only a confidentiality addend. */
const confidentialityOnly = (c: 0 | 0.25 | 0.5) => ({ c, i: 0 as const, a: 0 as const, malicious: false })
const CONTACT_POINT = 'MyNumbers AB (dataskyddsombud ej utsett), support@mynumbers.com, +46 765 364 850'

/** Records for the example workspace; `now` stamps them so deadlines and review dates are current. */
export function myNumbersIncidents(now: Date): ExampleCollections {
  const withId = <T extends object>(fields: T, id: string) => ({ ...stampNew(fields, now), id })
  const imyLetter = imyLetterDocument(now)
  return {
    breaches: [
      withId(misdirectedFiles(now), ID.misdirectedFiles),
      withId(lostLaptop(now), ID.lostLaptop),
      withId(mailboxBreakIn(now), ID.mailboxBreakIn),
    ] satisfies Breach[],
    requests: [
      withId(accessRequest(now), ID.accessRequest),
      withId(erasureRequest(now), ID.erasureRequest),
      withId(objectionRequest(now), ID.objectionRequest),
    ] satisfies DataSubjectRequest[],
    complaints: [
      withId(marketingComplaint(now), ID.marketingComplaint),
      withId(imyCase(now, imyLetter), ID.imyCase),
    ] satisfies Complaint[],
    documents: [imyLetter] satisfies StoredDocument[],
  }
}

/** The instant `hours` hours before `now`. */
const hoursAgo = (now: Date, hours: number): string => new Date(now.getTime() - hours * HOUR).toISOString()
/** The Stockholm date `days` days from `now` (before it if negative). */
const day = (now: Date, days: number): string => addDays(stockholmDateOf(now), days)

function misdirectedFiles(now: Date): BreachFields {
  const aware = 20 * 24 + 2
  const base = emptyBreachFields('Bokföringsunderlag skickat till fel kund')
  return {
    ...base,
    occurredFrom: hoursAgo(now, aware + 3),
    occurredTo: hoursAgo(now, aware + 3),
    detectedAt: hoursAgo(now, aware + 1),
    awareAt: hoursAgo(now, aware),
    howDiscovered: 'Mottagaren meddelade supporten samma dag att bilagorna gällde andra företag.',
    types: ['confidentiality'],
    cause: 'internal_accidental',
    description:
      'En supporttekniker bifogade av misstag verifikationer och kontoutdrag för tre enskilda firmor i ett ' +
      'e-postsvar till en annan kund.',
    dataCategories: ['Namn och personnummer (enskild firma)', 'Bokföringsdata och kontoutdrag', 'Bankkontonummer'],
    identityNumbers: true,
    subjectGroups: ['Kunder (enskilda näringsidkare)', 'Kundernas kunder och leverantörer (namn på verifikationer)'],
    approxSubjects: 40,
    approxRecords: 214,
    consequences:
      'Ekonomiska förhållanden röjs för en utomstående; med personnummer finns en risk för identitetsbedrägeri. ' +
      'Mottagaren är en känd kund som har raderat e-posten.',
    // Financial data (3), adjusted down for a known recipient who deleted it: SE = 2 × 1 + 0.25 = 2.25, medium.
    enisa: assessSeverity({
      dpc: 2,
      dataKinds: ['financial'],
      contextAdjustment: -1,
      ei: 1,
      cb: confidentialityOnly(0.25),
    }),
    riskLevel: 'risk',
    reasoning:
      'Ekonomiska uppgifter med personnummer röjdes för en obehörig mottagare, så en risk kan inte uteslutas. ' +
      'Mottagaren är känd, har bekräftat radering och inget tyder på vidare spridning: risken bedöms inte som hög.',
    imy: {
      ...base.imy,
      decision: 'notify',
      notifiedAt: hoursAgo(now, aware - 22),
      caseNo: `IMY-${stockholmDateOf(hoursAgo(now, aware - 22)).slice(0, 4)}-4812`,
      contactPoint: CONTACT_POINT,
      phased: true,
      phaseCompletedAt: hoursAgo(now, 12 * 24),
      supplements: [
        {
          sentAt: hoursAgo(now, 12 * 24),
          summary:
            'Slutligt antal berörda (3 kunder, 214 verifikationer) och mottagarens skriftliga bekräftelse på radering.',
        },
      ],
      secrecyRequest:
        'Uppgifterna om vilka kunder som berörs och om våra rutiner för bilagor i supporten bör omfattas av ' +
        'sekretess: de rör enskildas ekonomiska förhållanden och skulle underlätta nya angrepp.',
    },
    subjects: {
      decision: 'not_high_risk',
      informedAt: hoursAgo(now, aware - 26),
      plannedAt: null,
      channel: 'Telefon och e-post',
      reasoning: 'Ingen hög risk; de tre kunderna informerades ändå av kundtjänsten.',
    },
    measuresTaken: ['Mottagaren raderade e-posten och bekräftade det skriftligt', 'Berörda kunder informerade'],
    measuresPlanned: ['Varning i supportverktyget när bilagor hör till ett annat kundkonto', 'Utbildning av supporten'],
    facts: ['misdirected', 'email', 'financial_data', 'trusted_recipient'],
    closedAt: hoursAgo(now, 10 * 24),
    timeline: [
      { at: hoursAgo(now, aware + 3), text: 'E-postsvaret med fel bilagor skickas.' },
      { at: hoursAgo(now, aware), text: 'Mottagaren hör av sig; incidenten rapporteras till ekonomichefen.' },
      { at: hoursAgo(now, aware - 4), text: 'Mottagaren bekräftar att e-posten är raderad.' },
      { at: hoursAgo(now, aware - 22), text: 'Anmälan till IMY (första etappen).' },
      { at: hoursAgo(now, 12 * 24), text: 'Komplettering till IMY skickad.' },
    ],
    activityIds: [EXAMPLE_IDS.bookkeeping, EXAMPLE_IDS.service],
  }
}

function lostLaptop(now: Date): BreachFields {
  const aware = 45 * 24
  const base = emptyBreachFields('Förlorad bärbar dator (krypterad hårddisk)')
  return {
    ...base,
    occurredFrom: hoursAgo(now, aware + 5),
    detectedAt: hoursAgo(now, aware + 1),
    awareAt: hoursAgo(now, aware),
    howDiscovered: 'Konsulten anmälde förlusten till IT-supporten samma kväll.',
    types: ['confidentiality'],
    cause: 'internal_accidental',
    description:
      'En konsults bärbara dator glömdes på tåget. Datorn har fullständig diskkryptering (BitLocker med TPM och ' +
      'PIN) och innehöll lokala kopior av kundkorrespondens.',
    dataCategories: ['Kontaktuppgifter', 'Kundkorrespondens'],
    subjectGroups: ['Kunder (företrädare och enskilda näringsidkare)'],
    approxSubjects: 150,
    approxRecords: 600,
    consequences: 'Inga sannolika konsekvenser: uppgifterna är oläsliga utan nyckeln, som inte har röjts.',
    enisa: assessSeverity({ dpc: 1, dataKinds: ['simple'], ei: 0.25, cb: confidentialityOnly(0) }),
    riskLevel: 'none',
    reasoning:
      'Disken är krypterad med stark kryptering och nyckeln har inte röjts; uppgifterna finns kvar i molnet. ' +
      'Osannolikt att incidenten medför en risk (jfr EDPB 01/2021 fall 10). Anmäls inte; dokumenterad enligt artikel 33.5.',
    imy: { ...base.imy, decision: 'not_required' },
    subjects: {
      decision: 'art34_3_a',
      informedAt: null,
      plannedAt: null,
      channel: '',
      reasoning: 'Uppgifterna är krypterade och oläsliga för den som hittar datorn (artikel 34.3 a).',
    },
    measuresTaken: ['Datorn spärrad och fjärrradering begärd', 'Konsultens inloggningar återkallade', 'Polisanmälan'],
    facts: ['device_stolen', 'encrypted'],
    closedAt: hoursAgo(now, 40 * 24),
    timeline: [
      { at: hoursAgo(now, aware), text: 'Förlusten anmäld till IT-supporten.' },
      { at: hoursAgo(now, aware - 1), text: 'Datorn spärrad; fjärrradering begärd.' },
    ],
    activityIds: [EXAMPLE_IDS.itOperations],
  }
}

function mailboxBreakIn(now: Date): BreachFields {
  const base = emptyBreachFields('Obehörig inloggning i supportens e-postkonto')
  return {
    ...base,
    occurredFrom: hoursAgo(now, 30),
    detectedAt: hoursAgo(now, 27),
    awareAt: hoursAgo(now, 26),
    howDiscovered: 'Varning från e-postleverantören om inloggning från ett okänt land.',
    types: ['confidentiality'],
    cause: 'external_malicious',
    description:
      'Ett nätfiskemejl ledde till att en obehörig loggade in i supportens delade e-postkonto. Det utreds om ' +
      'e-post med kunduppgifter har lästs eller vidarebefordrats.',
    dataCategories: ['Kontaktuppgifter', 'Supportärenden', 'Möjligen bokföringsunderlag i bilagor'],
    subjectGroups: ['Kunder (företrädare och enskilda näringsidkare)'],
    approxSubjects: 800,
    consequences: 'Möjlig riktad nätfiske mot kunder; om bilagor lästs även röjande av ekonomiska uppgifter.',
    imy: { ...base.imy, contactPoint: CONTACT_POINT },
    measuresTaken: ['Lösenordet bytt och alla sessioner utloggade', 'Tvåfaktorsinloggning påslagen för kontot'],
    measuresPlanned: ['Genomgång av inloggningsloggar och vidarebefordringsregler'],
    facts: ['email'],
    timeline: [
      { at: hoursAgo(now, 27), text: 'Varning om misstänkt inloggning.' },
      { at: hoursAgo(now, 26), text: 'Inloggningen bekräftad som obehörig; 72-timmarsfristen börjar.' },
      { at: hoursAgo(now, 25), text: 'Lösenord bytt och sessioner utloggade.' },
    ],
    activityIds: [EXAMPLE_IDS.service, EXAMPLE_IDS.complaints],
  }
}

function accessRequest(now: Date): DataSubjectRequestFields {
  const received = day(now, -10)
  return {
    ...newRequestFields('access', received, 'electronic'),
    reference: `DSR-${received.slice(0, 4)}-014`,
    requester: 'Enskild näringsidkare (kund sedan 2021)',
    description: 'Begär en kopia av alla personuppgifter och information om vilka mottagare som fått dem.',
    identityVerifiedAt: day(now, -9),
    status: 'in_progress',
    activityIds: [EXAMPLE_IDS.service, EXAMPLE_IDS.bookkeeping, EXAMPLE_IDS.marketing],
  }
}

function erasureRequest(now: Date): DataSubjectRequestFields {
  // The same day last month plus two: the month ends two to four days ahead, due within the week even when the
  // last day rolls past a weekend or Easter (a property test checks this for any day).
  const received = addDays(addMonthsSameDate(stockholmDateOf(now), -1), 2)
  return {
    ...newRequestFields('erasure', received, 'electronic'),
    reference: `DSR-${received.slice(0, 4)}-011`,
    requester: 'Tidigare kund (avslutat konto)',
    description: 'Har sagt upp avtalet och begär att alla uppgifter raderas.',
    identityVerifiedAt: addDays(received, 1),
    status: 'in_progress',
    notes:
      'Räkenskapsinformation måste sparas till och med sjunde året efter räkenskapsårets slut (bokföringslagen ' +
      '7 kap. 2 §, artikel 17.3 b); övriga uppgifter raderas och marknadsföringen stoppas.',
    activityIds: [EXAMPLE_IDS.service, EXAMPLE_IDS.marketing, EXAMPLE_IDS.bookkeeping],
  }
}

function objectionRequest(now: Date): DataSubjectRequestFields {
  const received = day(now, -60)
  return {
    ...newRequestFields('objection', received, 'electronic'),
    reference: `DSR-${received.slice(0, 4)}-007`,
    requester: 'Kund',
    description: 'Invänder mot nyhetsbrev och riktade erbjudanden (artikel 21.2).',
    identityVerifiedAt: received,
    status: 'answered',
    respondedAt: day(now, -58),
    activityIds: [EXAMPLE_IDS.marketing],
  }
}

function marketingComplaint(now: Date): ComplaintFields {
  const received = day(now, -5)
  return {
    ...newComplaintFields('internal', 'complaint', 'Marknadsföringsmejl trots avslutat konto', received),
    complainant: 'Tidigare kund',
    responseDueAt: day(now, 9),
    status: 'open',
    timeline: [
      { at: hoursAgo(now, 5 * 24), text: 'Klagomålet kom in via supporten.' },
      { at: hoursAgo(now, 4 * 24), text: 'Marknadsavdelningen ombedd att ta fram utskickslistorna.' },
    ],
    activityIds: [EXAMPLE_IDS.marketing],
  }
}

const IMY_LETTER =
  'Integritetsskyddsmyndigheten har tagit emot ett klagomål som gäller er behandling av personuppgifter för ' +
  'marknadsföring. Klaganden uppger att nyhetsbrev fortsatt att skickas trots en invändning.\n\n' +
  'IMY begär att ni besvarar följande frågor:\n' +
  '1. Vilken rättslig grund har ni för utskicken?\n' +
  '2. Hur hanterade ni klagandens invändning enligt artikel 21.3?\n' +
  '3. Vilka rutiner har ni för att ta emot invändningar mot direktmarknadsföring?\n'

function imyLetterDocument(now: Date): StoredDocument {
  return storedCaseDocument({
    id: ID.imyLetter,
    ownerId: ID.imyCase,
    name: 'Skrivelse från IMY.txt',
    bytes: new TextEncoder().encode(IMY_LETTER),
    mimeType: 'text/plain',
    addedAt: hoursAgo(now, 8 * 24),
    addedBy: 'DPO',
  })
}

function imyCase(now: Date, letter: StoredDocument): ComplaintFields {
  const received = day(now, -8)
  return {
    ...newComplaintFields('imy_case', 'complaint', 'Klagomål till IMY om nyhetsbrev trots invändning', received),
    imyCaseNumber: `IMY-${received.slice(0, 4)}-2231`,
    complainant: 'Privatperson (namn i IMY:s skrivelse)',
    complaintLodgedAt: day(now, -30),
    questions: [
      'Vilken rättslig grund har ni för utskicken?',
      'Hur hanterade ni klagandens invändning enligt artikel 21.3?',
      'Vilka rutiner har ni för att ta emot invändningar mot direktmarknadsföring?',
    ],
    responseDueAt: day(now, 13),
    status: 'awaiting_reply',
    documents: [
      { name: letter.name, sentAt: received, publicRecordAck: false, direction: 'received', documentId: letter.id },
    ],
    timeline: [
      { at: hoursAgo(now, 8 * 24), text: 'Skrivelse från IMY mottagen.' },
      { at: hoursAgo(now, 7 * 24), text: 'Marknadschefen ombedd om underlag om invändningar.' },
    ],
    requestIds: [ID.objectionRequest],
    activityIds: [EXAMPLE_IDS.marketing],
  }
}
