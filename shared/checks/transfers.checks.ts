/**
 * Adapters over the transfer module's checks (domain-reference §4 and §9 checks 19–28): every third country a
 * vendor or sub-processor uses has a transfer record, and each live record rests on a ground that holds.
 */
import type { WorkspaceData } from '../backup/workspace.schema'
import {
  checkAdequacyTransfer,
  checkDerogationTransfer,
  checkSccModule,
  checkTia,
  findMissingTransferRecords,
  type Finding as ModuleFinding,
  type TransferRecord,
} from '../transfers'
import {
  defineCheck,
  namespacedCode,
  textPart,
  type CheckContext,
  type CheckDefinition,
  type EntityRef,
  type FindingDraft,
} from './finding'
import { indexWorkspace, type WorkspaceIndex } from './workspace-index'

/** Planned and active transfers are checked; ended and suspended ones raise nothing (as `checkTransfer`). */
const live = (t: TransferRecord): boolean => t.status === 'planned' || t.status === 'active'

/** The record a transfer-module finding names: a transfer, a vendor, or an agreement (sub-processors). */
function entityOf(id: string | undefined, index: WorkspaceIndex): EntityRef | null {
  if (id === undefined) return null
  const transfer = index.transferById.get(id)
  if (transfer) return { collection: 'transfers', id, label: transfer.title }
  const vendor = index.vendorById.get(id)
  if (vendor) return { collection: 'vendors', id, label: vendor.name }
  const agreement = index.agreementById.get(id)
  return agreement ? { collection: 'agreements', id, label: agreement.title } : null
}

/** One transfer-module finding in the common shape; a finding about no known record is dropped. */
function fromModule(f: ModuleFinding, index: WorkspaceIndex, field?: string): FindingDraft[] {
  const entity = entityOf(f.entityId, index)
  if (!entity) return []
  const activityIds = index.transferById.get(entity.id)?.activityIds ?? []
  return [
    {
      code: namespacedCode('transfers', f.code.replace(/^transfer\//, '')),
      severity: f.severity,
      rule: f.article,
      entity,
      activityIds: [...activityIds],
      message: f.message,
      fix: f.fix,
      ...(field === undefined ? {} : { field }),
      part: textPart(f.message.en),
    },
  ]
}

type PerTransfer = (t: TransferRecord, s: WorkspaceData, ctx: CheckContext, index: WorkspaceIndex) => ModuleFinding[]

/** A transfer check run over every live transfer record. */
function perTransferCheck(meta: Omit<CheckDefinition, 'run' | 'module'>, field: string, check: PerTransfer) {
  return defineCheck({ ...meta, module: 'transfers' }, (snapshot, context) => {
    const index = indexWorkspace(snapshot)
    return snapshot.transfers
      .filter(live)
      .flatMap((t) => check(t, snapshot, context, index).flatMap((f) => fromModule(f, index, field)))
  })
}

/** Check 19: a vendor or sub-processor outside the EEA without a live transfer record to that country. */
export const missingTransferRecordCheck = defineCheck(
  {
    code: 'transfers/missing-record',
    module: 'transfers',
    title: { sv: 'Överföringspost saknas', en: 'Transfer record missing' },
    rule: 'Art 44, 30(1)(e)',
    description: {
      sv: 'Varje leverantör och underbiträde som finns eller behandlar uppgifter utanför EES har en överföringspost.',
      en: 'Every vendor and sub-processor located or processing outside the EEA has a transfer record.',
    },
    reference: 19,
  },
  (snapshot) => {
    const index = indexWorkspace(snapshot)
    const input = { vendors: snapshot.vendors, agreements: snapshot.agreements, transfers: snapshot.transfers }
    return findMissingTransferRecords(input).flatMap((f) => fromModule(f, index))
  },
)

/** Checks 20–23: adequacy relied on where the decision, its scope or its date does not cover the transfer. */
export const adequacyCheck = perTransferCheck(
  {
    code: 'transfers/adequacy',
    title: { sv: 'Adekvat skyddsnivå gäller inte', en: 'Adequacy does not apply' },
    rule: 'Art 45',
    description: {
      sv: 'En överföring som vilar på ett beslut om adekvat skyddsnivå omfattas av beslutet: land, datum, DPF-certifiering, PIPEDA, sektor.',
      en: 'A transfer relying on an adequacy decision is covered by it: country, date, DPF certification, PIPEDA, sector.',
    },
    reference: 20,
  },
  'mechanism',
  (t, _s, { today }, index) => {
    const dpf = t.importer.vendorId ? index.vendorById.get(t.importer.vendorId)?.dpf : undefined
    return checkAdequacyTransfer(t, dpf ? { today, importerDpf: dpf } : { today })
  },
)

/** Check 24: the SCC module does not match the exporter's and importer's roles. */
export const sccModuleCheck = perTransferCheck(
  {
    code: 'transfers/scc-module',
    title: { sv: 'Fel modul i standardavtalsklausulerna', en: 'Wrong SCC module' },
    rule: 'Decision (EU) 2021/914',
    description: {
      sv: 'Modulen i standardavtalsklausulerna motsvarar parternas roller (1–4).',
      en: "The SCC module matches the parties' roles (1–4).",
    },
    reference: 24,
  },
  'mechanism.module',
  (t) => checkSccModule(t).map((f) => ({ ...f, entityId: t.id })),
)

/** Check 25: an Art 46 transfer without a TIA, or with one that is overdue or does not support it. */
export const tiaCheck = perTransferCheck(
  {
    code: 'transfers/tia',
    title: { sv: 'Konsekvensbedömning av överföring (TIA)', en: 'Transfer impact assessment' },
    rule: 'Art 46; EDPB Rec. 01/2020',
    description: {
      sv: 'En överföring med skyddsåtgärd enligt art. 46 har en aktuell TIA som stöder den.',
      en: 'A transfer with an Art 46 safeguard has a current TIA that supports it.',
    },
    reference: 25,
  },
  'tia',
  (t, _s, { today }) => checkTia(t, today).map((f) => ({ ...f, entityId: t.id })),
)

/** Checks 26–28 and Art 49(3): derogations that are bundled consent, repeated, undocumented or not available. */
export const derogationCheck = perTransferCheck(
  {
    code: 'transfers/derogation',
    title: { sv: 'Undantag enligt art. 49 håller inte', en: 'Art 49 derogation does not hold' },
    rule: 'Art 49; EDPB 2/2018',
    description: {
      sv: 'Ett undantag enligt art. 49 används bara i enstaka fall och med den dokumentation grunden kräver, t.ex. ett uttryckligt, informerat samtycke till just överföringen.',
      en: 'An Art 49 derogation is used only occasionally and with the evidence its ground needs, e.g. explicit, informed consent to that transfer.',
    },
    reference: 26,
  },
  'mechanism',
  (t, s) => checkDerogationTransfer(t, { publicAuthority: s.organisation.publicAuthority }),
)

/** The transfer adapters. */
export const TRANSFER_CHECKS = [missingTransferRecordCheck, adequacyCheck, sccModuleCheck, tiaCheck, derogationCheck]
