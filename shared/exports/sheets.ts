/**
 * Every module as a sheet: the register first (the sheet the importer reads back), then one per module. The
 * XLSX writer, the CSV writer and the JSON export all start from here, so the three formats always agree.
 */
import type { WorkspaceData } from '../backup'
import { registerOrder, type Bilingual, type ReportLanguage } from '../reports'
import { ACTIVITY_COLUMNS } from './activity.columns'
import type { CellValue } from './csv.rules'
import {
  AGREEMENT_COLUMNS,
  BREACH_COLUMNS,
  COMPLAINT_COLUMNS,
  DPIA_COLUMNS,
  LIA_COLUMNS,
  REQUEST_COLUMNS,
  TRANSFER_COLUMNS,
  VENDOR_COLUMNS,
  type SheetColumn,
  type SheetContext,
} from './module.columns'

/** The modules that can be exported, each one sheet (and one CSV file). */
export const EXPORT_MODULES = [
  'activities',
  'vendors',
  'agreements',
  'transfers',
  'lias',
  'dpiaScreenings',
  'breaches',
  'requests',
  'complaints',
] as const
/** A module that can be exported. */
export type ExportModule = (typeof EXPORT_MODULES)[number]

/** One sheet ready to write: name, column headers and widths, rows of cells. */
export interface Sheet {
  module: ExportModule
  /** ≤ 31 characters, none of `[]:*?/\` (Excel's rule for sheet names). */
  name: string
  headers: string[]
  widths: number[]
  rows: CellValue[][]
}

const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Sheet (and file) names per module. */
export const MODULE_NAMES: Readonly<Record<ExportModule, Bilingual>> = {
  activities: l('Registerförteckning', 'Register'),
  vendors: l('Leverantörer', 'Vendors'),
  agreements: l('Biträdesavtal', 'Processor agreements'),
  transfers: l('Tredjelandsöverföringar', 'Transfers'),
  lias: l('Intresseavvägningar', 'LIAs'),
  dpiaScreenings: l('DPIA-bedömningar', 'DPIA screenings'),
  breaches: l('Incidenter', 'Breaches'),
  requests: l('Begäranden', 'Requests'),
  complaints: l('Klagomål och IMY-ärenden', 'Complaints and IMY cases'),
}

function sheetOf<T>(module: ExportModule, records: readonly T[], columns: SheetColumn<T>[], ctx: SheetContext): Sheet {
  return {
    module,
    name: MODULE_NAMES[module][ctx.lang].slice(0, 31),
    headers: columns.map((c) => c.header[ctx.lang]),
    widths: columns.map((c) => c.width),
    rows: records.map((r) => columns.map((c) => c.value(r, ctx))),
  }
}

function registerSheet(data: WorkspaceData, ctx: SheetContext): Sheet {
  const write = { lang: ctx.lang, vendorName: (id: string) => data.vendors.find((v) => v.id === id)?.name }
  return {
    module: 'activities',
    name: MODULE_NAMES.activities[ctx.lang],
    headers: ACTIVITY_COLUMNS.map((c) => c.header[ctx.lang]),
    widths: ACTIVITY_COLUMNS.map((c) => c.width),
    rows: registerOrder(data.activities).map((a) => ACTIVITY_COLUMNS.map((c) => c.write(a, write))),
  }
}

/** Lookups for the sheets of one snapshot. */
export function sheetContext(data: WorkspaceData, lang: ReportLanguage): SheetContext {
  const activities = new Map(data.activities.map((a) => [a.id, a.name]))
  const vendors = new Map(data.vendors.map((v) => [v.id, v.name]))
  return { lang, data, activityName: (id) => activities.get(id) ?? id, vendorName: (id) => vendors.get(id) ?? id }
}

/** One module's sheet. */
export function buildSheet(module: ExportModule, data: WorkspaceData, lang: ReportLanguage): Sheet {
  const ctx = sheetContext(data, lang)
  switch (module) {
    case 'activities':
      return registerSheet(data, ctx)
    case 'vendors':
      return sheetOf(module, data.vendors, VENDOR_COLUMNS, ctx)
    case 'agreements':
      return sheetOf(module, data.agreements, AGREEMENT_COLUMNS, ctx)
    case 'transfers':
      return sheetOf(module, data.transfers, TRANSFER_COLUMNS, ctx)
    case 'lias':
      return sheetOf(module, data.lias, LIA_COLUMNS, ctx)
    case 'dpiaScreenings':
      return sheetOf(module, data.dpiaScreenings, DPIA_COLUMNS, ctx)
    case 'breaches':
      return sheetOf(module, data.breaches, BREACH_COLUMNS, ctx)
    case 'requests':
      return sheetOf(module, data.requests, REQUEST_COLUMNS, ctx)
    case 'complaints':
      return sheetOf(module, data.complaints, COMPLAINT_COLUMNS, ctx)
  }
}

/** The records of the chosen modules as a JSON document, with what the export was made from. */
export function buildJsonExport(
  data: WorkspaceData,
  modules: readonly ExportModule[],
  seal: {
    exportedAt: string
    appVersion: string
    contentHash: string
    auditCount: number
    auditHeadHash: string | null
  },
): string {
  const records = Object.fromEntries(modules.map((m) => [m, data[m]]))
  return JSON.stringify({ format: 'dpo-desk-export', ...seal, organisation: data.organisation.name, records }, null, 1)
}
