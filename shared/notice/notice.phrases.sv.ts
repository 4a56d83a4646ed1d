/** The generated notice's fixed wording in Swedish, with IMY's own terms (domain-reference §8). */
import type { NoticePhrases } from './notice.phrases'

export const SV_PHRASES: NoticePhrases = {
  title: (org) => `Integritetspolicy för ${org}`,
  headings: {
    summary: 'I korthet',
    objection: 'Din rätt att invända',
    controller: 'Vem ansvarar för dina personuppgifter?',
    dpo: 'Dataskyddsombud',
    purposes: 'Vad vi gör med dina uppgifter och varför',
    recipients: 'Vilka vi delar uppgifterna med',
    sources: 'Varifrån uppgifterna kommer',
    transfers: 'Överföring till länder utanför EU/EES',
    rights: 'Dina rättigheter',
    complaint: 'Klagomål till Integritetsskyddsmyndigheten',
    automated: 'Automatiserade beslut och profilering',
    changes: 'Ändringar i den här informationen',
  },
  summaryIntro: (org) =>
    `${org} är personuppgiftsansvarig för behandlingen av dina personuppgifter. Här får du först en kort ` +
    'sammanfattning; längre ned beskriver vi varje ändamål för sig.',
  summaryPurposes: 'Vi använder dina personuppgifter för att:',
  summaryRights: (contact) =>
    'Du har rätt att få veta vilka uppgifter vi har om dig, få fel rättade, få uppgifter raderade, begränsa ' +
    `behandlingen och invända mot den. Kontakta oss på ${contact}.`,
  labels: {
    name: 'Namn',
    orgNumber: 'Organisationsnummer',
    address: 'Adress',
    email: 'E-post',
    phone: 'Telefon',
    representative: 'Företrädare i EU',
    jointControllers: 'Gemensamt personuppgiftsansvariga',
    legalBasis: 'Rättslig grund',
    interest: 'Vårt berättigade intresse',
    dataCategories: 'Personuppgifter',
    subjects: 'Vilka som berörs',
    sources: 'Varifrån uppgifterna kommer',
    recipients: 'Mottagare',
    retention: 'Hur länge vi sparar uppgifterna',
    requirement: 'Måste du lämna uppgifterna?',
    activity: 'Behandling i registret',
  },
  missing: {
    basis: '[Rättslig grund saknas i registret]',
    interest: '[Det berättigade intresset är inte beskrivet i registret]',
    retention: '[Lagringstid saknas i registret]',
    dpo: '[Inget dataskyddsombud angivet i organisationsuppgifterna]',
    contact: '[Kontaktuppgift saknas i organisationsuppgifterna]',
    sources: '[Källa saknas i registret]',
    recipients: '[Inga mottagare angivna i registret]',
    transferDetails: '[Mottagare, land och skyddsåtgärd saknas i registret]',
    transferGround:
      '[Grunden för överföringen håller inte (samtycke via konto eller utan riskinformation) – åtgärda under Tredjelandsöverföringar]',
  },
  noDpo: 'Vi har inget dataskyddsombud.',
  dpoIntro: 'Du kan kontakta vårt dataskyddsombud om allt som gäller behandlingen av dina personuppgifter.',
  legalBasis: {
    a_consent: 'Ditt samtycke (art. 6.1 a dataskyddsförordningen)',
    b_contract: 'Behandlingen behövs för att fullgöra avtalet med dig (art. 6.1 b)',
    c_legal_obligation: 'Behandlingen behövs för att vi ska uppfylla en rättslig förpliktelse (art. 6.1 c)',
    d_vital_interests: 'Behandlingen behövs för att skydda ditt eller någon annans grundläggande intresse (art. 6.1 d)',
    e_public_task: 'Behandlingen behövs för en uppgift av allmänt intresse eller myndighetsutövning (art. 6.1 e)',
    f_legitimate_interests: 'Vårt berättigade intresse, efter en intresseavvägning (art. 6.1 f)',
  },
  legalReference: (ref) => `Enligt ${ref}.`,
  recipientKind: {
    internal: 'inom vår organisation',
    controller: 'egen personuppgiftsansvarig',
    joint_controller: 'gemensamt personuppgiftsansvarig med oss',
    processor: 'personuppgiftsbiträde som behandlar uppgifterna för vår räkning',
    authority: 'myndighet',
    other: 'annan mottagare',
  },
  noRecipients: 'Vi lämnar inte ut uppgifterna till någon annan.',
  requirement: {
    statutory: 'Ja, uppgifterna krävs enligt lag. Utan dem kan vi inte uppfylla våra skyldigheter.',
    contractual:
      'Uppgifterna behövs för att ingå och fullgöra avtalet med dig. Om du inte lämnar dem kan vi inte leverera tjänsten.',
    voluntary: 'Nej, det är frivilligt. Om du inte samtycker påverkar det inte din övriga relation med oss.',
    not_required: 'Nej, du är inte skyldig att lämna uppgifterna.',
    unknown: '[Kan inte anges förrän den rättsliga grunden finns i registret]',
  },
  transfersIntro:
    'Vissa uppgifter överförs till mottagare utanför EU/EES. Här ser du vart och vilken skyddsåtgärd vi använder.',
  transferLine: (importer, country, safeguard) => `${importer} i ${country}: ${safeguard}`,
  mechanism: {
    adequacy: 'EU-kommissionens beslut om adekvat skyddsnivå i landet (art. 45)',
    scc: 'EU-kommissionens standardavtalsklausuler, beslut (EU) 2021/914 (art. 46.2 c)',
    bcr: 'bindande företagsbestämmelser godkända av en dataskyddsmyndighet (art. 47)',
    code_of_conduct: 'en godkänd uppförandekod med bindande åtaganden från mottagaren (art. 46.2 e)',
    certification: 'en godkänd certifiering med bindande åtaganden från mottagaren (art. 46.2 f)',
    ad_hoc_clauses: 'avtalsklausuler som Integritetsskyddsmyndigheten har godkänt (art. 46.3 a)',
    public_authority_instrument: 'ett rättsligt bindande instrument mellan myndigheter (art. 46.2 a)',
  },
  derogation: {
    a_explicit_consent:
      'ditt uttryckliga samtycke till just den här överföringen, efter information om riskerna (art. 49.1 a)',
    b_contract_with_data_subject: 'överföringen behövs för att fullgöra avtalet med dig (art. 49.1 b)',
    c_contract_in_data_subject_interest: 'överföringen behövs för ett avtal i ditt intresse (art. 49.1 c)',
    d_important_public_interest: 'viktiga skäl som rör allmänintresset (art. 49.1 d)',
    e_legal_claims:
      'överföringen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (art. 49.1 e)',
    f_vital_interests: 'överföringen behövs för att skydda ditt grundläggande intresse (art. 49.1 f)',
    g_public_register: 'uppgifterna kommer från ett offentligt register (art. 49.1 g)',
    second_subparagraph: 'tvingande berättigade intressen i ett enstaka fall (art. 49.1 andra stycket)',
  },
  copyOfSafeguards: (contact) => `Du kan få en kopia av skyddsåtgärden genom att kontakta oss på ${contact}.`,
  adequacyPublished: 'Kommissionens beslut finns på eur-lex.europa.eu.',
  objection: {
    general:
      'Du har alltid rätt att invända mot behandling som grundar sig på vårt berättigade intresse eller på en ' +
      'uppgift av allmänt intresse, av skäl som har att göra med din särskilda situation. Då slutar vi, om vi inte ' +
      'kan visa tvingande berättigade skäl som väger tyngre än dina intressen, eller om behandlingen behövs för att ' +
      'fastställa, göra gällande eller försvara rättsliga anspråk (art. 21.1).',
    marketing:
      'Du kan när som helst invända mot att vi använder dina uppgifter för direktmarknadsföring. Då slutar vi helt ' +
      'att använda dem för det ändamålet, utan undantag (art. 21.2–21.3).',
    appliesTo: 'Rätten att invända gäller särskilt:',
  },
  rights: [
    'Rätt att få tillgång till dina uppgifter och en kopia av dem (art. 15).',
    'Rätt att få felaktiga uppgifter rättade och ofullständiga kompletterade (art. 16).',
    'Rätt att få uppgifter raderade, till exempel när de inte längre behövs (art. 17).',
    'Rätt att begära att behandlingen begränsas medan något utreds (art. 18).',
    'Rätt att invända mot behandling som grundar sig på berättigat intresse eller allmänt intresse (art. 21).',
  ],
  portability:
    'Rätt att få ut de uppgifter du själv lämnat i ett maskinläsbart format och föra över dem (dataportabilitet, art. 20).',
  withdrawConsent:
    'Du kan när som helst återkalla ett samtycke. Det påverkar inte behandlingen som skett innan du återkallade det (art. 7.3).',
  howToExercise: (contact) => `Kontakta oss på ${contact} för att använda dina rättigheter. Vi svarar inom en månad.`,
  complaint:
    'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till ' +
    'Integritetsskyddsmyndigheten (IMY), som är tillsynsmyndighet (art. 77).',
  imyAddress: ['Integritetsskyddsmyndigheten', 'Box 8114', '104 20 Stockholm', 'imy@imy.se', 'www.imy.se'],
  automatedProfiling: (purposes) =>
    `Vi använder profilering för följande ändamål: ${purposes}. Vi fattar inga beslut som enbart grundas på ` +
    'automatiserad behandling och som har rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad (art. 22).',
  automatedNone:
    'Vi fattar inga beslut som enbart grundas på automatiserad behandling, inklusive profilering, och som har ' +
    'rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad (art. 22).',
  changes: 'Vi uppdaterar den här informationen när vår behandling ändras. Den senaste versionen finns alltid här.',
  sourcesIntro: 'Uppgifter som vi inte får från dig själv hämtar vi från:',
}
