/**
 * The reports the app offers, in the order the reports page and the inspection pack list them, each with the
 * builder that makes it. The single-activity report needs an activity id and is not listed here.
 */
import type { WorkspaceData } from '../backup'
import { buildAgreementReviewsReport } from './agreement-reviews.report'
import { buildBreachLogReport } from './breach-log.report'
import { buildFindingsReport } from './findings.report'
import { buildLiaReport } from './lia.report'
import { buildActivityReport, buildRegisterReport } from './register.report'
import type { Bilingual, ReportDocument, ReportKind, ReportMeta } from './report.types'
import { buildRequestLogReport } from './request-log.report'
import { buildTransfersReport } from './transfers.report'

/** One entry of the report list. */
export interface ReportEntry {
  kind: ReportKind
  title: Bilingual
  /** The article or rule the report documents, shown beside its title. */
  basis: string
  /** Which collection's records it prints, so the list can show a count; null when it prints no one collection. */
  collection: 'activities' | 'breaches' | 'requests' | 'agreements' | 'lias' | 'transfers' | null
  /**
   * Whether the inspection pack holds it. The findings report is the DPO's working list for management, not a
   * record IMY asks for, so it stays out of the pack.
   */
  inPack: boolean
  build: (data: WorkspaceData, meta: ReportMeta) => ReportDocument
}

const l = (sv: string, en: string): Bilingual => ({ sv, en })

/** Every whole-workspace report, in inspection-pack order, the findings last. */
export const REPORT_CATALOGUE: readonly ReportEntry[] = [
  {
    kind: 'register',
    title: l('Registerförteckning', 'Record of processing activities'),
    basis: 'Art 30',
    collection: 'activities',
    inPack: true,
    build: buildRegisterReport,
  },
  {
    kind: 'lias',
    title: l('Intresseavvägningar', 'Legitimate interest assessments'),
    basis: 'Art 6(1)(f)',
    collection: 'lias',
    inPack: true,
    build: buildLiaReport,
  },
  {
    kind: 'agreement_reviews',
    title: l('Granskning av personuppgiftsbiträdesavtal', 'Processor agreement reviews'),
    basis: 'Art 28',
    collection: 'agreements',
    inPack: true,
    build: buildAgreementReviewsReport,
  },
  {
    kind: 'breach_log',
    title: l('Incidentlogg', 'Breach log'),
    basis: 'Art 33(5)',
    collection: 'breaches',
    inPack: true,
    build: buildBreachLogReport,
  },
  {
    kind: 'request_log',
    title: l('Logg över begäranden från registrerade', 'Data subject request log'),
    basis: 'Art 12',
    collection: 'requests',
    inPack: true,
    build: buildRequestLogReport,
  },
  {
    kind: 'transfers',
    title: l('Tredjelandsöverföringar', 'Transfer inventory'),
    basis: 'Art 44–49',
    collection: 'transfers',
    inPack: true,
    build: buildTransfersReport,
  },
  {
    kind: 'findings',
    title: l('Brister och åtgärder', 'Findings and actions'),
    basis: 'Art 5(2)',
    collection: null,
    inPack: false,
    build: buildFindingsReport,
  },
]

/** Builds a report by kind; `activityId` is needed (and only used) for the single-activity report. */
export function buildReport(
  kind: ReportKind,
  data: WorkspaceData,
  meta: ReportMeta,
  activityId?: string,
): ReportDocument | null {
  if (kind === 'activity') return activityId ? buildActivityReport(data, meta, activityId) : null
  return REPORT_CATALOGUE.find((r) => r.kind === kind)?.build(data, meta) ?? null
}
