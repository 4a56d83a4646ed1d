/**
 * The findings report: every compliance check of domain-reference §9 run over the workspace (shared/checks),
 * the open findings by module with the rule each breaks and what to do, and the findings the DPO has accepted
 * with the reason and until when. It is the DPO's working document for management; it is not part of the
 * inspection pack, which holds the records themselves.
 */
import type { WorkspaceData } from '../backup'
import { evaluateChecks, type CheckModule, type Finding, type Severity } from '../checks'
import { stockholmDateOf } from '../deadlines'
import { assembleDocument, fields, organisationSection, paragraph, row, sealRows, table } from './report-common'
import type { Bilingual, ReportBlock, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { dateTimeText, pick } from './text.rules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Brister och åtgärder', 'Findings and actions'),
  subtitle: l(
    'Resultatet av arbetsytans kontroller mot dataskyddsförordningen',
    'The workspace checks against the GDPR',
  ),
  intro: l(
    'Kontrollerna prövar registret, intresseavvägningarna, avtalen, överföringarna, incidenterna och begärandena mot reglerna i dataskyddsförordningen och svensk rätt. Varje brist anger regeln den bygger på och vad som bör göras. Brister som dataskyddsombudet har godtagit redovisas för sig, med skäl och giltighetstid.',
    'The checks test the register, the legitimate interest assessments, the agreements, the transfers, the breaches and the requests against the GDPR and Swedish law. Each finding names the rule it rests on and what to do. Findings the DPO has accepted are listed separately, with the reason and how long the acceptance holds.',
  ),
  summary: l('Sammanfattning', 'Summary'),
  open: l('Öppna brister', 'Open findings'),
  accepted: l('Godtagna brister', 'Accepted findings'),
  none: l('Inga öppna brister.', 'No open findings.'),
  noneAccepted: l('Inga godtagna brister.', 'No accepted findings.'),
  failures: l('Kontroller som inte kunde köras', 'Checks that could not run'),
  severity: l('Allvar', 'Severity'),
  record: l('Post', 'Record'),
  finding: l('Brist', 'Finding'),
  rule: l('Regel', 'Rule'),
  fix: l('Åtgärd', 'Action'),
  reason: l('Skäl', 'Reason'),
  until: l('Gäller till', 'Until'),
  by: l('Godtagen av', 'Accepted by'),
  module: l('Område', 'Area'),
  count: l('Antal', 'Count'),
} as const

const SEVERITY_LABELS: Record<Severity, Bilingual> = {
  high: l('Hög', 'High'),
  medium: l('Medel', 'Medium'),
  low: l('Låg', 'Low'),
}

const MODULE_LABELS: Record<CheckModule, Bilingual> = {
  register: l('Registerförteckning', 'Record of processing'),
  lia: l('Intresseavvägningar', 'Legitimate interest assessments'),
  dpia: l('Konsekvensbedömningar', 'Impact assessments'),
  processors: l('Personuppgiftsbiträdesavtal', 'Processor agreements'),
  vendors: l('Leverantörer', 'Vendors'),
  transfers: l('Tredjelandsöverföringar', 'Third-country transfers'),
  breaches: l('Personuppgiftsincidenter', 'Personal data breaches'),
  requests: l('Begäranden från registrerade', 'Data subject requests'),
  complaints: l('Klagomål och IMY-ärenden', 'Complaints and IMY cases'),
}

const findingRow = (f: Finding, lang: ReportLanguage): string[] => [
  pick(SEVERITY_LABELS[f.severity], lang),
  f.entity.label,
  pick(f.message, lang),
  f.rule,
  pick(f.fix, lang),
]

function openSections(open: Finding[], lang: ReportLanguage): ReportSection[] {
  const modules = [...new Set(open.map((f) => f.module))]
  const columns: [Bilingual, number][] = [
    [T.severity, 9],
    [T.record, 20],
    [T.finding, 30],
    [T.rule, 13],
    [T.fix, 28],
  ]
  return modules.map((m, i) => ({
    id: `findings-${m}`,
    number: `3.${i + 1}`,
    heading: pick(MODULE_LABELS[m], lang),
    blocks: [
      table(
        columns,
        open.filter((f) => f.module === m).map((f) => findingRow(f, lang)),
        lang,
      ),
    ],
    subsections: [],
  }))
}

function summaryBlocks(open: Finding[], acceptedCount: number, lang: ReportLanguage): ReportBlock[] {
  const bySeverity = (s: Severity) => String(open.filter((f) => f.severity === s).length)
  const perModule = [...new Set(open.map((f) => f.module))].map((m) => [
    pick(MODULE_LABELS[m], lang),
    String(open.filter((f) => f.module === m).length),
  ])
  return [
    fields([
      row(T.open, String(open.length), lang),
      ...(['high', 'medium', 'low'] as const).map((s) =>
        row(`– ${pick(SEVERITY_LABELS[s], lang)}`, bySeverity(s), lang),
      ),
      row(T.accepted, String(acceptedCount), lang),
    ]),
    table(
      [
        [T.module, 70],
        [T.count, 30],
      ],
      perModule,
      lang,
      T.none,
    ),
  ]
}

/** The findings report as of the report's generation time. */
export function buildFindingsReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const now = new Date(meta.generatedAt)
  const run = evaluateChecks(data, { today: stockholmDateOf(now), now }, data.findingAcceptances)
  const acceptedRows = run.accepted.map(({ finding, acceptance }) => [
    finding.entity.label,
    pick(finding.message, lang),
    acceptance.reason,
    acceptance.expiresOn,
    `${acceptance.acceptedBy}, ${dateTimeText(acceptance.acceptedAt)}`,
  ])
  const acceptedColumns: [Bilingual, number][] = [
    [T.record, 20],
    [T.finding, 30],
    [T.reason, 25],
    [T.until, 11],
    [T.by, 14],
  ]
  const failures = run.failures.map((f) => `${f.check}: ${f.error}`)
  return assembleDocument('findings', meta, {
    title: T.title,
    subtitle: pick(T.subtitle, lang),
    intro: [paragraph(pick(T.intro, lang)), fields(sealRows(meta))],
    sections: [
      organisationSection(meta, '1'),
      {
        id: 'summary',
        number: '2',
        heading: pick(T.summary, lang),
        blocks: summaryBlocks(run.open, run.accepted.length, lang),
        subsections: [],
      },
      {
        id: 'open',
        number: '3',
        heading: pick(T.open, lang),
        blocks: run.open.length ? [] : [paragraph(pick(T.none, lang))],
        subsections: openSections(run.open, lang),
        pageBreakBefore: true,
      },
      {
        id: 'accepted',
        number: '4',
        heading: pick(T.accepted, lang),
        blocks: [
          table(acceptedColumns, acceptedRows, lang, T.noneAccepted),
          ...(failures.length ? [fields([row(T.failures, failures, lang)])] : []),
        ],
        subsections: [],
      },
    ],
  })
}
