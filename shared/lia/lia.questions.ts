/**
 * The LIA questionnaire as data, so the form, the PDF and the version diff all walk the same list in the same
 * order (domain-reference §2.2). Guidance cites EDPB Guidelines 1/2024 by step only: the paragraph numbers
 * were not verified for the domain reference, and a wrong pinpoint is worse than none.
 */
import type { LiaQuestionId, LocalisedText } from './lia.schema'

/** The four steps of the form: EDPB 1/2024's three cumulative conditions, then objection and notice. */
export type LiaStep = 1 | 2 | 3 | 4

/** Step headings for the form. */
export const LIA_STEPS: readonly { step: LiaStep; label: LocalisedText }[] = [
  { step: 1, label: { sv: 'Steg 1 – Berättigat intresse', en: 'Step 1 – Legitimate interest' } },
  { step: 2, label: { sv: 'Steg 2 – Nödvändighet', en: 'Step 2 – Necessity' } },
  { step: 3, label: { sv: 'Steg 3 – Intresseavvägning', en: 'Step 3 – Balancing' } },
  { step: 4, label: { sv: 'Steg 4 – Invändningar och information', en: 'Step 4 – Objection and notice' } },
]

/** Which input the UI shows; each maps to one answer shape in `LiaAnswersSchema`. */
export type LiaAnswerType =
  | 'boolean'
  | 'interest'
  | 'long_text'
  | 'alternatives'
  | 'category_justifications'
  | 'multi_select'
  | 'scale'
  | 'relationship'
  | 'expectations'
  | 'impacts'
  | 'mitigations'
  | 'objection_process'
  | 'privacy_notice'

/** One question of the form. `required` answers must be given before the outcome can be anything but incomplete. */
export interface LiaQuestion {
  id: LiaQuestionId
  /** The number the DPO sees, as in domain-reference §2.2. */
  number: string
  step: LiaStep
  answerType: LiaAnswerType
  required: boolean
  label: LocalisedText
  guidance: LocalisedText
}

const EDPB_STEP_1 = { sv: 'EDPB:s riktlinjer 1/2024, steg 1', en: 'EDPB Guidelines 1/2024, step 1' }
const EDPB_STEP_2 = { sv: 'EDPB:s riktlinjer 1/2024, steg 2', en: 'EDPB Guidelines 1/2024, step 2' }
const EDPB_STEP_3 = { sv: 'EDPB:s riktlinjer 1/2024, steg 3', en: 'EDPB Guidelines 1/2024, step 3' }

/** Builds guidance text ending in its source, so every hint says where it comes from. */
const cite = (sv: string, en: string, source: LocalisedText): LocalisedText => ({
  sv: `${sv} (${source.sv})`,
  en: `${en} (${source.en})`,
})

/** The questionnaire in order (domain-reference §2.2, questions 0.1–3.9). */
export const LIA_QUESTIONS: readonly LiaQuestion[] = [
  {
    id: 'publicAuthorityTask',
    number: '0.1',
    step: 1,
    answerType: 'boolean',
    required: true,
    label: {
      sv: 'Är den personuppgiftsansvarige en myndighet som utför sina uppgifter?',
      en: 'Is the controller a public authority performing its tasks?',
    },
    guidance: {
      sv: 'Myndigheter kan inte stödja behandling för sina uppgifter på berättigat intresse (art. 6.1 sista stycket). Svarar du ja underkänns avvägningen.',
      en: 'Public authorities cannot base processing for their tasks on legitimate interests (Art 6(1), last subparagraph). Answering yes fails the assessment.',
    },
  },
  {
    id: 'interest',
    number: '1.1',
    step: 1,
    answerType: 'interest',
    required: true,
    label: { sv: 'Vilket intresse eftersträvas, och vems är det?', en: 'Which interest is pursued, and whose is it?' },
    guidance: cite(
      'Beskriv intresset konkret. Det kan vara den personuppgiftsansvariges eget eller en namngiven tredje parts; kommersiella intressen kan räknas.',
      'Describe the interest concretely. It may be the controller’s own or a named third party’s; commercial interests can qualify.',
      EDPB_STEP_1,
    ),
  },
  {
    id: 'interestLawful',
    number: '1.2',
    step: 1,
    answerType: 'boolean',
    required: true,
    label: { sv: 'Är intresset lagligt?', en: 'Is the interest lawful?' },
    guidance: cite(
      'Intresset får inte strida mot EU-rätt eller nationell rätt.',
      'The interest must not be contrary to EU or national law.',
      EDPB_STEP_1,
    ),
  },
  {
    id: 'interestPreciselyArticulated',
    number: '1.3',
    step: 1,
    answerType: 'boolean',
    required: true,
    label: {
      sv: 'Är intresset klart och precist formulerat?',
      en: 'Is the interest clearly and precisely articulated?',
    },
    guidance: cite(
      'Ett vagt intresse som "affärsändamål" räcker inte; avvägningen kräver ett tydligt avgränsat intresse.',
      'A vague interest such as "business purposes" is not enough; the balancing needs a clearly defined interest.',
      EDPB_STEP_1,
    ),
  },
  {
    id: 'interestRealAndPresent',
    number: '1.4',
    step: 1,
    answerType: 'boolean',
    required: true,
    label: { sv: 'Är intresset verkligt och aktuellt?', en: 'Is the interest real and present?' },
    guidance: cite(
      'Intresset ska finnas nu, inte vara spekulativt eller bero på något som kanske inträffar i framtiden.',
      'The interest must exist now, not be speculative or depend on something that might happen later.',
      EDPB_STEP_1,
    ),
  },
  {
    id: 'howProcessingAchievesInterest',
    number: '2.1',
    step: 2,
    answerType: 'long_text',
    required: true,
    label: {
      sv: 'Hur bidrar behandlingen till att tillgodose intresset?',
      en: 'How does the processing achieve the interest?',
    },
    guidance: cite(
      'Visa sambandet mellan behandlingen och intresset. Behandlingen ska vara nödvändig, inte bara användbar.',
      'Show the link between the processing and the interest. The processing must be necessary, not merely useful.',
      EDPB_STEP_2,
    ),
  },
  {
    id: 'lessIntrusiveAlternatives',
    number: '2.2',
    step: 2,
    answerType: 'alternatives',
    required: true,
    label: {
      sv: 'Vilka mindre ingripande alternativ har prövats, och varför valdes de bort?',
      en: 'Which less intrusive alternatives were considered, and why were they rejected?',
    },
    guidance: cite(
      'Finns ett rimligt, lika effektivt och mindre ingripande alternativ är behandlingen inte nödvändig och avvägningen underkänns.',
      'If a reasonable, equally effective and less intrusive alternative exists, the processing is not necessary and the assessment fails.',
      EDPB_STEP_2,
    ),
  },
  {
    id: 'dataCategoriesJustified',
    number: '2.3',
    step: 2,
    answerType: 'category_justifications',
    required: true,
    label: {
      sv: 'Är varje uppgiftskategori motiverad?',
      en: 'Is each category of data justified?',
    },
    guidance: cite(
      'Uppgiftsminimering (art. 5.1 c): motivera varje kategori; en kategori som inte behövs ska bort.',
      'Data minimisation (Art 5(1)(c)): justify each category; a category that is not needed should go.',
      EDPB_STEP_2,
    ),
  },
  {
    id: 'dataTypes',
    number: '3.1',
    step: 3,
    answerType: 'multi_select',
    required: true,
    label: { sv: 'Vilka slags uppgifter behandlas?', en: 'Which kinds of data are processed?' },
    guidance: cite(
      'Känsliga uppgifter (art. 9), uppgifter om lagöverträdelser (art. 10), ekonomiska uppgifter, platsuppgifter och personnummer väger tyngre i avvägningen. Välj inga om inga av dessa förekommer.',
      'Special categories (Art 9), criminal offence data (Art 10), financial data, location data and identity numbers weigh more in the balancing. Select none if none apply.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'subjectGroups',
    number: '3.2',
    step: 3,
    answerType: 'multi_select',
    required: true,
    label: { sv: 'Vilka är de registrerade?', en: 'Who are the data subjects?' },
    guidance: cite(
      'Barns intressen väger särskilt tungt (art. 6.1 f). Anställda och sårbara personer kräver också extra hänsyn.',
      'Children’s interests weigh particularly heavily (Art 6(1)(f)). Employees and vulnerable people also need extra care.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'scale',
    number: '3.3',
    step: 3,
    answerType: 'scale',
    required: true,
    label: { sv: 'Hur omfattande är behandlingen?', en: 'What is the scale of the processing?' },
    guidance: cite(
      'Ange ungefärligt antal personer och poster, hur länge behandlingen pågår och om uppgifter samkörs med andra källor.',
      'Give the approximate number of people and records, how long the processing lasts, and whether data are combined with other sources.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'relationship',
    number: '3.4',
    step: 3,
    answerType: 'relationship',
    required: true,
    label: {
      sv: 'Vilken relation finns till de registrerade, och finns en maktobalans?',
      en: 'What is the relationship with the data subjects, and is there a power imbalance?',
    },
    guidance: cite(
      'En maktobalans, till exempel mellan arbetsgivare och anställd, väger mot den personuppgiftsansvarige.',
      'A power imbalance, for example between employer and employee, weighs against the controller.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'reasonableExpectations',
    number: '3.5',
    step: 3,
    answerType: 'expectations',
    required: true,
    label: {
      sv: 'Kan de registrerade rimligen förvänta sig behandlingen när uppgifterna samlas in?',
      en: 'Can data subjects reasonably expect the processing at the time and in the context of collection?',
    },
    guidance: cite(
      'Bedöm utifrån sammanhanget vid insamlingen (skäl 47), inte utifrån vad som står i villkoren. Svarar du nej utan en åtgärd som ändrar förväntningarna underkänns avvägningen.',
      'Judge by the context at collection (Recital 47), not by what the terms say. Answering no without a mitigation that changes expectations fails the assessment.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'impacts',
    number: '3.6',
    step: 3,
    answerType: 'impacts',
    required: true,
    label: { sv: 'Vilka konsekvenser kan behandlingen få?', en: 'What impacts may the processing have?' },
    guidance: cite(
      'Till exempel diskriminering, utestängning, ekonomisk skada, skadat anseende eller oro. Bedöm sannolikhet och allvar 1–4; riskvärde 9 eller mer kräver en skyddsåtgärd.',
      'For example discrimination, exclusion, financial loss, reputational harm or distress. Rate likelihood and severity 1–4; a risk score of 9 or more needs a mitigation.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'mitigations',
    number: '3.7',
    step: 3,
    answerType: 'mitigations',
    required: true,
    label: {
      sv: 'Vilka skyddsåtgärder utöver lagens minimikrav vidtas?',
      en: 'Which mitigating measures beyond the legal minimum are taken?',
    },
    guidance: cite(
      'Åtgärderna ska gå längre än vad dataskyddsförordningen redan kräver, till exempel ovillkorlig möjlighet att avanmäla sig, kortare lagringstid eller pseudonymisering.',
      'Measures must go beyond what the GDPR already requires, for example an unconditional opt-out, shorter retention or pseudonymisation.',
      EDPB_STEP_3,
    ),
  },
  {
    id: 'objectionProcess',
    number: '3.8',
    step: 4,
    answerType: 'objection_process',
    required: true,
    label: {
      sv: 'Finns en rutin för invändningar enligt art. 21, och för direktmarknadsföring en avanmälan?',
      en: 'Is there an Art 21 objection process, and for direct marketing an opt-out?',
    },
    guidance: {
      sv: 'Vid invändning (art. 21.1) ska behandlingen upphöra om det inte finns tvingande berättigade skäl. Invändning mot direktmarknadsföring är ovillkorlig (art. 21.2–21.3), och rätten ska anges tydligt senast vid första kontakten (art. 21.4).',
      en: 'On objection (Art 21(1)) processing stops unless there are compelling legitimate grounds. Objection to direct marketing is absolute (Art 21(2)–(3)), and the right must be shown explicitly at the latest at first communication (Art 21(4)).',
    },
  },
  {
    id: 'privacyNotice',
    number: '3.9',
    step: 4,
    answerType: 'privacy_notice',
    required: true,
    label: {
      sv: 'Anges det berättigade intresset i integritetspolicyn?',
      en: 'Is the legitimate interest stated in the privacy notice?',
    },
    guidance: {
      sv: 'Informationen till de registrerade ska ange vilka berättigade intressen som eftersträvas (art. 13.1 d och 14.2 b).',
      en: 'The information given to data subjects must state the legitimate interests pursued (Art 13(1)(d) and 14(2)(b)).',
    },
  },
]
