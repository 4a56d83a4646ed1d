/**
 * Register checks on the Art 30 record itself (domain-reference §1.1, §1.2 and §9 checks 1, 7, 8): the fields
 * an activity must describe, its review date, and whether the DPIA question was ever asked.
 */
import { filled, type Localised } from './finding'
import { defineActivityCheck, NONE } from './activity-check'

const CORE_FIELD_NAMES: Record<string, Localised> = {
  purposes: { sv: 'ändamål', en: 'purposes' },
  dataSubjectCategories: { sv: 'kategorier av registrerade', en: 'categories of data subjects' },
  personalDataCategories: { sv: 'kategorier av personuppgifter', en: 'categories of personal data' },
}

/** Check 1: purposes, categories of data subjects and of personal data (Art 30(1)(b), (c)). */
export const coreFieldsCheck = defineActivityCheck(
  {
    code: 'register/core-fields-missing',
    title: { sv: 'Ändamål eller kategorier saknas', en: 'Purposes or categories missing' },
    rule: 'Art 30(1)(b)(c)',
    description: {
      sv: 'Varje behandling anger ändamål, kategorier av registrerade och kategorier av personuppgifter.',
      en: 'Every activity states its purposes, categories of data subjects and categories of personal data.',
    },
    reference: 1,
  },
  (a, _ctx, draft) => {
    if (a.purposes.length > 0 && a.dataSubjectCategories.length > 0 && a.personalDataCategories.length > 0) return NONE
    const missing = (['purposes', 'dataSubjectCategories', 'personalDataCategories'] as const).filter(
      (f) => a[f].length === 0,
    )
    const list = (lang: keyof Localised) => missing.map((m) => CORE_FIELD_NAMES[m]![lang]).join(', ')
    const message = { sv: `Registret saknar ${list('sv')}.`, en: `The record lacks ${list('en')}.` }
    const fix = { sv: 'Fyll i de saknade uppgifterna.', en: 'Fill in the missing fields.' }
    return [draft({ severity: 'high', message, fix }, missing[0])]
  },
)

/** Check 7: a description of the Art 32(1) security measures (Art 30(1)(g)). */
export const securityCheck = defineActivityCheck(
  {
    code: 'register/security-missing',
    title: { sv: 'Säkerhetsåtgärder saknas', en: 'Security measures missing' },
    rule: 'Art 30(1)(g), 32(1)',
    description: {
      sv: 'Behandlingen beskriver sina tekniska och organisatoriska säkerhetsåtgärder.',
      en: 'The activity describes its technical and organisational security measures.',
    },
    reference: 7,
  },
  (a, _ctx, draft) => {
    if (filled(a.securityMeasures)) return NONE
    const message = { sv: 'Säkerhetsåtgärderna är inte beskrivna.', en: 'The security measures are not described.' }
    const fix = {
      sv: 'Beskriv åtgärderna (behörighetsstyrning, kryptering, loggning, säkerhetskopiering) eller hänvisa till er säkerhetspolicy.',
      en: 'Describe the measures (access control, encryption, logging, backups) or refer to your security policy.',
    }
    return [draft({ severity: 'medium', message, fix }, 'securityMeasures')]
  },
)

/** Check 8: the recipients of Art 30(1)(d); more urgent when a transfer record shows there is one. */
export const recipientsCheck = defineActivityCheck(
  {
    code: 'register/recipients-missing',
    title: { sv: 'Mottagare saknas', en: 'Recipients missing' },
    rule: 'Art 30(1)(d)',
    description: {
      sv: 'Behandlingen anger kategorier av mottagare, i synnerhet när en överföring är kopplad till den.',
      en: 'The activity lists its categories of recipients, especially when a transfer is linked to it.',
    },
    reference: 8,
  },
  (a, { index }, draft) => {
    if (a.recipients.length > 0) return NONE
    const linked = (index.liveTransfersByActivity.get(a.id)?.length ?? 0) > 0
    const message = linked
      ? {
          sv: 'En överföring är kopplad till behandlingen men inga mottagare är angivna.',
          en: 'A transfer is linked to the activity but no recipients are listed.',
        }
      : { sv: 'Inga mottagare är angivna.', en: 'No recipients are listed.' }
    const fix = {
      sv: 'Ange vilka som får uppgifterna (internt, biträden, myndigheter), eller notera att ingen gör det.',
      en: 'List who receives the data (internal, processors, authorities), or note that nobody does.',
    }
    return [draft({ severity: linked ? 'medium' : 'low', message, fix }, 'recipients')]
  },
)

/** Art 14(2)(f): where the data comes from when it is not collected from the data subject. */
export const sourcesCheck = defineActivityCheck(
  {
    code: 'register/sources-missing',
    title: { sv: 'Källa saknas', en: 'Source missing' },
    rule: 'Art 14(2)(f)',
    description: {
      sv: 'Uppgifter som inte samlas in från den registrerade har en angiven källa.',
      en: 'Data not collected from the data subject has a recorded source.',
    },
    reference: null,
  },
  (a, _ctx, draft) => {
    if (a.collectedFromDataSubject || a.sources.length > 0) return NONE
    const message = {
      sv: 'Uppgifterna hämtas från annat håll men källan är inte angiven.',
      en: 'The data comes from elsewhere but the source is not recorded.',
    }
    const fix = { sv: 'Ange källan till uppgifterna.', en: 'Record where the data comes from.' }
    return [draft({ severity: 'medium', message, fix }, 'sources')]
  },
)

/** Art 30(2)(a): as a processor, each controller we act for. */
export const controllersServedCheck = defineActivityCheck(
  {
    code: 'register/controllers-served-missing',
    title: { sv: 'Personuppgiftsansvariga saknas', en: 'Controllers served missing' },
    rule: 'Art 30(2)(a)',
    description: {
      sv: 'En behandling där vi är personuppgiftsbiträde anger de personuppgiftsansvariga vi behandlar för.',
      en: 'An activity where we act as processor names the controllers we process for.',
    },
    reference: null,
  },
  (a, _ctx, draft) => {
    if (a.role !== 'processor' || a.controllersServed.some((c) => filled(c.name))) return NONE
    const message = {
      sv: 'Vi är personuppgiftsbiträde men ingen personuppgiftsansvarig är angiven.',
      en: 'We act as processor but no controller is named.',
    }
    const fix = {
      sv: 'Ange namn och kontaktuppgifter för varje personuppgiftsansvarig.',
      en: 'Name each controller with its contact details.',
    }
    return [draft({ severity: 'high', message, fix }, 'controllersServed')]
  },
)

/** Art 26, 30(1)(a): the joint controllers, when the role says there are some. */
export const jointControllersCheck = defineActivityCheck(
  {
    code: 'register/joint-controllers-missing',
    title: { sv: 'Gemensamt ansvariga saknas', en: 'Joint controllers missing' },
    rule: 'Art 26, 30(1)(a)',
    description: {
      sv: 'En behandling med gemensamt personuppgiftsansvar namnger de andra ansvariga.',
      en: 'A jointly controlled activity names the other controllers.',
    },
    reference: null,
  },
  (a, _ctx, draft) => {
    if (a.role !== 'joint_controller' || filled(a.jointControllers)) return NONE
    const message = {
      sv: 'Gemensamt personuppgiftsansvar utan angivna parter.',
      en: 'Joint controllership without the other parties named.',
    }
    const fix = {
      sv: 'Ange de andra ansvariga och hänvisa till ert arrangemang enligt art. 26.',
      en: 'Name the other controllers and refer to your Art 26 arrangement.',
    }
    return [draft({ severity: 'medium', message, fix }, 'jointControllers')]
  },
)

/** Accountability (Art 5(2)): the activity is past its own review date. */
export const reviewOverdueCheck = defineActivityCheck(
  {
    code: 'register/review-overdue',
    title: { sv: 'Översyn försenad', en: 'Review overdue' },
    rule: 'Art 5(2), 24(1)',
    description: {
      sv: 'Behandlingen har setts över senast på sitt översynsdatum.',
      en: 'The activity has been reviewed by its review date.',
    },
    reference: null,
  },
  (a, { today }, draft) => {
    if (a.nextReviewOn === null || a.nextReviewOn >= today) return NONE
    const message = {
      sv: `Behandlingen skulle ha setts över senast ${a.nextReviewOn}.`,
      en: `The activity was due for review on ${a.nextReviewOn}.`,
    }
    const fix = {
      sv: 'Gå igenom uppgifterna, spara och sätt ett nytt översynsdatum.',
      en: 'Go through the record, save it and set a new review date.',
    }
    return [draft({ severity: 'low', message, fix }, 'nextReviewOn')]
  },
)

/** Art 35(1): nobody has asked whether the activity needs a DPIA. */
export const dpiaNotAssessedCheck = defineActivityCheck(
  {
    code: 'register/dpia-not-assessed',
    title: { sv: 'Behov av konsekvensbedömning ej bedömt', en: 'DPIA need not assessed' },
    rule: 'Art 35(1); WP248',
    description: {
      sv: 'Varje aktiv behandling har en DPIA-screening eller ett beslut i registret om konsekvensbedömning.',
      en: 'Every active activity has a DPIA screening or a DPIA decision in the register.',
    },
    reference: null,
  },
  (a, { index }, draft) => {
    if (a.status !== 'active' || a.dpia.status !== 'not_assessed' || index.screeningByActivity.has(a.id)) return NONE
    const message = {
      sv: 'Ingen har bedömt om behandlingen kräver en konsekvensbedömning.',
      en: 'Nobody has assessed whether the activity needs a DPIA.',
    }
    const fix = {
      sv: 'Gör en DPIA-screening eller ange i registret varför ingen behövs.',
      en: 'Screen the activity for a DPIA or record in the register why none is needed.',
    }
    return [draft({ severity: 'low', message, fix }, 'dpia.status')]
  },
)

/** The register checks on the record's own fields. */
export const REGISTER_FIELD_CHECKS = [
  coreFieldsCheck,
  securityCheck,
  recipientsCheck,
  sourcesCheck,
  controllersServedCheck,
  jointControllersCheck,
  reviewOverdueCheck,
  dpiaNotAssessedCheck,
]
