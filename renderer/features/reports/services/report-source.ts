/**
 * What every report, export and pack is made from: one consistent snapshot of the workspace and the seal that
 * goes with it (content hash and audit head, computed once).
 */
import type { WorkspaceData } from '@shared/backup'
import { buildReportMeta, type ReportLanguage, type ReportMeta } from '@shared/reports'
import { workspaceRepository } from '@/features/workspace/workspace.repository'

/** A snapshot and its seal in one language. */
export interface ReportSource {
  data: WorkspaceData
  meta: ReportMeta
}

/** Reads the workspace and seals it. */
export async function loadReportSource(lang: ReportLanguage, now: Date = new Date()): Promise<ReportSource> {
  const data = await workspaceRepository.snapshot()
  return { data, meta: buildReportMeta(data, { now, appVersion: __APP_VERSION__, lang }) }
}

/** The same snapshot and seal in the other language (the hash does not depend on the language). */
export function inLanguage(source: ReportSource, lang: ReportLanguage): ReportSource {
  return { data: source.data, meta: { ...source.meta, lang } }
}
