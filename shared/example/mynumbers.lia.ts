/**
 * MyNumbers AB's legitimate-interest assessments and DPIA screenings (issue 5), as its published policy implies
 * them. The policy claims legitimate interests for marketing, complaint handling and product development and
 * justifies all three with one sentence: "vi anser att behandlingen kommer att vara fördelaktig för dig". The
 * LIAs are the drafts the business would write from that, with the weak spots a DPO must challenge: marketing
 * with profiling people do not expect and no stated opt-out (fails), complaints kept without a retention limit
 * (needs a mitigation), and product development tested on real data with no alternative considered (incomplete).
 */
import { stockholmDateOf } from '../deadlines'
import {
  emptyDpiaScreeningAnswers,
  screeningFields,
  type DpiaScreening,
  type DpiaScreeningAnswers,
  type Wp248Criterion,
} from '../dpia'
import { stampNew } from '../kernel'
import { emptyLiaAnswers, newLiaDraft, type LegitimateInterestAssessment, type LiaAnswers } from '../lia'
import type { ExampleCollections } from './example.types'
import { EXAMPLE_IDS, myNumbersActivities } from './mynumbers.register'

/** Fixed ids, so tests and later modules can refer to the example's LIAs. */
export const EXAMPLE_LIA_IDS = {
  marketing: '6d1f0c3a-9301-4000-8000-000000000001',
  complaints: '6d1f0c3a-9302-4000-8000-000000000002',
  development: '6d1f0c3a-9303-4000-8000-000000000003',
} as const

const POLICY_REASONING =
  'Enligt integritetspolicyn: "vi anser att våra intressen att behandla dina personuppgifter för dessa ändamål ' +
  'överväger det integritetsintrång som du utsätts för", en bedömning gjord "särskilt med beaktande av att vi ' +
  'anser att behandlingen kommer att vara fördelaktig för dig".'
const POLICY_LINK = 'Integritetspolicyn, avsnittet "Vilken rättslig grund har vi för våra personuppgiftsbehandlingar?"'
const OBJECTION_REF = 'Integritetspolicyn, avsnittet "Rätt att göra invändningar"'
const CONTACT = 'Kontaktuppgifter (namn, adress, e-post, telefon)'

const purposeIds = (activityId: string): string[] =>
  myNumbersActivities()
    .find((a) => a.id === activityId)
    ?.fields.purposes.map((p) => p.id) ?? []

function marketingAnswers(): LiaAnswers {
  return {
    ...emptyLiaAnswers(),
    publicAuthorityTask: false,
    interest: {
      description:
        'Marknadsföra våra tjänster, skicka nyhetsbrev och ge "bättre och personligare erbjudanden och service" ' +
        'genom att samköra, segmentera och analysera kunduppgifter för riktad marknadsföring.',
      holder: 'controller',
      thirdPartyName: '',
    },
    interestLawful: true,
    interestPreciselyArticulated: true,
    interestRealAndPresent: true,
    howProcessingAchievesInterest:
      'Kontaktuppgifter behövs för utskicken; beteende- och preferensdata behövs för att anpassa erbjudandena.',
    lessIntrusiveAlternatives: {
      alternatives: [
        {
          description: 'Be om samtycke till profilering och riktade erbjudanden',
          equallyEffective: false,
          whyRejected: 'Färre kunder skulle samtycka.',
        },
      ],
      reasoning: '',
    },
    dataCategoriesJustified: [
      { category: CONTACT, justified: true, justification: 'Behövs för utskicken.' },
      {
        category: 'Beteende- och preferensdata',
        justified: true,
        justification: 'Behövs för att anpassa erbjudanden.',
      },
    ],
    dataTypes: [],
    subjectGroups: ['customers', 'website_visitors'],
    scale: {
      approxPeople: null,
      approxRecords: null,
      duration: 'Så länge kundförhållandet består och upp till 12 månader därefter',
      combinedWith: 'Användning av app och webbplats, cookies och externa analysföretag',
    },
    relationship: { kind: 'customer', powerImbalance: 'none', note: '' },
    reasonableExpectations: {
      answer: 'no',
      evidence:
        'Kunder kan vänta sig nyhetsbrev om tjänsterna, men samkörning och profilering efter beteende framgår ' +
        'bara av integritetspolicyn.',
      changedByMitigationIds: [],
    },
    impacts: [
      { description: 'Oönskad marknadsföring i e-post', likelihood: 3, severity: 1, mitigatedBy: [] },
      {
        description: 'Profileringen kartlägger beteende och ekonomiska förhållanden; känsla av att bli övervakad',
        likelihood: 3,
        severity: 3,
        mitigatedBy: [],
      },
    ],
    mitigations: [],
    // The policy grants the Art 21 right in general terms but states no way to opt out of the mailings.
    objectionProcess: { processInPlace: true, ref: OBJECTION_REF, directMarketing: true, marketingOptOut: false },
    privacyNotice: { stated: true, link: POLICY_LINK },
  }
}

function complaintAnswers(): LiaAnswers {
  return {
    ...emptyLiaAnswers(),
    publicAuthorityTask: false,
    interest: {
      description: 'Hantera klagomål och reklamationer och ta tillvara våra rättigheter enligt avtalet med kunden.',
      holder: 'controller',
      thirdPartyName: '',
    },
    interestLawful: true,
    interestPreciselyArticulated: true,
    interestRealAndPresent: true,
    howProcessingAchievesInterest:
      'Kontakt- och ärendeuppgifter behövs för att utreda klagomålet, svara kunden och kunna visa hur det avgjordes.',
    lessIntrusiveAlternatives: {
      alternatives: [
        {
          description: 'Radera ärendet så snart klagomålet är besvarat',
          equallyEffective: false,
          whyRejected: 'Vi måste kunna visa hur ärendet avgjordes om kunden återkommer eller en tvist uppstår.',
        },
      ],
      reasoning: '',
    },
    dataCategoriesJustified: [
      { category: CONTACT, justified: true, justification: 'Behövs för att svara kunden.' },
      { category: 'Ärendeuppgifter', justified: true, justification: 'Behövs för att utreda klagomålet.' },
    ],
    dataTypes: [],
    subjectGroups: ['customers'],
    scale: {
      approxPeople: null,
      approxRecords: null,
      duration: 'Ingen lagringstid angiven i policyn',
      combinedWith: '',
    },
    relationship: { kind: 'customer', powerImbalance: 'none', note: '' },
    reasonableExpectations: {
      answer: 'yes',
      evidence: 'Kunden har själv kontaktat oss med klagomålet.',
      changedByMitigationIds: [],
    },
    impacts: [
      {
        description: 'Ärendeuppgifter sparas utan bestämd lagringstid och kan användas i senare kundkontakter',
        likelihood: 3,
        severity: 3,
        mitigatedBy: [],
      },
    ],
    mitigations: [],
    objectionProcess: { processInPlace: true, ref: OBJECTION_REF, directMarketing: false, marketingOptOut: false },
    privacyNotice: { stated: true, link: POLICY_LINK },
  }
}

function developmentAnswers(): LiaAnswers {
  return {
    ...emptyLiaAnswers(),
    publicAuthorityTask: false,
    interest: {
      description: 'Testa och förbättra våra system samt utveckla befintliga och nya tjänster.',
      holder: 'controller',
      thirdPartyName: '',
    },
    interestLawful: true,
    interestPreciselyArticulated: true,
    interestRealAndPresent: true,
    howProcessingAchievesInterest: 'Verkliga kunduppgifter används i testmiljön. ' + POLICY_REASONING,
    dataCategoriesJustified: [
      { category: CONTACT, justified: true, justification: 'Ingår i kundposterna.' },
      { category: 'Identitetsuppgifter (personnummer, organisationsnummer)', justified: false, justification: '' },
      {
        category: 'Ekonomiska uppgifter (bokföringsdata för enskild firma, bankkontonummer)',
        justified: true,
        justification: 'Behövs för att testa bokföringsfunktionerna.',
      },
    ],
    dataTypes: ['financial', 'identity_number'],
    subjectGroups: ['customers'],
    privacyNotice: { stated: true, link: POLICY_LINK },
  }
}

function lia(id: string, activityId: string, author: string, answers: LiaAnswers, now: Date) {
  const fields = { ...newLiaDraft(author, { activityIds: [activityId], purposeIds: purposeIds(activityId) }) }
  return { ...stampNew({ ...fields, answers, outcomeReasoning: POLICY_REASONING }, now), id }
}

/** The three drafts, as the business would hand them to the DPO. */
export function myNumbersLias(now: Date): LegitimateInterestAssessment[] {
  return [
    lia(EXAMPLE_LIA_IDS.marketing, EXAMPLE_IDS.marketing, 'Marknadschef', marketingAnswers(), now),
    lia(EXAMPLE_LIA_IDS.complaints, EXAMPLE_IDS.complaints, 'Kundservicechef', complaintAnswers(), now),
    lia(EXAMPLE_LIA_IDS.development, EXAMPLE_IDS.development, 'Produktchef', developmentAnswers(), now),
  ]
}

/** Which WP248 criteria each example activity meets, with the note the DPO wrote; unlisted: none. */
const SCREENED: Record<keyof typeof EXAMPLE_IDS, Partial<Record<Wp248Criterion, string>>> = {
  marketing: {
    evaluation_scoring: 'Kunder segmenteras och profileras efter preferenser, beteenden och behov.',
    matching_combining: 'Uppgifter "samkörs" med användningsdata och externa analysföretags underlag.',
  },
  cookies: {
    evaluation_scoring: 'Beteendeanalys för riktad marknadsföring.',
    systematic_monitoring: 'Tredjepartscookies följer besökare i app och på webbplats.',
  },
  service: { sensitive_or_highly_personal: 'Bokföringsdata för enskilda firmor och personnummer.' },
  development: { sensitive_or_highly_personal: 'Verkliga bokföringsdata och personnummer används i test.' },
  bookkeeping: {},
  complaints: {},
  signatory: {},
  itOperations: {},
}

function screeningAnswers(met: Partial<Record<Wp248Criterion, string>>): DpiaScreeningAnswers {
  const answers = emptyDpiaScreeningAnswers()
  for (const [criterion, note] of Object.entries(met) as [Wp248Criterion, string][]) {
    answers.criteria[criterion] = { met: true, note }
  }
  return answers
}

/** One screening per example activity; marketing and cookies come out "DPIA required" with none referenced. */
export function myNumbersDpiaScreenings(now: Date): DpiaScreening[] {
  const today = stockholmDateOf(now)
  return (Object.keys(EXAMPLE_IDS) as (keyof typeof EXAMPLE_IDS)[]).map((key, i) => {
    const input = { answers: screeningAnswers(SCREENED[key]), note: '' }
    const fields = screeningFields(EXAMPLE_IDS[key], input, 'Dataskyddsombudet', today)
    return { ...stampNew(fields, now), id: `6d1f0c3a-52${String(i + 1).padStart(2, '0')}-4000-8000-000000000000` }
  })
}

/** Records for the example workspace; `now` stamps them so review dates are current. */
export function myNumbersLia(now: Date): ExampleCollections {
  return { lias: myNumbersLias(now), liaVersions: [], dpiaScreenings: myNumbersDpiaScreenings(now) }
}
