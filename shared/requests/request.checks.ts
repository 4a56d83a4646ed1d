/**
 * Checks 36–39 of domain-reference §9 for one data-subject request, as pure predicates returning a finding or
 * `null`. They rest on Art 12(3)–(5).
 */
import type { LocalizedText } from '../deadlines'
import type { DataSubjectRequestFields } from './request.schema'
import { extensionProblems, firstDueDate, hasValidExtension, isOverdue, requestDueDate } from './request.rules'

/** Stable codes of the request checks. */
export type RequestCheckCode =
  | 'request_overdue'
  | 'request_extension_invalid'
  | 'request_refusal_without_evidence'
  | 'request_fee_without_evidence'
  | 'request_refusal_without_remedy_info'

/** A problem a check found: its §9 number, the rule it rests on and a message in both languages. */
export interface RequestFinding {
  code: RequestCheckCode
  check: number
  article: string
  message: LocalizedText
}

/** A request check: the request and today's date (`YYYY-MM-DD`, Stockholm) in, a finding or `null` out. */
export type RequestCheck = (request: DataSubjectRequestFields, today: string) => RequestFinding | null

const blank = (s: string): boolean => s.trim() === ''
const finding = (code: RequestCheckCode, check: number, article: string, sv: string, en: string): RequestFinding => ({
  code,
  check,
  article,
  message: { sv, en },
})

/** 36: open past its due date (rolled per 1182/71); without a valid extension the first month applies. */
export const checkRequestOverdue: RequestCheck = (request, today) => {
  if (!isOverdue(request, today)) return null
  const due = requestDueDate(request).due
  return hasValidExtension(request)
    ? finding(
        'request_overdue',
        36,
        'Art 12(3)',
        `Den förlängda svarstiden gick ut ${due}.`,
        `The extended time limit expired on ${due}.`,
      )
    : finding(
        'request_overdue',
        36,
        'Art 12(3)',
        `Begäran skulle ha besvarats senast ${due} och ingen giltig förlängning finns.`,
        `The request was due by ${due} and there is no valid extension.`,
      )
}

/** 37: an extension notified after the first month or without reasons. */
export const checkExtensionInvalid: RequestCheck = (request) => {
  if (request.extension === null) return null
  const problems = extensionProblems(request.receivedAt, request.extension)
  if (problems.length === 0) return null
  const firstDue = firstDueDate(request.receivedAt).due
  const sv: string[] = []
  const en: string[] = []
  if (problems.includes('after_first_month')) {
    sv.push(`förlängningen meddelades efter första månaden (senast ${firstDue})`)
    en.push(`the extension was notified after the first month (by ${firstDue})`)
  }
  if (problems.includes('no_reasons')) {
    sv.push('skälen för förlängningen saknas')
    en.push('the reasons for the extension are missing')
  }
  return finding(
    'request_extension_invalid',
    37,
    'Art 12(3)',
    `Ogiltig förlängning: ${sv.join('; ')}.`,
    `Invalid extension: ${en.join('; ')}.`,
  )
}

/** 38 (refusal): a refusal as manifestly unfounded or excessive without reasoning and evidence. */
export const checkRefusalWithoutEvidence: RequestCheck = (request) => {
  const r = request.refusal
  if (r === null || r.kind === 'legal_exception') return null
  if (!blank(r.reasoning) && !blank(r.evidence)) return null
  return finding(
    'request_refusal_without_evidence',
    38,
    'Art 12(5)',
    'Avslag som uppenbart ogrundad eller orimlig begäran kräver motivering och bevis (den personuppgiftsansvarige har bevisbördan).',
    'A refusal as manifestly unfounded or excessive needs reasoning and evidence (the controller bears the burden of proof).',
  )
}

/** 38 (fee): a fee for an unfounded/excessive request without evidence, or a copy fee outside an access request. */
export const checkFeeWithoutEvidence: RequestCheck = (request) => {
  const fee = request.fee
  if (fee === null) return null
  if (fee.basis === 'further_copies') {
    return request.type === 'access'
      ? null
      : finding(
          'request_fee_without_evidence',
          38,
          'Art 12(5), 15(3)',
          'Avgift för ytterligare kopior kan bara tas ut vid begäran om tillgång.',
          'A fee for further copies can only be charged on an access request.',
        )
  }
  if (!blank(fee.reasoning) && !blank(fee.evidence)) return null
  return finding(
    'request_fee_without_evidence',
    38,
    'Art 12(5)',
    'Avgift för en uppenbart ogrundad eller orimlig begäran kräver motivering och bevis.',
    'A fee for a manifestly unfounded or excessive request needs reasoning and evidence.',
  )
}

/** 39: a refusal that did not tell the person about complaining to IMY and judicial remedy. */
export const checkRefusalWithoutRemedyInfo: RequestCheck = (request) =>
  request.refusal !== null && !request.refusal.remedyInformed
    ? finding(
        'request_refusal_without_remedy_info',
        39,
        'Art 12(4)',
        'Avslaget ska upplysa om rätten att klaga hos IMY och att begära rättslig prövning.',
        'The refusal must tell the person about complaining to IMY and seeking a judicial remedy.',
      )
    : null

/** Checks 36–39 in order. */
export const REQUEST_CHECKS: readonly RequestCheck[] = Object.freeze([
  checkRequestOverdue,
  checkExtensionInvalid,
  checkRefusalWithoutEvidence,
  checkFeeWithoutEvidence,
  checkRefusalWithoutRemedyInfo,
])

/** Every finding of checks 36–39 for `request` on `today`. */
export function checkRequest(request: DataSubjectRequestFields, today: string): RequestFinding[] {
  return REQUEST_CHECKS.map((check) => check(request, today)).filter((f): f is RequestFinding => f !== null)
}
