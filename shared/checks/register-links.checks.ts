/**
 * Register checks that reach beyond one activity (domain-reference §9 checks 2, 15, 19): the organisation's own
 * contact and DPO, the processors named as recipients and their agreements, and third-country transfers the
 * register mentions without a transfer record.
 */
import { isAgreementInForce } from '../processors'
import { organisationGaps, type ProcessingActivity, type Recipient } from '../register'
import { destinationName, isThirdCountry, thirdCountriesAmong } from '../transfers'
import type { Vendor } from '../vendors'
import { defineActivityCheck, NONE, type ActivityCheckContext } from './activity-check'
import { defineCheck, filled, type EntityRef, type Finding, type Localised } from './finding'
import { nameKey } from './workspace-index'

const organisationEntity = (name: string): EntityRef => ({
  collection: 'organisation',
  id: 'organisation',
  label: filled(name) ? name : 'Organisation',
})

/** Check 2 (first half): the controller's name and contact (Art 30(1)(a)). */
export const controllerContactCheck = defineCheck(
  {
    code: 'register/controller-contact-missing',
    module: 'register',
    title: { sv: 'Personuppgiftsansvarigs kontaktuppgifter saknas', en: 'Controller contact missing' },
    rule: 'Art 30(1)(a)',
    description: {
      sv: 'Organisationens namn och kontaktuppgifter finns i organisationsprofilen.',
      en: 'The organisation profile holds the controller name and contact details.',
    },
    reference: 2,
  },
  ({ organisation }) => {
    const gaps = organisationGaps(organisation).filter((g) => g.field !== 'organisation.dpoEmail')
    if (gaps.length === 0) return []
    return [
      {
        code: 'register/controller-contact-missing',
        severity: 'high',
        rule: 'Art 30(1)(a)',
        entity: organisationEntity(organisation.name),
        activityIds: [],
        field: gaps[0]!.field.replace('organisation.', ''),
        message: {
          sv: 'Organisationens namn eller kontaktuppgifter saknas i registret.',
          en: 'The organisation name or contact details are missing from the record.',
        },
        fix: {
          sv: 'Fyll i namn, e-post eller telefon under Inställningar → Organisation.',
          en: 'Fill in the name, e-mail or phone under Settings → Organisation.',
        },
      },
    ]
  },
)

/** Check 2 (second half): the DPO's contact details (Art 37(7), 30(1)(a)). */
export const dpoContactCheck = defineCheck(
  {
    code: 'register/dpo-contact-missing',
    module: 'register',
    title: { sv: 'Dataskyddsombud saknas', en: 'DPO contact missing' },
    rule: 'Art 30(1)(a), 37(7)',
    description: {
      sv: 'Dataskyddsombudets namn och kontaktuppgifter finns i organisationsprofilen.',
      en: "The organisation profile holds the DPO's name and contact details.",
    },
    reference: 2,
  },
  ({ organisation }) => {
    if (filled(organisation.dpoName) && filled(organisation.dpoEmail)) return []
    return [
      {
        code: 'register/dpo-contact-missing',
        severity: 'medium',
        rule: 'Art 30(1)(a), 37(7)',
        entity: organisationEntity(organisation.name),
        activityIds: [],
        field: filled(organisation.dpoName) ? 'dpoEmail' : 'dpoName',
        message: {
          sv: 'Inget dataskyddsombud med kontaktuppgifter är angivet.',
          en: 'No data protection officer with contact details is recorded.',
        },
        fix: {
          sv: 'Ange dataskyddsombudets namn och e-post, publicera dem och anmäl ombudet till IMY.',
          en: "Record the DPO's name and e-mail, publish them and notify IMY of the appointment.",
        },
      },
    ]
  },
)

/** The vendor behind a processor recipient: by its link, else by name (`key`); undefined when neither finds one. */
function recipientVendor(r: Recipient, key: string, ctx: ActivityCheckContext): Vendor | undefined {
  if (r.vendorId) return ctx.index.vendorById.get(r.vendorId)
  const id = ctx.index.vendorIdByName.get(key)
  return id === undefined ? undefined : ctx.index.vendorById.get(id)
}

/** Why a processor recipient has no agreement we can trace, or null when it has one in force. */
function processorProblem(r: Recipient, key: string, ctx: ActivityCheckContext): 'unlinked' | 'no_agreement' | null {
  const vendor = recipientVendor(r, key, ctx)
  if (!vendor) return 'unlinked'
  const agreements = ctx.index.agreementsByVendor.get(vendor.id) ?? []
  return agreements.some((a) => isAgreementInForce(a, ctx.today)) ? null : 'no_agreement'
}

const PROCESSOR_FIX = {
  sv: 'Koppla mottagaren till leverantören och registrera ett skriftligt avtal enligt art. 28.3.',
  en: 'Link the recipient to its vendor and record a written Art 28(3) agreement.',
}

// The same processor is usually named in many activities: its message is built once and shared (the texts
// are never changed after), which spares a large register tens of thousands of identical strings.
const processorMessages = new Map<string, Localised>()

function processorMessage(problem: 'unlinked' | 'no_agreement', name: string): Localised {
  const key = `${problem}\u0000${name}`
  let message = processorMessages.get(key)
  if (!message) {
    if (processorMessages.size > 5000) processorMessages.clear()
    message =
      problem === 'unlinked'
        ? {
            sv: `Biträdet "${name}" är inte kopplat till någon leverantör, så inget avtal kan spåras.`,
            en: `Processor "${name}" is not linked to a vendor, so no agreement can be traced.`,
          }
        : {
            sv: `Biträdet "${name}" har inget gällande personuppgiftsbiträdesavtal.`,
            en: `Processor "${name}" has no processor agreement in force.`,
          }
    processorMessages.set(key, message)
  }
  return message
}

/** Check 15 from the register's side: each processor recipient is a vendor with an agreement in force. */
export const processorAgreementCheck = defineActivityCheck(
  {
    code: 'register/processor-without-agreement',
    title: { sv: 'Biträde utan personuppgiftsbiträdesavtal', en: 'Processor without agreement' },
    rule: 'Art 28(3), 28(9)',
    description: {
      sv: 'Varje personuppgiftsbiträde bland mottagarna är kopplat till en leverantör med gällande avtal.',
      en: 'Every processor among the recipients is linked to a vendor with an agreement in force.',
    },
    reference: 15,
  },
  (a, ctx, draft) => {
    let out: Finding[] | null = null
    for (let i = 0; i < a.recipients.length; i++) {
      const r = a.recipients[i]!
      if (r.kind !== 'processor') continue
      const key = nameKey(r.name)
      const problem = processorProblem(r, key, ctx)
      if (problem === null) continue
      const message = processorMessage(problem, r.name)
      const part = key === '' ? `#${i}` : key
      out ??= []
      out.push(draft({ severity: 'high', message, fix: PROCESSOR_FIX }, `recipients[${i}]`, part))
    }
    return out ?? NONE
  },
)

/** The third countries an activity says it sends data to, from its recipients (checked first without allocating). */
const recipientThirdCountries = (a: ProcessingActivity): string[] =>
  a.recipients.some((r) => r.country !== '' && isThirdCountry(r.country))
    ? thirdCountriesAmong(a.recipients.map((r) => r.country).filter((c) => c !== ''))
    : []

/** Check 19 from the register's side: a transfer outside the EEA the register mentions has a transfer record. */
export const transferRecordCheck = defineActivityCheck(
  {
    code: 'register/third-country-without-transfer-record',
    title: { sv: 'Tredjelandsöverföring utan överföringspost', en: 'Third-country transfer without a record' },
    rule: 'Art 30(1)(e), 44',
    description: {
      sv: 'En behandling som för uppgifter utanför EES har en överföringspost med grund enligt kapitel V.',
      en: 'An activity sending data outside the EEA has a transfer record with its Chapter V ground.',
    },
    reference: 19,
  },
  (a, { index }, draft) => {
    const countries = recipientThirdCountries(a)
    if (!a.thirdCountryTransfers && countries.length === 0) return NONE
    if ((index.liveTransfersByActivity.get(a.id)?.length ?? 0) > 0) return NONE
    const where = (lang: 'sv' | 'en') =>
      countries.length > 0
        ? countries.map((c) => destinationName(c, lang)).join(', ')
        : lang === 'sv'
          ? 'land utanför EES'
          : 'a country outside the EEA'
    const message = {
      sv: `Uppgifter förs till ${where('sv')} men det finns ingen överföringspost med grund (adekvat skyddsnivå, standardavtalsklausuler …).`,
      en: `Data goes to ${where('en')} but there is no transfer record with a ground (adequacy, SCCs …).`,
    }
    const fix = {
      sv: 'Registrera överföringen med mottagare, land och grund enligt art. 45, 46 eller 49, och koppla den till behandlingen.',
      en: 'Record the transfer with recipient, country and its Art 45, 46 or 49 ground, and link it to the activity.',
    }
    const field = a.thirdCountryTransfers ? 'transfersDescription' : 'recipients'
    return [draft({ severity: 'high', message, fix }, field)]
  },
)

/** The register checks that link to the organisation, vendors and transfers. */
export const REGISTER_LINK_CHECKS = [
  controllerContactCheck,
  dpoContactCheck,
  processorAgreementCheck,
  transferRecordCheck,
]
