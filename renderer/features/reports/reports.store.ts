/**
 * The reports page's state and actions: the report language, the snapshot reports are made from, printing,
 * exporting, and building and verifying the inspection pack. Every action goes through a service; views only
 * call the store.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { CsvSeparator, ExportModule } from '@shared/exports'
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import { buildReport, type ReportDocument, type ReportKind, type ReportLanguage } from '@shared/reports'
import { api } from '@/platform/bridge'
import { auditHashAt } from './import/activities-import.repository'
import { exportModules, type ExportFormat } from './services/exports.service'
import { buildInspectionPack, verifyInspectionPack, type PackVerification } from './services/inspection-pack'
import { pdfRendererForPack, printReportPdf, saveReportHtml } from './services/report-print'
import { loadReportSource, type ReportSource } from './services/report-source'

/** Largest pack the verify action opens. */
const MAX_PACK_FILE_BYTES = 200 * 1024 * 1024

export const useReportsStore = defineStore('reports', () => {
  const lang = ref<ReportLanguage>('sv')
  const source = shallowRef<ReportSource | null>(null)
  const busy = ref(false)
  const verification = shallowRef<PackVerification | null>(null)

  /** Takes a fresh snapshot in the current report language. */
  async function refresh(): Promise<ReportSource> {
    source.value = await loadReportSource(lang.value)
    return source.value
  }

  async function run<T>(work: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await work()
    } finally {
      busy.value = false
    }
  }

  /** A report of the current snapshot; `null` for an activity that no longer exists. */
  async function document(kind: ReportKind, activityId?: string): Promise<ReportDocument | null> {
    const s = await refresh()
    return buildReport(kind, s.data, s.meta, activityId)
  }

  const printPdf = (kind: ReportKind, activityId?: string): Promise<Result<SavedFile> | null> =>
    run(async () => {
      const doc = await document(kind, activityId)
      return doc ? printReportPdf(doc) : null
    })

  const saveHtml = (kind: ReportKind, activityId?: string): Promise<Result<SavedFile> | null> =>
    run(async () => {
      const doc = await document(kind, activityId)
      return doc ? saveReportHtml(doc) : null
    })

  const exportData = (modules: ExportModule[], format: ExportFormat, separator: CsvSeparator) =>
    run(async () => exportModules(await refresh(), modules, format, separator))

  /** Builds the pack (PDF reports in Electron, HTML in the browser) and saves it. */
  const buildPack = (): Promise<Result<SavedFile>> =>
    run(async () => {
      const pack = await buildInspectionPack(await refresh(), await pdfRendererForPack())
      return api()['file:save']({
        suggestedName: pack.fileName,
        content: pack.zip,
        mimeType: 'application/zip',
        filters: [{ name: 'Zip', extensions: ['zip'] }],
      })
    })

  /** Lets the user pick a pack and checks it; `ok(null)` when the dialog was cancelled. */
  const verifyPack = (): Promise<Result<PackVerification | null>> =>
    run(async () => {
      const picked = await api()['file:open']({
        filters: [{ name: 'Zip', extensions: ['zip'] }],
        maxBytes: MAX_PACK_FILE_BYTES,
      })
      if (!picked.ok || picked.value === null) return picked as Result<null>
      verification.value = await verifyInspectionPack(picked.value.bytes, auditHashAt)
      return { ok: true, value: verification.value }
    })

  return { lang, source, busy, verification, refresh, document, printPdf, saveHtml, exportData, buildPack, verifyPack }
})
