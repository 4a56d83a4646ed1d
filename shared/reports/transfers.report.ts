/**
 * The transfer inventory (tredjelandsöverföringar): each transfer to a third country or international
 * organisation with its Chapter V ground, the evidence that ground needs, and the transfer impact assessment
 * (domain-reference §4). It documents Art 30(1)(e) and what Art 44–49 ask the exporter to be able to show.
 */
import type { WorkspaceData } from '../backup'
import { TIA_STEPS, destinationName, type TransferMechanism, type TransferRecord } from '../transfers'
import { fields, recordLogDocument, row, table } from './report-common'
import type { Bilingual, FieldRow, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { pick, swedishOrder, yesNo } from './text.rules'
import {
  DEROGATION_LABELS,
  FREQUENCY_LABELS,
  MECHANISM_LABELS,
  PARTY_ROLE_LABELS,
  TIA_CONCLUSION_LABELS,
  TRANSFER_STATUS_LABELS,
} from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Tredjelandsöverföringar', 'Transfer inventory'),
  subtitle: l(
    'Överföringar till tredjeland och internationella organisationer (kapitel V)',
    'Transfers to third countries and international organisations (Chapter V)',
  ),
  intro: l(
    'Överföringar utanför EU/EES kräver i tur och ordning ett adekvansbeslut (art. 45), lämpliga skyddsåtgärder (art. 46–47) med en bedömning av mottagarlandets lagstiftning, eller ett undantag för särskilda situationer (art. 49). Åtkomst från tredjeland, till exempel support, räknas som överföring.',
    'Transfers outside the EU/EEA need, in this order, an adequacy decision (Art 45), appropriate safeguards (Art 46–47) with an assessment of the destination’s laws, or a derogation for specific situations (Art 49). Access from a third country, such as remote support, is a transfer.',
  ),
  overview: l('Översikt', 'Overview'),
  transfers: l('Överföringar', 'Transfers'),
  none: l('Inga tredjelandsöverföringar har registrerats.', 'No third-country transfers have been recorded.'),
  no: l('Nr', 'No.'),
  transfer: l('Överföring', 'Transfer'),
  importer: l('Mottagare (dataimportör)', 'Importer'),
  destination: l('Land / organisation', 'Country / organisation'),
  ground: l('Grund', 'Ground'),
  status: l('Status', 'Status'),
  tia: l('Bedömning av överföringen (TIA)', 'Transfer impact assessment (TIA)'),
  activities: l('Behandlingar (art. 30.1 e)', 'Processing activities (Art 30(1)(e))'),
  exporter: l('Dataexportör', 'Exporter'),
  ourOrganisation: l('Vår organisation', 'Our organisation'),
  remote: l('Åtkomst från tredjeland', 'Remote access from the third country'),
  data: l('Kategorier av personuppgifter', 'Categories of personal data'),
  subjects: l('Kategorier av registrerade', 'Categories of data subjects'),
  specialHr: l('Känsliga uppgifter / personaluppgifter', 'Special categories / HR data'),
  frequency: l('Omfattning', 'Frequency'),
  approx: l('Ungefärligt antal registrerade', 'Approximate number of data subjects'),
  details: l('Underlag för grunden', 'Evidence for the ground'),
  dpf: l('EU–US Data Privacy Framework', 'EU–US Data Privacy Framework'),
  notChecked: l('Inte kontrollerat', 'Not checked'),
  certified: l('Certifierad, kontrollerad', 'Certified, checked'),
  notCertified: l('Inte certifierad, kontrollerad', 'Not certified, checked'),
  conclusion: l('Slutsats', 'Conclusion'),
  assessed: l('Bedömd / ny bedömning senast', 'Assessed / review due'),
  steps: l('Steg enligt EDPB:s rekommendationer 01/2020', 'Steps of EDPB Recommendations 01/2020'),
  laws: l('Bedömd lagstiftning', 'Laws assessed'),
  measures: l('Kompletterande åtgärder', 'Supplementary measures'),
  noTia: l('Ingen bedömning registrerad', 'No assessment recorded'),
  done: l('klart', 'done'),
  notes: l('Anteckningar', 'Notes'),
} as const

/** The details a ground needs, one line each: module and signature for SCCs, the ground and evidence for Art 49. */
function mechanismLines(m: TransferMechanism, lang: ReportLanguage): string[] {
  const ref = 'reference' in m ? [m.reference, m.documentRef].filter(Boolean).join(', ') : ''
  switch (m.kind) {
    case 'adequacy':
      return [
        m.pipedaCovered !== null ? `PIPEDA: ${yesNo(m.pipedaCovered, lang)}` : '',
        m.sectorCovered !== null ? `APPI/PIPA: ${yesNo(m.sectorCovered, lang)}` : '',
      ]
    case 'scc':
      return [`${pick(l('Modul', 'Module'), lang)} ${m.module}`, m.signedOn ?? '', ref]
    case 'bcr':
      return [m.approvedBy, ref]
    case 'code_of_conduct':
    case 'certification':
      return [
        m.name,
        `${pick(l('Bindande åtagande', 'Binding commitment'), lang)}: ${yesNo(m.bindingCommitment, lang)}`,
        ref,
      ]
    case 'ad_hoc_clauses':
    case 'public_authority_instrument':
      return [m.authorisationRef, ref]
    case 'derogation':
      return [pick(DEROGATION_LABELS[m.ground], lang), m.justification, m.legalReference, ...consentLines(m, lang)]
  }
}

function consentLines(m: Extract<TransferMechanism, { kind: 'derogation' }>, lang: ReportLanguage): string[] {
  const c = m.consent
  if (!c) return []
  const y = (v: boolean) => yesNo(v, lang)
  return [
    `${pick(l('Uttryckligt / specifikt / informerad om riskerna', 'Explicit / specific / informed of the risks'), lang)}: ${y(c.explicit)} / ${y(c.specificToTransfer)} / ${y(c.riskInformationGiven)}`,
    c.riskInformation,
    c.evidenceRef,
  ]
}

function tiaRows(t: TransferRecord, lang: ReportLanguage): FieldRow[] {
  const tia = t.tia
  if (!tia)
    return [row(T.tia, pick(T.noTia, lang), lang, t.mechanism.kind !== 'adequacy' && t.mechanism.kind !== 'derogation')]
  const done = TIA_STEPS.filter((s) => tia.steps[s].done).length
  return [
    row(T.conclusion, pick(TIA_CONCLUSION_LABELS[tia.conclusion], lang), lang),
    row(T.assessed, `${tia.assessedBy ? `${tia.assessedBy}, ` : ''}${tia.assessedOn} / ${tia.reviewDue}`, lang),
    row(T.steps, `${done}/${TIA_STEPS.length} ${pick(T.done, lang)}`, lang),
    row(
      T.laws,
      tia.lawsAssessed.map((x) =>
        [x.name, x.impinges === null ? '?' : yesNo(x.impinges, lang), x.note].filter(Boolean).join(' – '),
      ),
      lang,
    ),
    row(
      T.measures,
      tia.supplementaryMeasures.map((x) => x.description),
      lang,
    ),
  ]
}

function dpfLine(t: TransferRecord, data: WorkspaceData, lang: ReportLanguage): FieldRow[] {
  const vendor = data.vendors.find((v) => v.id === t.importer.vendorId)
  if (t.destinationCountry !== 'US' || !vendor) return []
  const { certified, checkedOn } = vendor.dpf
  const text =
    certified === null
      ? pick(T.notChecked, lang)
      : `${pick(certified ? T.certified : T.notCertified, lang)} ${checkedOn ?? ''}`
  return [row(T.dpf, text.trim(), lang)]
}

function transferSection(t: TransferRecord, n: number, data: WorkspaceData, lang: ReportLanguage): ReportSection {
  const names = new Map(data.activities.map((a) => [a.id, a.name]))
  const vendorNames = new Map(data.vendors.map((v) => [v.id, v.name]))
  const exporter = t.exporter.vendorId ? (vendorNames.get(t.exporter.vendorId) ?? '') : pick(T.ourOrganisation, lang)
  const rows = [
    row(
      T.activities,
      t.activityIds.map((id) => names.get(id) ?? id),
      lang,
    ),
    row(T.exporter, `${exporter} (${pick(PARTY_ROLE_LABELS[t.exporter.role], lang)})`, lang),
    row(T.importer, `${t.importer.name} (${pick(PARTY_ROLE_LABELS[t.importer.role], lang)})`, lang),
    row(T.destination, destinationName(t.destinationCountry, lang), lang),
    row(T.remote, yesNo(t.remoteAccess, lang), lang),
    row(T.data, t.dataCategories, lang),
    row(T.subjects, t.dataSubjectCategories, lang),
    row(T.specialHr, `${yesNo(t.specialCategoryData, lang)} / ${yesNo(t.hrData, lang)}`, lang),
    row(T.frequency, pick(FREQUENCY_LABELS[t.frequency], lang), lang),
    row(T.approx, t.approxDataSubjects === null ? '' : String(t.approxDataSubjects), lang),
    row(T.ground, pick(MECHANISM_LABELS[t.mechanism.kind], lang), lang),
    row(T.details, mechanismLines(t.mechanism, lang), lang),
    ...dpfLine(t, data, lang),
    row(T.status, pick(TRANSFER_STATUS_LABELS[t.status], lang), lang),
    row(T.notes, t.notes, lang),
  ]
  return {
    id: `transfer-${t.id}`,
    number: `3.${n}`,
    heading: t.title,
    blocks: [fields(rows), { type: 'heading', text: pick(T.tia, lang) }, fields(tiaRows(t, lang))],
    subsections: [],
    pageBreakBefore: true,
  }
}

/** Every transfer with its ground and assessment. */
export function buildTransfersReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const ordered = [...data.transfers].sort((a, b) => swedishOrder(a.title, b.title))
  const overviewRows = ordered.map((t, i) => [
    `3.${i + 1}`,
    t.title,
    t.importer.name,
    destinationName(t.destinationCountry, lang),
    pick(MECHANISM_LABELS[t.mechanism.kind], lang),
    pick(TRANSFER_STATUS_LABELS[t.status], lang),
  ])
  const overview = table(
    [
      [T.no, 6],
      [T.transfer, 28],
      [T.importer, 18],
      [T.destination, 14],
      [T.ground, 22],
      [T.status, 12],
    ],
    overviewRows,
    lang,
    T.none,
  )
  return recordLogDocument(
    'transfers',
    meta,
    { ...T, records: T.transfers },
    { overview, recordsId: 'transfers', records: ordered.map((t, i) => transferSection(t, i + 1, data, lang)) },
  )
}
