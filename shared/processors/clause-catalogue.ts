/**
 * The clauses a processor agreement is reviewed against, with labels and guidance in both languages, citing
 * their source (domain-reference §3.2–3.4). Data, not UI: the review form, the review outcome and check 16 all
 * read the same labels.
 */
import type { Localised } from '../transfers'
import type { ClauseKey } from './agreement.schema'

/** One clause of the catalogue. */
export interface ClauseCatalogueEntry {
  key: ClauseKey
  /** mandatory = required by Art 28; extra = common practice (§3.4). */
  group: 'mandatory' | 'extra'
  article: string
  label: Localised
  guidance: Localised
}

type Entry = ClauseCatalogueEntry
const m = (key: ClauseKey, article: string, label: Localised, guidance: Localised): Entry => ({
  key,
  group: 'mandatory',
  article,
  label,
  guidance,
})
const x = (key: ClauseKey, article: string, label: Localised, guidance: Localised): Entry => ({
  key,
  group: 'extra',
  article,
  label,
  guidance,
})

/** All clauses in review order: the mandatory ones in the order of Art 28, then the extras. */
// prettier-ignore
export const CLAUSE_CATALOGUE: readonly ClauseCatalogueEntry[] = [
  m('processing_details', 'Art 28(3) första stycket / first subparagraph',
    { sv: 'Behandlingens föremål, varaktighet, art och ändamål', en: 'Subject-matter, duration, nature and purpose' },
    { sv: 'Avtalet ska ange föremål och varaktighet, behandlingens art och ändamål, typ av personuppgifter, kategorier av registrerade samt den personuppgiftsansvariges skyldigheter och rättigheter.',
      en: "The contract sets out the subject-matter and duration, the nature and purpose, the type of personal data, the categories of data subjects and the controller's obligations and rights." }),
  m('a', 'Art 28(3)(a)',
    { sv: 'Dokumenterade instruktioner', en: 'Documented instructions' },
    { sv: 'Biträdet behandlar bara enligt dokumenterade instruktioner, även om överföring till tredjeland, om inte unionsrätt eller nationell rätt kräver det; då informeras den ansvarige först, om inte lagen förbjuder det.',
      en: 'The processor acts only on documented instructions, including on third-country transfers, unless Union or member-state law requires otherwise; it then tells the controller first unless that law forbids it.' }),
  m('b', 'Art 28(3)(b)',
    { sv: 'Sekretess', en: 'Confidentiality' },
    { sv: 'Personer som behandlar uppgifterna har åtagit sig sekretess eller omfattas av lagstadgad tystnadsplikt.',
      en: 'Persons authorised to process the data have committed to confidentiality or are under a statutory duty of confidentiality.' }),
  m('c', 'Art 28(3)(c), 32',
    { sv: 'Säkerhet', en: 'Security' },
    { sv: 'Biträdet vidtar alla åtgärder som krävs enligt art. 32; en bilaga med tekniska och organisatoriska åtgärder är vanlig.',
      en: 'The processor takes all measures required under Art 32; an annex of technical and organisational measures is usual.' }),
  m('d', 'Art 28(3)(d)',
    { sv: 'Villkor för underbiträden', en: 'Conditions for sub-processors' },
    { sv: 'Biträdet följer villkoren i art. 28.2 och 28.4 för att anlita ett annat personuppgiftsbiträde.',
      en: 'The processor respects the conditions of Art 28(2) and 28(4) for engaging another processor.' }),
  m('e', 'Art 28(3)(e)',
    { sv: 'Hjälp med de registrerades rättigheter', en: "Assistance with data subjects' rights" },
    { sv: 'Biträdet hjälper, genom lämpliga tekniska och organisatoriska åtgärder och i den mån det är möjligt, den ansvarige att besvara begäranden enligt kapitel III.',
      en: 'The processor assists, by appropriate technical and organisational measures insofar as possible, in responding to requests under Chapter III.' }),
  m('f', 'Art 28(3)(f), 32–36',
    { sv: 'Hjälp enligt art. 32–36', en: 'Assistance under Art 32–36' },
    { sv: 'Biträdet hjälper till med säkerhet, anmälan av personuppgiftsincidenter, konsekvensbedömningar och förhandssamråd.',
      en: 'The processor assists with security, personal data breach notification, DPIAs and prior consultation.' }),
  m('g', 'Art 28(3)(g)',
    { sv: 'Radering eller återlämnande', en: 'Deletion or return' },
    { sv: 'När tjänsterna upphör raderar eller återlämnar biträdet, efter den ansvariges val, alla personuppgifter och raderar kopior, om inte lagring krävs enligt lag.',
      en: "At the end of the services the processor deletes or returns all personal data, at the controller's choice, and deletes copies unless law requires storage." }),
  m('h', 'Art 28(3)(h)',
    { sv: 'Information och granskning', en: 'Information and audits' },
    { sv: 'Biträdet ger all information som behövs för att visa att art. 28 följs och möjliggör och bidrar till granskningar, inklusive inspektioner, av den ansvarige eller en revisor som den ansvarige utsett.',
      en: 'The processor makes available all information needed to demonstrate compliance with Art 28 and allows for and contributes to audits, including inspections, by the controller or its mandated auditor.' }),
  m('h2', 'Art 28(3) andra stycket / second subparagraph',
    { sv: 'Varning vid felaktig instruktion', en: 'Alert on an infringing instruction' },
    { sv: 'Biträdet informerar omedelbart den ansvarige om en instruktion enligt biträdets mening strider mot dataskyddsförordningen eller annan dataskyddslagstiftning.',
      en: 'The processor immediately informs the controller if, in its opinion, an instruction infringes the GDPR or other data protection law.' }),
  m('sub_processing', 'Art 28(2), 28(4)',
    { sv: 'Anlitande av underbiträden', en: 'Engaging sub-processors' },
    { sv: 'Förhandsgodkännande, särskilt eller allmänt och skriftligt; vid allmänt godkännande informerar biträdet om tillägg och byten så att den ansvarige kan invända. Samma skyldigheter ska gälla underbiträdet och biträdet förblir fullt ansvarigt.',
      en: 'Prior specific or general written authorisation; under a general one the processor announces additions and replacements so the controller can object. The same obligations bind the sub-processor and the processor stays fully liable.' }),
  x('breach_notice_hours', 'Art 33(2)',
    { sv: 'Tidsfrist för incidentrapportering', en: 'Breach notice deadline' },
    { sv: 'Förordningen säger "utan onödigt dröjsmål"; den ansvarige har själv 72 timmar att anmäla till IMY, så avtalet bör ge en kortare frist (ofta 24–48 timmar). Ange antalet timmar.',
      en: 'The GDPR says "without undue delay"; the controller itself has 72 hours to notify IMY, so the contract should set a shorter deadline (often 24–48 hours). Record the number of hours.' }),
  x('audit_rights', 'Art 28(3)(h)',
    { sv: 'Granskningsrätt i praktiken', en: 'Audit rights in practice' },
    { sv: 'Hur ofta, med vilket varsel, vem som betalar, på plats eller på distans, och vilka tredjepartsrapporter (t.ex. ISO 27001, SOC 2) som godtas.',
      en: 'How often, with what notice, who pays, on site or remote, and which third-party reports (e.g. ISO 27001, SOC 2) are accepted.' }),
  x('processing_locations', 'Art 28(3)(a), 44',
    { sv: 'Behandlingsplatser', en: 'Processing locations' },
    { sv: 'Länder där uppgifterna lagras och varifrån de nås, även support. Tredjeland kräver en överföringsgrund (standardavtalsklausuler bifogade).',
      en: 'Countries where the data is stored and from where it is accessed, support included. A third country needs a transfer ground (SCCs attached).' }),
  x('deletion_or_return', 'Art 28(3)(g)',
    { sv: 'Frist och intyg för radering', en: 'Deletion deadline and certificate' },
    { sv: 'Inom hur många dagar uppgifterna återlämnas eller raderas, och om biträdet intygar raderingen.',
      en: 'Within how many days the data is returned or deleted, and whether the processor certifies the deletion.' }),
  x('liability', 'Art 82',
    { sv: 'Ansvar och ansvarsbegränsning', en: 'Liability and caps' },
    { sv: 'Ansvarstak och skadeslöshet; ett tak kan inte begränsa biträdets ansvar mot de registrerade enligt art. 82.',
      en: "Liability cap and indemnities; a cap cannot limit the processor's Art 82 liability towards data subjects." }),
  x('dsar_assistance', 'Art 28(3)(e), 12(3)',
    { sv: 'Frister för hjälp med begäranden', en: 'Deadlines for help with requests' },
    { sv: 'Hur snabbt biträdet vidarebefordrar och hjälper med begäranden, så att månadsfristen i art. 12.3 kan hållas.',
      en: 'How fast the processor forwards and helps with requests, so the one-month deadline of Art 12(3) can be met.' }),
  x('dpia_assistance', 'Art 28(3)(f), 35–36',
    { sv: 'Stöd vid konsekvensbedömning', en: 'Help with DPIAs' },
    { sv: 'Vilken information och hjälp biträdet ger vid konsekvensbedömningar och förhandssamråd, och till vilken kostnad.',
      en: 'What information and help the processor gives for DPIAs and prior consultation, and at what cost.' }),
]

const BY_KEY: ReadonlyMap<ClauseKey, ClauseCatalogueEntry> = new Map(CLAUSE_CATALOGUE.map((e) => [e.key, e]))

/** The catalogue entry of a clause. */
export function clauseEntry(key: ClauseKey): ClauseCatalogueEntry {
  const entry = BY_KEY.get(key)
  // Unreachable while the catalogue lists every key; the catalogue test guards that.
  if (!entry) throw new Error(`clause ${key} is not in the catalogue`)
  return entry
}
