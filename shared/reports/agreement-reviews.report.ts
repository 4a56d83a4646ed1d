/**
 * Processor agreements (personuppgiftsbiträdesavtal) and the DPO's clause-by-clause reviews of them against
 * Art 28(3) and common practice (domain-reference §3). The latest review of each agreement is printed in full;
 * earlier ones are listed with their outcome.
 */
import type { WorkspaceData } from '../backup'
import {
  CLAUSE_CATALOGUE,
  deriveReviewOutcome,
  latestReview,
  type AgreementReview,
  type ClauseAssessment,
  type ProcessorAgreement,
} from '../processors'
import { destinationName } from '../transfers'
import { COMMON, fields, recordLogDocument, row, table } from './report-common'
import type { Bilingual, ReportBlock, ReportDocument, ReportLanguage, ReportMeta, ReportSection } from './report.types'
import { dateTimeText, pick, swedishOrder } from './text.rules'
import {
  AGREEMENT_STATUS_LABELS,
  CLAUSE_STATUS_LABELS,
  REVIEW_OUTCOME_LABELS,
  SUB_PROCESSOR_DECISION_LABELS,
  VENDOR_ROLE_LABELS,
} from './vocabulary.modules'

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const T = {
  title: l('Granskning av personuppgiftsbiträdesavtal', 'Processor agreement reviews'),
  subtitle: l(
    'Avtal enligt artikel 28 och dataskyddsombudets granskning av dem',
    'Agreements under Article 28 and the DPO’s reviews of them',
  ),
  intro: l(
    'Varje avtal granskas mot de obligatoriska bestämmelserna i art. 28.3 a–h och andra stycket, villkoren för underbiträden i art. 28.2 och 28.4 samt vanliga tillägg (incidentrapportering, revision, platser, radering, ansvar). Ett avtal är godtagbart först när alla obligatoriska bestämmelser finns.',
    'Each agreement is reviewed against the mandatory terms of Art 28(3)(a)–(h) and its second subparagraph, the sub-processor conditions of Art 28(2) and 28(4), and common extras (breach notice, audits, locations, deletion, liability). An agreement is acceptable only when every mandatory term is present.',
  ),
  overview: l('Översikt', 'Overview'),
  agreements: l('Avtal', 'Agreements'),
  none: l('Inga personuppgiftsbiträdesavtal har registrerats.', 'No processor agreements have been recorded.'),
  processor: l('Personuppgiftsbiträde', 'Processor'),
  agreement: l('Avtal', 'Agreement'),
  status: l('Status', 'Status'),
  reviewed: l('Granskat', 'Reviewed'),
  outcome: l('Utfall', 'Outcome'),
  vendorRole: l('Leverantörens roll', 'Vendor role'),
  version: l('Version', 'Version'),
  dates: l('Undertecknat / gäller från / upphör', 'Signed / effective / expires'),
  notice: l('Uppsägningstid (dagar)', 'Notice period (days)'),
  nextReview: l('Nästa granskning', 'Next review'),
  document: l('Avtalsdokument (SHA-256)', 'Signed document (SHA-256)'),
  authorisation: l('Underbiträden (art. 28.2)', 'Sub-processors (Art 28(2))'),
  specific: l('Särskilt förhandstillstånd', 'Prior specific authorisation'),
  general: l('Allmänt förhandstillstånd', 'General authorisation'),
  window: l('invändningsfrist', 'objection window'),
  days: l('dagar', 'days'),
  subProcessors: l('Underbiträden', 'Sub-processors'),
  name: l('Namn', 'Name'),
  service: l('Tjänst', 'Service'),
  country: l('Land', 'Country'),
  notified: l('Aviserat / sista dag för invändning', 'Notified / objection deadline'),
  decision: l('Beslut', 'Decision'),
  latest: l('Senaste granskning', 'Latest review'),
  notReviewed: l('Avtalet har inte granskats.', 'The agreement has not been reviewed.'),
  reviewer: l('Granskad av / datum', 'Reviewed by / on'),
  signedOff: l('Godkänd', 'Signed off'),
  draft: l('Utkast – inte godkänd', 'Draft – not signed off'),
  derived: l('Utfall enligt reglerna', 'Outcome by the rules'),
  gaps: l('Brister', 'Gaps'),
  clause: l('Bestämmelse', 'Term'),
  article: l('Artikel', 'Article'),
  assessment: l('Bedömning', 'Assessment'),
  ref: l('Avsnitt och kommentar', 'Section and comment'),
  hours: l('timmar', 'hours'),
  earlier: l('Tidigare granskningar', 'Earlier reviews'),
  notes: l('Anteckningar', 'Notes'),
} as const

function clauseOf(review: AgreementReview, key: string): ClauseAssessment & { hours?: number | null } {
  const all = { ...review.clauses, ...review.extras } as Record<string, ClauseAssessment & { hours?: number | null }>
  return all[key] ?? { status: 'missing', clauseRef: '', comment: '' }
}

/** The catalogue writes some articles in both languages ("Art 28(3) första stycket / first subparagraph"). */
function articleIn(article: string, lang: ReportLanguage): string {
  const [sv, en] = article.split(' / ')
  if (en === undefined) return article
  return lang === 'sv' ? (sv ?? article) : `${(sv ?? '').replace(/\s+\S+\s+\S+$/, '')} ${en}`.trim()
}

/** The review's clause table in catalogue order, with the breach-notice hours where stated. */
function clauseTable(review: AgreementReview, lang: ReportLanguage): ReportBlock {
  const rows = CLAUSE_CATALOGUE.map((entry) => {
    const a = clauseOf(review, entry.key)
    const hours = a.hours !== undefined && a.hours !== null ? ` (${a.hours} ${pick(T.hours, lang)})` : ''
    return [
      pick(entry.label, lang),
      articleIn(entry.article, lang),
      pick(CLAUSE_STATUS_LABELS[a.status], lang) + hours,
      [a.clauseRef, a.comment].filter(Boolean).join('\n'),
    ]
  })
  return table(
    [
      [T.clause, 34],
      [T.article, 18],
      [T.assessment, 16],
      [T.ref, 32],
    ],
    rows,
    lang,
  )
}

function reviewBlocks(review: AgreementReview | null, lang: ReportLanguage): ReportBlock[] {
  if (!review) return [{ type: 'notice', tone: 'warning', text: pick(T.notReviewed, lang) }]
  const derived = deriveReviewOutcome(review)
  const signed = review.signedOff ? `${review.signedOff.by}, ${dateTimeText(review.signedOff.at)}` : pick(T.draft, lang)
  const stored = review.outcome ? pick(REVIEW_OUTCOME_LABELS[review.outcome], lang) : ''
  return [
    { type: 'heading', text: `${pick(T.latest, lang)} ${review.reviewedOn}` },
    fields([
      row(T.reviewer, `${review.reviewedBy}, ${review.reviewedOn}`, lang),
      row(T.version, review.agreementVersion, lang),
      row(T.signedOff, signed, lang),
      row(T.outcome, stored, lang),
      row(T.derived, pick(REVIEW_OUTCOME_LABELS[derived.outcome], lang), lang),
      row(T.gaps, derived.reasons.length ? derived.reasons.map((r) => pick(r, lang)) : [pick(COMMON.none, lang)], lang),
      row(T.notes, review.notes, lang),
    ]),
    clauseTable(review, lang),
  ]
}

function agreementRows(a: ProcessorAgreement, vendorRole: string, lang: ReportLanguage) {
  const auth = a.subProcessorAuthorisation === 'specific' ? pick(T.specific, lang) : pick(T.general, lang)
  const window =
    a.objectionWindowDays === null ? '' : `, ${pick(T.window, lang)} ${a.objectionWindowDays} ${pick(T.days, lang)}`
  return [
    row(T.vendorRole, vendorRole, lang),
    row(T.status, pick(AGREEMENT_STATUS_LABELS[a.status], lang), lang),
    row(T.version, a.version, lang),
    row(T.dates, [a.signedOn ?? '–', a.effectiveOn ?? '–', a.expiresOn ?? '–'].join(' / '), lang),
    row(T.notice, a.noticePeriodDays === null ? '' : String(a.noticePeriodDays), lang),
    row(T.nextReview, a.nextReviewOn ?? '', lang),
    row(T.document, a.document ? [a.document.name, a.document.sha256] : [], lang),
    row(T.authorisation, auth + window, lang),
    row(T.notes, a.notes, lang),
  ]
}

function agreementSection(
  a: ProcessorAgreement,
  n: number,
  vendors: Map<string, WorkspaceData['vendors'][number]>,
  lang: ReportLanguage,
): ReportSection {
  const vendor = vendors.get(a.vendorId)
  const subRows = a.subProcessors.map((s) => [
    s.name,
    s.service,
    s.country ? destinationName(s.country, lang) : '',
    [s.notifiedOn ?? '–', s.objectionDeadline ?? '–'].join(' / '),
    pick(SUB_PROCESSOR_DECISION_LABELS[s.decision], lang),
  ])
  const latest = latestReview(a)
  const earlier = a.reviews
    .filter((r) => r !== latest)
    .sort((x, y) => y.reviewedOn.localeCompare(x.reviewedOn))
    .map(
      (r) =>
        `${r.reviewedOn} – ${r.reviewedBy} – ${r.outcome ? pick(REVIEW_OUTCOME_LABELS[r.outcome], lang) : pick(T.draft, lang)}`,
    )
  return {
    id: `agreement-${a.id}`,
    number: `3.${n}`,
    heading: `${vendor?.name ?? '?'} – ${a.title}`,
    blocks: [
      fields(agreementRows(a, vendor ? pick(VENDOR_ROLE_LABELS[vendor.role], lang) : '', lang)),
      { type: 'heading', text: pick(T.subProcessors, lang) },
      table(
        [
          [T.name, 24],
          [T.service, 24],
          [T.country, 16],
          [T.notified, 22],
          [T.decision, 14],
        ],
        subRows,
        lang,
      ),
      ...reviewBlocks(latest, lang),
      ...(earlier.length ? [fields([row(T.earlier, earlier, lang)])] : []),
    ],
    subsections: [],
    pageBreakBefore: true,
  }
}

/** Every agreement with its latest review in full. */
export function buildAgreementReviewsReport(data: WorkspaceData, meta: ReportMeta): ReportDocument {
  const { lang } = meta
  const vendors = new Map(data.vendors.map((v) => [v.id, v]))
  const name = (a: ProcessorAgreement) => vendors.get(a.vendorId)?.name ?? ''
  const ordered = [...data.agreements].sort((a, b) => swedishOrder(name(a), name(b)) || swedishOrder(a.title, b.title))
  const overviewRows = ordered.map((a, i) => {
    const r = latestReview(a)
    const outcome = r?.outcome ?? (r ? deriveReviewOutcome(r).outcome : null)
    return [
      `3.${i + 1}`,
      name(a),
      a.title,
      pick(AGREEMENT_STATUS_LABELS[a.status], lang),
      r?.reviewedOn ?? '',
      outcome ? pick(REVIEW_OUTCOME_LABELS[outcome], lang) : '',
    ]
  })
  const no = l('Nr', 'No.')
  const overview = table(
    [
      [no, 6],
      [T.processor, 22],
      [T.agreement, 28],
      [T.status, 12],
      [T.reviewed, 12],
      [T.outcome, 20],
    ],
    overviewRows,
    lang,
    T.none,
  )
  return recordLogDocument(
    'agreement_reviews',
    meta,
    { ...T, records: T.agreements },
    { overview, recordsId: 'agreements', records: ordered.map((a, i) => agreementSection(a, i + 1, vendors, lang)) },
  )
}
