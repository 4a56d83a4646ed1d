/**
 * The texts behind a DPIA screening, as data: the WP248 criteria, the Art 35(3) cases and IMY's Art 35(4) list.
 *
 * `verified` says whether the wording was checked against its source. The domain reference does not quote
 * IMY's list, so its items are phrased generally and marked unverified until someone compares them with the
 * list on imy.se; the UI should show them as such.
 */
import type { Art35_3Case, DpiaText, ImyListItem, Wp248Criterion } from './dpia.schema'

/** A screening item shown to the DPO. */
export interface DpiaScreeningItem {
  label: DpiaText
  source: string
  verified: boolean
}

/** WP248 rev.01 (endorsed by the EDPB): the nine criteria of likely high risk. */
export const WP248_CRITERIA: Readonly<Record<Wp248Criterion, DpiaScreeningItem>> = {
  evaluation_scoring: {
    label: {
      sv: 'Utvärdering eller poängsättning, inklusive profilering och förutsägelser',
      en: 'Evaluation or scoring, including profiling and predicting',
    },
    source: 'WP248, criterion 1',
    verified: true,
  },
  automated_decision_legal_effect: {
    label: {
      sv: 'Automatiserat beslutsfattande med rättsliga eller liknande betydande följder',
      en: 'Automated decision-making with legal or similar significant effect',
    },
    source: 'WP248, criterion 2',
    verified: true,
  },
  systematic_monitoring: {
    label: { sv: 'Systematisk övervakning', en: 'Systematic monitoring' },
    source: 'WP248, criterion 3',
    verified: true,
  },
  sensitive_or_highly_personal: {
    label: {
      sv: 'Känsliga uppgifter eller uppgifter av mycket personlig karaktär',
      en: 'Sensitive data or data of a highly personal nature',
    },
    source: 'WP248, criterion 4',
    verified: true,
  },
  large_scale: {
    label: { sv: 'Behandling i stor omfattning', en: 'Data processed on a large scale' },
    source: 'WP248, criterion 5',
    verified: true,
  },
  matching_combining: {
    label: { sv: 'Matchning eller sammanslagning av datamängder', en: 'Matching or combining datasets' },
    source: 'WP248, criterion 6',
    verified: true,
  },
  vulnerable_subjects: {
    label: {
      sv: 'Uppgifter om sårbara registrerade, till exempel barn, anställda eller patienter',
      en: 'Data concerning vulnerable data subjects, such as children, employees or patients',
    },
    source: 'WP248, criterion 7',
    verified: true,
  },
  innovative_technology: {
    label: {
      sv: 'Innovativ användning eller ny teknisk eller organisatorisk lösning',
      en: 'Innovative use or applying new technological or organisational solutions',
    },
    source: 'WP248, criterion 8',
    verified: true,
  },
  prevents_right_or_service: {
    label: {
      sv: 'Behandlingen hindrar de registrerade från att utöva en rättighet eller använda en tjänst eller ett avtal',
      en: 'The processing prevents data subjects from exercising a right or using a service or a contract',
    },
    source: 'WP248, criterion 9',
    verified: true,
  },
}

/** Art 35(3): the cases in which the GDPR itself requires a DPIA (paraphrased from the article). */
export const ART35_3_CASES: Readonly<Record<Art35_3Case, DpiaScreeningItem>> = {
  a_systematic_extensive_evaluation: {
    label: {
      sv: 'Systematisk och omfattande bedömning av personliga aspekter, grundad på automatiserad behandling inklusive profilering, som ligger till grund för beslut med rättsliga följder eller som på liknande sätt i betydande grad påverkar personen',
      en: 'Systematic and extensive evaluation of personal aspects, based on automated processing including profiling, on which decisions are based that produce legal effects or similarly significantly affect the person',
    },
    source: 'Art 35(3)(a)',
    verified: true,
  },
  b_large_scale_special_or_criminal: {
    label: {
      sv: 'Behandling i stor omfattning av känsliga personuppgifter (art. 9.1) eller uppgifter om lagöverträdelser (art. 10)',
      en: 'Processing on a large scale of special categories of data (Art 9(1)) or of criminal offence data (Art 10)',
    },
    source: 'Art 35(3)(b)',
    verified: true,
  },
  c_public_area_monitoring_large_scale: {
    label: {
      sv: 'Systematisk övervakning av en allmän plats i stor omfattning',
      en: 'Systematic monitoring of a publicly accessible area on a large scale',
    },
    source: 'Art 35(3)(c)',
    verified: true,
  },
}

const IMY_LIST = 'IMY, list under Art 35(4)'

/** IMY's list of processing requiring a DPIA (Art 35(4)), phrased generally: wording not verified. */
export const IMY_DPIA_LIST: Readonly<Record<ImyListItem, DpiaScreeningItem>> = {
  large_scale_health_or_genetic: {
    label: {
      sv: 'Behandling i stor omfattning av hälsouppgifter eller genetiska uppgifter',
      en: 'Large-scale processing of health or genetic data',
    },
    source: IMY_LIST,
    verified: false,
  },
  biometric_identification: {
    label: {
      sv: 'Biometriska uppgifter för att entydigt identifiera personer',
      en: 'Biometric data used to uniquely identify people',
    },
    source: IMY_LIST,
    verified: false,
  },
  employee_monitoring: {
    label: {
      sv: 'Systematisk övervakning av anställda, till exempel av e-post, internetanvändning eller position',
      en: 'Systematic monitoring of employees, for example of e-mail, internet use or location',
    },
    source: IMY_LIST,
    verified: false,
  },
  location_tracking: {
    label: {
      sv: 'Systematisk insamling av lokaliseringsuppgifter om personer',
      en: 'Systematic collection of location data about people',
    },
    source: IMY_LIST,
    verified: false,
  },
  children_profiling_or_marketing: {
    label: {
      sv: 'Profilering av barn eller användning av barns uppgifter för marknadsföring eller automatiserade beslut',
      en: 'Profiling children, or using children’s data for marketing or automated decisions',
    },
    source: IMY_LIST,
    verified: false,
  },
  creditworthiness_or_insurance_scoring: {
    label: {
      sv: 'Bedömning av personers kreditvärdighet, betalningsförmåga eller försäkringsrisk',
      en: 'Assessing people’s creditworthiness, ability to pay or insurance risk',
    },
    source: IMY_LIST,
    verified: false,
  },
  combining_registers: {
    label: {
      sv: 'Samkörning av register från olika källor eller personuppgiftsansvariga för nya ändamål',
      en: 'Combining registers from different sources or controllers for new purposes',
    },
    source: IMY_LIST,
    verified: false,
  },
  new_technology_behaviour_analysis: {
    label: {
      sv: 'Ny teknik, till exempel AI eller uppkopplade saker, som analyserar personers beteende eller egenskaper',
      en: 'New technology, for example AI or connected devices, analysing people’s behaviour or characteristics',
    },
    source: IMY_LIST,
    verified: false,
  },
  camera_surveillance_public: {
    label: {
      sv: 'Kamerabevakning av platser dit allmänheten har tillträde',
      en: 'Camera surveillance of places open to the public',
    },
    source: IMY_LIST,
    verified: false,
  },
  collected_without_notice: {
    label: {
      sv: 'Uppgifter från annan källa än den registrerade utan att de registrerade informeras (art. 14.5 b)',
      en: 'Data obtained from another source without informing the data subjects (Art 14(5)(b))',
    },
    source: IMY_LIST,
    verified: false,
  },
}
