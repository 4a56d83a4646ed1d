/** The generated notice's fixed wording in English. */
import type { NoticePhrases } from './notice.phrases'

export const EN_PHRASES: NoticePhrases = {
  title: (org) => `Privacy notice of ${org}`,
  headings: {
    summary: 'In brief',
    objection: 'Your right to object',
    controller: 'Who is responsible for your personal data?',
    dpo: 'Data protection officer',
    purposes: 'What we do with your data and why',
    recipients: 'Who we share the data with',
    sources: 'Where the data come from',
    transfers: 'Transfers outside the EU/EEA',
    rights: 'Your rights',
    complaint: 'Complaints to the Swedish Authority for Privacy Protection',
    automated: 'Automated decisions and profiling',
    changes: 'Changes to this notice',
  },
  summaryIntro: (org) =>
    `${org} is the controller of your personal data. First a short summary; further down we describe each ` +
    'purpose on its own.',
  summaryPurposes: 'We use your personal data to:',
  summaryRights: (contact) =>
    'You have the right to know what data we hold about you, to have errors corrected, to have data erased, to ' +
    `restrict the processing and to object to it. Contact us at ${contact}.`,
  labels: {
    name: 'Name',
    orgNumber: 'Company registration number',
    address: 'Address',
    email: 'Email',
    phone: 'Phone',
    representative: 'Representative in the EU',
    jointControllers: 'Joint controllers',
    legalBasis: 'Legal basis',
    interest: 'Our legitimate interest',
    dataCategories: 'Personal data',
    subjects: 'Who is concerned',
    sources: 'Where the data come from',
    recipients: 'Recipients',
    retention: 'How long we keep the data',
    requirement: 'Do you have to provide the data?',
    activity: 'Processing activity in the register',
  },
  missing: {
    basis: '[Legal basis missing in the register]',
    interest: '[The legitimate interest is not described in the register]',
    retention: '[Retention period missing in the register]',
    dpo: '[No data protection officer in the organisation profile]',
    contact: '[Contact details missing in the organisation profile]',
    sources: '[Source missing in the register]',
    recipients: '[No recipients recorded in the register]',
    transferDetails: '[Recipient, country and safeguard missing in the register]',
    transferGround:
      '[The ground for the transfer does not hold (consent by account or without risk information) – fix under Transfers]',
  },
  noDpo: 'We have no data protection officer.',
  dpoIntro: 'You can contact our data protection officer about anything concerning the processing of your data.',
  legalBasis: {
    a_consent: 'Your consent (Article 6(1)(a) GDPR)',
    b_contract: 'The processing is necessary to perform our contract with you (Article 6(1)(b))',
    c_legal_obligation: 'The processing is necessary for us to comply with a legal obligation (Article 6(1)(c))',
    d_vital_interests:
      'The processing is necessary to protect your or someone else’s vital interests (Article 6(1)(d))',
    e_public_task:
      'The processing is necessary for a task in the public interest or official authority (Article 6(1)(e))',
    f_legitimate_interests: 'Our legitimate interest, after a balancing test (Article 6(1)(f))',
  },
  legalReference: (ref) => `Under ${ref}.`,
  recipientKind: {
    internal: 'within our organisation',
    controller: 'a controller in its own right',
    joint_controller: 'a joint controller with us',
    processor: 'a processor handling the data on our behalf',
    authority: 'a public authority',
    other: 'other recipient',
  },
  noRecipients: 'We do not disclose the data to anyone else.',
  requirement: {
    statutory: 'Yes, the data are required by law. Without them we cannot meet our obligations.',
    contractual:
      'The data are needed to enter into and perform the contract with you. Without them we cannot provide the service.',
    voluntary: 'No, it is voluntary. Not consenting does not affect the rest of your relationship with us.',
    not_required: 'No, you are not obliged to provide the data.',
    unknown: '[Cannot be stated until the register records the legal basis]',
  },
  transfersIntro:
    'Some data are transferred to recipients outside the EU/EEA. Here you see where, and which safeguard we use.',
  transferLine: (importer, country, safeguard) => `${importer} in ${country}: ${safeguard}`,
  mechanism: {
    adequacy:
      'the European Commission’s decision that the country ensures an adequate level of protection (Article 45)',
    scc: 'the European Commission’s standard contractual clauses, Decision (EU) 2021/914 (Article 46(2)(c))',
    bcr: 'binding corporate rules approved by a data protection authority (Article 47)',
    code_of_conduct: 'an approved code of conduct with binding commitments by the recipient (Article 46(2)(e))',
    certification: 'an approved certification with binding commitments by the recipient (Article 46(2)(f))',
    ad_hoc_clauses: 'contractual clauses authorised by the Swedish Authority for Privacy Protection (Article 46(3)(a))',
    public_authority_instrument: 'a legally binding instrument between public authorities (Article 46(2)(a))',
  },
  derogation: {
    a_explicit_consent: 'your explicit consent to this transfer, after being told the risks (Article 49(1)(a))',
    b_contract_with_data_subject: 'the transfer is necessary to perform our contract with you (Article 49(1)(b))',
    c_contract_in_data_subject_interest: 'the transfer is necessary for a contract in your interest (Article 49(1)(c))',
    d_important_public_interest: 'important reasons of public interest (Article 49(1)(d))',
    e_legal_claims: 'the transfer is necessary to establish, exercise or defend legal claims (Article 49(1)(e))',
    f_vital_interests: 'the transfer is necessary to protect your vital interests (Article 49(1)(f))',
    g_public_register: 'the data come from a public register (Article 49(1)(g))',
    second_subparagraph: 'compelling legitimate interests in a one-off case (Article 49(1), second subparagraph)',
  },
  copyOfSafeguards: (contact) => `You can get a copy of the safeguard by contacting us at ${contact}.`,
  adequacyPublished: 'The Commission’s decision is published on eur-lex.europa.eu.',
  objection: {
    general:
      'You always have the right to object to processing based on our legitimate interest or on a task in the ' +
      'public interest, on grounds relating to your particular situation. We then stop, unless we can show ' +
      'compelling legitimate grounds that override your interests, or the processing is needed to establish, ' +
      'exercise or defend legal claims (Article 21(1)).',
    marketing:
      'You can object at any time to our use of your data for direct marketing. We then stop using them for that ' +
      'purpose altogether, without exception (Article 21(2)–(3)).',
    appliesTo: 'The right to object applies in particular to:',
  },
  rights: [
    'The right of access to your data and to a copy of them (Article 15).',
    'The right to have inaccurate data corrected and incomplete data completed (Article 16).',
    'The right to have data erased, for example when they are no longer needed (Article 17).',
    'The right to have the processing restricted while something is being checked (Article 18).',
    'The right to object to processing based on legitimate or public interest (Article 21).',
  ],
  portability:
    'The right to receive the data you gave us in a machine-readable format and to move them (data portability, Article 20).',
  withdrawConsent:
    'You can withdraw a consent at any time. This does not affect processing that took place before you withdrew it (Article 7(3)).',
  howToExercise: (contact) => `Contact us at ${contact} to use your rights. We reply within one month.`,
  complaint:
    'If you think we process your personal data wrongly, you can lodge a complaint with the Swedish Authority for ' +
    'Privacy Protection (Integritetsskyddsmyndigheten, IMY), the supervisory authority (Article 77).',
  imyAddress: [
    'Integritetsskyddsmyndigheten (IMY)',
    'Box 8114',
    '104 20 Stockholm, Sweden',
    'imy@imy.se',
    'www.imy.se',
  ],
  automatedProfiling: (purposes) =>
    `We use profiling for these purposes: ${purposes}. We take no decisions based solely on automated processing ` +
    'that produce legal effects concerning you or similarly significantly affect you (Article 22).',
  automatedNone:
    'We take no decisions based solely on automated processing, including profiling, that produce legal effects ' +
    'concerning you or similarly significantly affect you (Article 22).',
  changes: 'We update this notice when our processing changes. The latest version is always available here.',
  sourcesIntro: 'Data we do not get from you directly come from:',
}
