/**
 * Transfer rules: the SCC module for a pair of roles (domain-reference §4.2) and checks 19–28 of §9. The
 * adequacy checks (20–23) live in adequacy.rules.ts and the derogation checks (26–28) in derogation.rules.ts;
 * `checkTransfer` and `checkTransfers` run them all. Everything takes `today` and reads no clock.
 */
import { checkAdequacyTransfer, type ImporterDpfStatus } from './adequacy.rules'
import { destinationName, thirdCountriesAmong } from './countries'
import { checkDerogationTransfer } from './derogation.rules'
import { aboutEntity, type Finding, type FindingDraft, type Localised } from './finding'
import { ART46_MECHANISMS, TIA_STEPS, type Tia, type TransferFields, type TransferRole } from './transfer.schema'

/** An SCC module of Decision (EU) 2021/914. */
export type SccModule = 1 | 2 | 3 | 4

/** The module of the 2021/914 SCCs for the exporter's and the importer's roles (domain-reference §4.2). */
export function suggestSccModule(exporterRole: TransferRole, importerRole: TransferRole): SccModule {
  if (exporterRole === 'controller') return importerRole === 'controller' ? 1 : 2
  return importerRole === 'processor' ? 3 : 4
}

/** What check 19 needs to know of a vendor (a `Vendor` fits). */
export interface VendorForTransfers {
  id: string
  name: string
  country: string
  processingCountries?: readonly string[]
  dpf?: ImporterDpfStatus
}

/** What check 19 needs to know of a processor agreement (a `ProcessorAgreement` fits). */
export interface AgreementForTransfers {
  id: string
  vendorId: string
  status: string
  subProcessors: readonly { name: string; country: string }[]
}

/** The parts of a transfer the checks read; `id` is absent on an unsaved form. */
export type TransferForChecks = TransferFields & { id?: string }

const ROLE_NAME: Record<TransferRole, Localised> = {
  controller: { sv: 'personuppgiftsansvarig', en: 'controller' },
  processor: { sv: 'personuppgiftsbiträde', en: 'processor' },
}

const live = (t: Pick<TransferFields, 'status'>): boolean => t.status !== 'ended' && t.status !== 'suspended'
const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** Check 19 finding for one recipient in one third country. */
function missingRecord(recipient: string, country: string, entityId: string): Finding {
  return aboutEntity(
    {
      code: 'transfer/missing-record',
      check: 19,
      article: 'Art 44, 30(1)(e)',
      severity: 'high',
      message: {
        sv: `${recipient} behandlar uppgifter i ${destinationName(country, 'sv')} (utanför EES) men det finns ingen överföringspost.`,
        en: `${recipient} processes data in ${destinationName(country, 'en')} (outside the EEA) but there is no transfer record.`,
      },
      fix: {
        sv: 'Registrera överföringen med dess grund (adekvat skyddsnivå, standardavtalsklausuler …).',
        en: 'Record the transfer with its ground (adequacy, SCCs …).',
      },
    },
    entityId,
  )
}

/**
 * Check 19: every vendor and every sub-processor of an agreement in force that sits or processes outside the EEA
 * has a live transfer record to that country. A vendor is matched by importer vendorId, a sub-processor (which
 * has no vendor record of its own) by importer name.
 */
export function findMissingTransferRecords(input: {
  vendors: readonly VendorForTransfers[]
  agreements: readonly AgreementForTransfers[]
  transfers: readonly Pick<TransferFields, 'importer' | 'destinationCountry' | 'status'>[]
}): Finding[] {
  const transfers = input.transfers.filter(live)
  const fromVendors = input.vendors.flatMap((v) =>
    thirdCountriesAmong([v.country, ...(v.processingCountries ?? [])])
      .filter((c) => !transfers.some((t) => t.importer.vendorId === v.id && t.destinationCountry === c))
      .map((c) => missingRecord(v.name, c, v.id)),
  )
  const fromSubProcessors = input.agreements
    .filter((a) => a.status === 'active' || a.status === 'draft')
    .flatMap((a) =>
      a.subProcessors.flatMap((sp) =>
        thirdCountriesAmong([sp.country])
          .filter((c) => !transfers.some((t) => t.destinationCountry === c && sameName(t.importer.name, sp.name)))
          .map((c) => missingRecord(sp.name, c, a.id)),
      ),
    )
  return [...fromVendors, ...fromSubProcessors]
}

/** Check 24: the SCC module recorded does not match the exporter's and importer's roles. */
export function checkSccModule(transfer: Pick<TransferFields, 'mechanism' | 'exporter' | 'importer'>): FindingDraft[] {
  const m = transfer.mechanism
  if (m.kind !== 'scc') return []
  const expected = suggestSccModule(transfer.exporter.role, transfer.importer.role)
  if (m.module === expected) return []
  const from = ROLE_NAME[transfer.exporter.role]
  const to = ROLE_NAME[transfer.importer.role]
  return [
    {
      code: 'transfer/scc-module-mismatch',
      check: 24,
      article: 'Decision (EU) 2021/914',
      severity: 'high',
      message: {
        sv: `Modul ${m.module} är vald, men rollerna (${from.sv} → ${to.sv}) kräver modul ${expected}.`,
        en: `Module ${m.module} is chosen but the roles (${from.en} → ${to.en}) call for module ${expected}.`,
      },
      fix: {
        sv: `Kontrollera parternas roller och använd modul ${expected}.`,
        en: `Check the parties' roles and use module ${expected}.`,
      },
    },
  ]
}

const TIA_ARTICLE = 'Art 46; EDPB Rec. 01/2020'

/** Check 25 when there is no TIA at all. */
const tiaMissing: FindingDraft = {
  code: 'transfer/tia-missing',
  check: 25,
  article: TIA_ARTICLE,
  severity: 'high',
  message: {
    sv: 'Överföringen bygger på en skyddsåtgärd enligt art. 46 men saknar konsekvensbedömning (TIA).',
    en: 'The transfer relies on an Art 46 safeguard but has no transfer impact assessment (TIA).',
  },
  fix: {
    sv: 'Gör en TIA i sex steg enligt EDPB:s rekommendationer 01/2020.',
    en: 'Carry out a six-step TIA following EDPB Recommendations 01/2020.',
  },
}

const tiaDraft = (
  code: string,
  severity: FindingDraft['severity'],
  message: Localised,
  fix: Localised,
): FindingDraft => ({
  code,
  check: 25,
  article: TIA_ARTICLE,
  severity,
  message,
  fix,
})

const tiaSuspendButLive = tiaDraft(
  'transfer/tia-suspend-but-live',
  'high',
  {
    sv: 'TIA:n kom fram till att överföringen ska avbrytas, men den pågår.',
    en: 'The TIA concluded that the transfer must be suspended, but it continues.',
  },
  { sv: 'Avbryt överföringen eller gör om bedömningen.', en: 'Suspend the transfer or redo the assessment.' },
)

const tiaMeasuresMissing = tiaDraft(
  'transfer/tia-measures-missing',
  'medium',
  {
    sv: 'TIA:n förutsätter kompletterande åtgärder men inga är angivna.',
    en: 'The TIA relies on supplementary measures but none are listed.',
  },
  {
    sv: 'Ange åtgärderna (tekniska, avtalsmässiga, organisatoriska).',
    en: 'List the measures (technical, contractual, organisational).',
  },
)

/** Check 25 when a TIA exists: overdue, concluding "suspend" while live, measures or steps missing. */
function tiaProblems(tia: Tia, status: TransferFields['status'], today: string): FindingDraft[] {
  // Steps by their number in EDPB Rec. 01/2020 (1–6), as the DPO reads them in the form.
  const open = TIA_STEPS.flatMap((s, i) => (tia.steps[s].done ? [] : [String(i + 1)]))
  const when = (cond: boolean, f: () => FindingDraft): FindingDraft[] => (cond ? [f()] : [])
  return [
    ...when(tia.reviewDue < today, () =>
      tiaDraft(
        'transfer/tia-overdue',
        'medium',
        { sv: `TIA:n skulle ha setts över ${tia.reviewDue}.`, en: `The TIA was due for review on ${tia.reviewDue}.` },
        { sv: 'Gör om steg 6: utvärdera på nytt.', en: 'Redo step 6: re-evaluate.' },
      ),
    ),
    ...when(tia.conclusion === 'suspend' && live({ status }), () => tiaSuspendButLive),
    ...when(tia.conclusion === 'ok_with_measures' && tia.supplementaryMeasures.length === 0, () => tiaMeasuresMissing),
    ...when(open.length > 0, () =>
      tiaDraft(
        'transfer/tia-incomplete',
        'low',
        { sv: `TIA-steg som inte är klara: ${open.join(', ')}.`, en: `TIA steps not done: ${open.join(', ')}.` },
        { sv: 'Besvara och markera varje steg.', en: 'Answer and tick off each step.' },
      ),
    ),
  ]
}

/** Check 25: an Art 46 transfer without a TIA, or with one that is overdue or does not support it. */
export function checkTia(
  transfer: Pick<TransferFields, 'mechanism' | 'tia' | 'status'>,
  today: string,
): FindingDraft[] {
  if (!ART46_MECHANISMS.includes(transfer.mechanism.kind)) return []
  return transfer.tia ? tiaProblems(transfer.tia, transfer.status, today) : [tiaMissing]
}

/** Checks 20–28 for one transfer; ended and suspended transfers raise nothing. */
export function checkTransfer(
  transfer: TransferForChecks,
  ctx: { today: string; importerDpf?: ImporterDpfStatus; publicAuthority?: boolean },
): Finding[] {
  if (!live(transfer)) return []
  return [
    ...checkAdequacyTransfer(transfer, ctx),
    ...checkSccModule(transfer).map((f) => aboutEntity(f, transfer.id)),
    ...checkTia(transfer, ctx.today).map((f) => aboutEntity(f, transfer.id)),
    ...checkDerogationTransfer(transfer, ctx),
  ]
}

/** Checks 19–28 over the whole workspace, with each importer's DPF status taken from its vendor record. */
export function checkTransfers(input: {
  transfers: readonly TransferForChecks[]
  vendors: readonly VendorForTransfers[]
  agreements: readonly AgreementForTransfers[]
  today: string
  publicAuthority?: boolean
}): Finding[] {
  const dpfOf = new Map(input.vendors.map((v) => [v.id, v.dpf]))
  const perTransfer = input.transfers.flatMap((t) => {
    const importerDpf = t.importer.vendorId ? dpfOf.get(t.importer.vendorId) : undefined
    return checkTransfer(t, {
      today: input.today,
      ...(importerDpf ? { importerDpf } : {}),
      ...(input.publicAuthority !== undefined ? { publicAuthority: input.publicAuthority } : {}),
    })
  })
  return [...findMissingTransferRecords(input), ...perTransfer]
}
