/**
 * The fixed wording of the generated notice, one object per language with the same shape, so a missing English
 * sentence is a type error. Plain language first (Art 12(1)); article numbers follow in brackets for the reader
 * who wants them.
 */
import type { LegalBasis, Recipient } from '../register'
import type { NoticeLocale } from '../retention'
import type { DerogationGround, TransferMechanismKind } from '../transfers'
import type { Requirement } from './notice.model'
import { EN_PHRASES } from './notice.phrases.en'
import { SV_PHRASES } from './notice.phrases.sv'

/** Everything the notice says that is not taken from the register. */
export interface NoticePhrases {
  title: (org: string) => string
  headings: {
    summary: string
    objection: string
    controller: string
    dpo: string
    purposes: string
    recipients: string
    sources: string
    transfers: string
    rights: string
    complaint: string
    automated: string
    changes: string
  }
  summaryIntro: (org: string) => string
  summaryPurposes: string
  summaryRights: (contact: string) => string
  labels: {
    name: string
    orgNumber: string
    address: string
    email: string
    phone: string
    representative: string
    jointControllers: string
    legalBasis: string
    interest: string
    dataCategories: string
    subjects: string
    sources: string
    recipients: string
    retention: string
    requirement: string
    activity: string
  }
  missing: {
    basis: string
    interest: string
    retention: string
    dpo: string
    contact: string
    sources: string
    recipients: string
    transferDetails: string
    transferGround: string
  }
  noDpo: string
  dpoIntro: string
  legalBasis: Record<LegalBasis, string>
  legalReference: (ref: string) => string
  recipientKind: Record<Recipient['kind'], string>
  noRecipients: string
  requirement: Record<Requirement, string>
  transfersIntro: string
  transferLine: (importer: string, country: string, safeguard: string) => string
  mechanism: Record<Exclude<TransferMechanismKind, 'derogation'>, string>
  derogation: Record<DerogationGround, string>
  copyOfSafeguards: (contact: string) => string
  adequacyPublished: string
  objection: {
    general: string
    marketing: string
    appliesTo: string
  }
  rights: string[]
  portability: string
  withdrawConsent: string
  howToExercise: (contact: string) => string
  complaint: string
  imyAddress: string[]
  automatedProfiling: (purposes: string) => string
  automatedNone: string
  changes: string
  sourcesIntro: string
}

/** The notice's fixed wording in a language. */
export function phrases(locale: NoticeLocale): NoticePhrases {
  return locale === 'sv' ? SV_PHRASES : EN_PHRASES
}

/** Short names of the Art 6(1) bases, for findings ("Not stated: consent"). */
export const BASIS_SHORT: Record<LegalBasis, { sv: string; en: string }> = {
  a_consent: { sv: 'samtycke', en: 'consent' },
  b_contract: { sv: 'avtal', en: 'contract' },
  c_legal_obligation: { sv: 'rättslig förpliktelse', en: 'legal obligation' },
  d_vital_interests: { sv: 'grundläggande intresse', en: 'vital interests' },
  e_public_task: { sv: 'allmänt intresse eller myndighetsutövning', en: 'public task' },
  f_legitimate_interests: { sv: 'berättigat intresse', en: 'legitimate interests' },
}

/** IMY's postal and web address (domain-reference §8); the name changed from Datainspektionen on 1 Jan 2021. */
export const IMY = {
  name: { sv: 'Integritetsskyddsmyndigheten (IMY)', en: 'the Swedish Authority for Privacy Protection (IMY)' },
  postal: ['Box 8114', '104 20 Stockholm'],
  email: 'imy@imy.se',
  web: 'www.imy.se',
} as const
