/**
 * The steps a DPO takes on a data-subject request, as pure transformations that refuse with a clear reason:
 * extending the time limit (Art 12(3): only when the person is told within the first month, with reasons),
 * refusing (Art 12(5): manifestly unfounded or excessive, burden of proof on the controller; Art 12(4): tell
 * about complaint and remedy) and answering. domain-reference §6.2, §6.3
 */
import { formatDeadlineDate, type LocalizedText } from '../deadlines'
import { firstDueDate, isOpen, MAX_EXTENSION_MONTHS } from './request.rules'
import type { DataSubjectRequestFields, RequestExtension, RequestRefusal } from './request.schema'

/** Why a step was refused, with a message in both languages. */
export interface RequestActionProblem {
  code:
    | 'closed'
    | 'already_extended'
    | 'after_first_month'
    | 'no_reasons'
    | 'months_out_of_range'
    | 'before_receipt'
    | 'in_future'
    | 'reasoning_required'
    | 'evidence_required'
    | 'legal_ground_required'
  message: LocalizedText
}

/** The new fields, or every reason the step was refused. */
export type RequestActionResult =
  { ok: true; value: DataSubjectRequestFields } | { ok: false; problems: RequestActionProblem[] }

const problem = (code: RequestActionProblem['code'], sv: string, en: string): RequestActionProblem => ({
  code,
  message: { sv, en },
})
const blank = (s: string): boolean => s.trim() === ''
const done = (problems: RequestActionProblem[], value: () => DataSubjectRequestFields): RequestActionResult =>
  problems.length > 0 ? { ok: false, problems } : { ok: true, value: value() }

function dateProblems(request: DataSubjectRequestFields, date: string, today: string): RequestActionProblem[] {
  const problems: RequestActionProblem[] = []
  if (date < request.receivedAt) {
    problems.push(problem('before_receipt', 'Datumet ligger före mottagandet.', 'The date is before receipt.'))
  }
  if (date > today) problems.push(problem('in_future', 'Datumet ligger i framtiden.', 'The date lies in the future.'))
  return problems
}

const CLOSED = problem('closed', 'Begäran är redan avslutad.', 'The request is already closed.')

function extensionRefusals(request: DataSubjectRequestFields, extension: RequestExtension): RequestActionProblem[] {
  const problems: RequestActionProblem[] = []
  if (!isOpen(request)) problems.push(CLOSED)
  if (request.extension !== null) {
    problems.push(problem('already_extended', 'Svarstiden är redan förlängd.', 'The time limit is already extended.'))
  }
  if (!Number.isInteger(extension.months) || extension.months < 1 || extension.months > MAX_EXTENSION_MONTHS) {
    problems.push(
      problem(
        'months_out_of_range',
        'Förlängning kan ske med en eller två månader.',
        'An extension is one or two months.',
      ),
    )
  }
  const firstDue = firstDueDate(request.receivedAt).due
  if (extension.notifiedOn > firstDue) {
    const sv = formatDeadlineDate(firstDue, 'sv')
    const en = formatDeadlineDate(firstDue, 'en')
    problems.push(
      problem(
        'after_first_month',
        `Förlängning kräver att den registrerade underrättas inom en månad från mottagandet, senast ${sv} (artikel 12.3).`,
        `An extension requires telling the data subject within one month of receipt, by ${en} (Article 12(3)).`,
      ),
    )
  }
  if (blank(extension.reasons)) {
    problems.push(
      problem(
        'no_reasons',
        'Ange skälen till förlängningen; de ska meddelas den registrerade (artikel 12.3).',
        'Give the reasons for the extension; they must be told to the data subject (Article 12(3)).',
      ),
    )
  }
  return problems
}

/**
 * Extends the time limit by `months` (1 or 2) further months. Refused when the request is closed or already
 * extended, when the person was told after the first month (received 10 Mar 2026: by Fri 10 Apr 2026), or
 * without reasons: an extension that breaks Art 12(3) would not move the deadline, so it is not recorded.
 */
export function extendRequest(
  request: DataSubjectRequestFields,
  extension: RequestExtension,
  today: string,
): RequestActionResult {
  const problems = extensionRefusals(request, extension)
  problems.push(...dateProblems(request, extension.notifiedOn, today))
  return done(problems, () => ({ ...request, extension: { ...extension, reasons: extension.reasons.trim() } }))
}

function refusalProblems(refusal: RequestRefusal): RequestActionProblem[] {
  const problems: RequestActionProblem[] = []
  if (blank(refusal.reasoning)) {
    problems.push(problem('reasoning_required', 'Motivera avslaget.', 'Give the reasoning for the refusal.'))
  }
  if (refusal.kind === 'legal_exception' && blank(refusal.legalGround)) {
    problems.push(
      problem(
        'legal_ground_required',
        'Ange vilket lagrum som hindrar att begäran tillmötesgås (t.ex. artikel 17.3 b och bokföringslagen).',
        'Name the legal ground that prevents acting on the request (e.g. Article 17(3)(b) and the Bookkeeping Act).',
      ),
    )
  }
  if (refusal.kind !== 'legal_exception' && blank(refusal.evidence)) {
    problems.push(
      problem(
        'evidence_required',
        'Ett avslag som uppenbart ogrundad eller orimlig begäran kräver underlag: den personuppgiftsansvarige har bevisbördan (artikel 12.5).',
        'A refusal as manifestly unfounded or excessive needs evidence: the controller bears the burden of proof (Article 12(5)).',
      ),
    )
  }
  return problems
}

/** Refuses the request on `respondedOn` with reasoning (and evidence for Art 12(5) refusals). */
export function refuseRequest(
  request: DataSubjectRequestFields,
  refusal: RequestRefusal,
  respondedOn: string,
  today: string,
): RequestActionResult {
  const problems = isOpen(request) ? [] : [CLOSED]
  problems.push(...refusalProblems(refusal), ...dateProblems(request, respondedOn, today))
  return done(problems, () => ({ ...request, refusal, status: 'refused', respondedAt: respondedOn }))
}

/** Marks the request answered on `respondedOn`. */
export function markAnswered(
  request: DataSubjectRequestFields,
  respondedOn: string,
  today: string,
): RequestActionResult {
  const problems = isOpen(request) ? [] : [CLOSED]
  problems.push(...dateProblems(request, respondedOn, today))
  return done(problems, () => ({ ...request, status: 'answered', respondedAt: respondedOn }))
}

/** Puts a closed request back in progress (a reply was recorded by mistake); keeps any extension. */
export function reopenRequest(request: DataSubjectRequestFields): DataSubjectRequestFields {
  return { ...request, status: 'in_progress', respondedAt: null, refusal: null }
}
