/**
 * Legitimate interest assessments (intresseavvägningar) for Art 6(1)(f): each LIA's answers to the questionnaire
 * of domain-reference §2.2 in the order of EDPB Guidelines 1/2024's three steps, the outcome the rules derive,
 * the DPO's override and sign-off, and the saved versions. Answers are worded by the LIA module's own formatter.
 */
import type { WorkspaceData } from '../backup'
import {
  effectiveOutcome,
  formatLiaAnswer,
  LIA_QUESTIONS,
  LIA_STEPS,
  liaReviewDate,
  type LegitimateInterestAssessment,
} from '../lia'
import { COMMON, fields, recordLogDocument, row, table } from './report-common'
import type { Bilingual, ReportBlock, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { dateTimeText, pick, swedishOrder, yesNo } from './text.rules'
import { LIA_OUTCOME_LABELS, LIA_STATUS_LABELS } from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Intresseavvägningar', 'Legitimate interest assessments'),
  subtitle: l('Bedömningar enligt artikel 6.1 f', 'Assessments under Article 6(1)(f)'),
  intro: l(
    'En behandling med stöd av berättigat intresse kräver att tre villkor är uppfyllda och dokumenterade innan behandlingen börjar: ett berättigat intresse, att behandlingen är nödvändig för det och att de registrerades intressen inte väger tyngre (EDPB:s riktlinjer 1/2024).',
    'Processing on legitimate interests requires three conditions, met and documented before the processing starts: a legitimate interest, necessity for it, and that the data subjects’ interests do not override it (EDPB Guidelines 1/2024).',
  ),
  overview: l('Översikt', 'Overview'),
  assessments: l('Bedömningar', 'Assessments'),
  none: l('Inga intresseavvägningar har registrerats.', 'No legitimate interest assessments have been recorded.'),
  no: l('Nr', 'No.'),
  activities: l('Behandlingar', 'Processing activities'),
  purposes: l('Ändamål', 'Purposes'),
  allPurposes: l('Alla ändamål med berättigat intresse', 'Every purpose on legitimate interests'),
  version: l('Version', 'Version'),
  author: l('Upprättad av / granskare', 'Author / reviewer'),
  status: l('Status', 'Status'),
  outcome: l('Utfall', 'Outcome'),
  derived: l('Utfall enligt reglerna', 'Outcome by the rules'),
  reasons: l('Skäl', 'Reasons'),
  override: l('Dataskyddsombudets avvikande bedömning', 'The DPO’s overriding decision'),
  signOff: l('Godkänd', 'Signed off'),
  reasoning: l('Motivering', 'Reasoning'),
  dpiaNeeded: l('Konsekvensbedömning behövs', 'DPIA needed'),
  mitigations: l('Skyddsåtgärder som krävs', 'Mitigations required'),
  nextReview: l('Nästa översyn', 'Next review'),
  question: l('Fråga', 'Question'),
  answer: l('Svar', 'Answer'),
  versions: l('Sparade versioner', 'Saved versions'),
  savedBy: l('Sparad av', 'Saved by'),
  savedAt: l('Sparad', 'Saved'),
} as const

function activityNames(lia: LegitimateInterestAssessment, data: WorkspaceData): string[] {
  const names = new Map(data.activities.map((a) => [a.id, a.name]))
  return lia.activityIds.map((id) => names.get(id) ?? id)
}

function purposeNames(lia: LegitimateInterestAssessment, data: WorkspaceData, lang: ReportLanguage): string[] {
  if (lia.purposeIds.length === 0) return [pick(T.allPurposes, lang)]
  const all = new Map(data.activities.flatMap((a) => a.purposes.map((p) => [p.id, p.description] as const)))
  return lia.purposeIds.map((id) => all.get(id) ?? id)
}

/** An empty list is an answer here ("none"), not a missing one. */
const orNone = (lines: string[], lang: ReportLanguage): string[] => (lines.length ? lines : [pick(COMMON.none, lang)])

function summaryRows(lia: LegitimateInterestAssessment, data: WorkspaceData, lang: ReportLanguage) {
  const eff = effectiveOutcome(lia)
  const override = lia.outcomeOverride
  return [
    row(T.activities, activityNames(lia, data), lang),
    row(T.purposes, purposeNames(lia, data, lang), lang),
    row(T.version, String(lia.version), lang),
    row(T.author, [lia.author, lia.reviewer].filter(Boolean).join(' / '), lang),
    row(T.status, pick(LIA_STATUS_LABELS[lia.status], lang), lang),
    row(T.outcome, pick(LIA_OUTCOME_LABELS[eff.outcome], lang), lang),
    row(T.derived, pick(LIA_OUTCOME_LABELS[eff.derived.outcome], lang), lang),
    row(
      T.reasons,
      orNone(
        eff.derived.reasons.map((r) => pick(r.text, lang)),
        lang,
      ),
      lang,
    ),
    ...(override
      ? [
          row(
            T.override,
            [
              `${pick(LIA_OUTCOME_LABELS[override.outcome], lang)} – ${override.by}, ${dateTimeText(override.at)}`,
              override.justification,
            ],
            lang,
          ),
        ]
      : []),
    row(
      T.mitigations,
      orNone(
        eff.derived.requiredMitigations.map((r) => pick(r.text, lang)),
        lang,
      ),
      lang,
    ),
    row(T.reasoning, lia.outcomeReasoning, lang),
    row(T.dpiaNeeded, yesNo(lia.dpiaNeeded, lang), lang),
    row(T.signOff, lia.signOff ? `${lia.signOff.by}, ${dateTimeText(lia.signOff.at)}` : '', lang),
    row(T.nextReview, liaReviewDate(lia) ?? '', lang),
  ]
}

/** The questionnaire, step by step: each question's number and wording beside the formatted answer. */
function answerBlocks(lia: LegitimateInterestAssessment, lang: ReportLanguage): ReportBlock[] {
  return LIA_STEPS.flatMap((step) => {
    const rows = LIA_QUESTIONS.filter((q) => q.step === step.step).map((q) => [
      `${q.number} ${pick(q.label, lang)}`,
      formatLiaAnswer(q.id, lia.answers, lang).join('\n'),
    ])
    return rows.length
      ? [
          { type: 'heading' as const, text: pick(step.label, lang) },
          table(
            [
              [T.question, 40],
              [T.answer, 60],
            ],
            rows,
            lang,
          ),
        ]
      : []
  })
}

function liaSection(
  lia: LegitimateInterestAssessment,
  n: number,
  data: WorkspaceData,
  lang: ReportLanguage,
): ReportSection {
  const versions = data.liaVersions
    .filter((v) => v.liaId === lia.id)
    .sort((a, b) => a.version - b.version)
    .map((v) => [
      String(v.version),
      dateTimeText(v.savedAt),
      v.savedBy,
      pick(LIA_OUTCOME_LABELS[v.outcomeOverride?.outcome ?? v.derived.outcome], lang),
    ])
  const heading = activityNames(lia, data).join(', ') || `LIA ${n}`
  return {
    id: `lia-${lia.id}`,
    number: `3.${n}`,
    heading,
    blocks: [
      fields(summaryRows(lia, data, lang)),
      ...answerBlocks(lia, lang),
      ...(versions.length
        ? [
            { type: 'heading' as const, text: pick(T.versions, lang) },
            table(
              [
                [T.version, 12],
                [T.savedAt, 25],
                [T.savedBy, 30],
                [T.outcome, 33],
              ],
              versions,
              lang,
            ),
          ]
        : []),
    ],
    subsections: [],
    pageBreakBefore: true,
  }
}

/** Every LIA with its answers, outcome and versions. */
export function buildLiaReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const first = (lia: LegitimateInterestAssessment) => activityNames(lia, data)[0] ?? ''
  const ordered = [...data.lias].sort((a, b) => swedishOrder(first(a), first(b)))
  const overviewRows = ordered.map((lia, i) => [
    `3.${i + 1}`,
    activityNames(lia, data).join('\n'),
    pick(LIA_STATUS_LABELS[lia.status], lang),
    pick(LIA_OUTCOME_LABELS[effectiveOutcome(lia).outcome], lang),
    liaReviewDate(lia) ?? '',
  ])
  const overview = table(
    [
      [T.no, 6],
      [T.activities, 40],
      [T.status, 20],
      [T.outcome, 20],
      [T.nextReview, 14],
    ],
    overviewRows,
    lang,
    T.none,
  )
  return recordLogDocument(
    'lias',
    meta,
    { ...T, records: T.assessments },
    { overview, recordsId: 'lias', records: ordered.map((lia, i) => liaSection(lia, i + 1, data, lang)) },
  )
}
