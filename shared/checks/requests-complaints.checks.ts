/** Adapters over the request module's checks 36–39 and the complaint module's check 40 (domain-reference §6, §9). */
import { checkDocumentsWithoutPublicRecordAck, checkReplyDueWithoutDraft, replyState } from '../complaints'
import {
  checkExtensionInvalid,
  checkFeeWithoutEvidence,
  checkRefusalWithoutEvidence,
  checkRefusalWithoutRemedyInfo,
  checkRequestOverdue,
  firstDueDate,
} from '../requests'
import { defineCaseCheck } from './record-check'

const firstDue = new Map<string, string>()

/** The last day of the first month for a request received on `receivedAt` (Art 12(3), counted per 1182/71). */
function firstMonthEnds(receivedAt: string): string {
  let due = firstDue.get(receivedAt)
  if (due === undefined) {
    due = firstDueDate(receivedAt).due
    if (firstDue.size > 5000) firstDue.clear()
    firstDue.set(receivedAt, due)
  }
  return due
}

/** Check 36: a request open past its due date (rolled per 1182/71) without a valid extension. */
export const requestOverdueCheck = defineCaseCheck({
  collection: 'requests',
  code: 'requests/overdue',
  title: { sv: 'Begäran besvaras för sent', en: 'Request overdue' },
  description: {
    sv: 'En begäran från en registrerad besvaras inom en månad, eller inom den giltigt förlängda tiden.',
    en: "A data subject's request is answered within one month, or within a validly extended time.",
  },
  rule: 'Art 12(3)',
  reference: 36,
  // A request is never due before its first month ends (an extension only moves the date later), so one still
  // inside it is skipped. That first due date depends on the day of receipt only, and a large log has many
  // requests per day: it is counted once per day, not once per request (1182/71 arithmetic is the cost here).
  predicate: (r, { today }) => (today > firstMonthEnds(r.receivedAt) ? checkRequestOverdue(r, today) : null),
  severity: 'high',
  field: 'respondedAt',
  fix: {
    sv: 'Besvara begäran snarast och dokumentera svaret och datumet.',
    en: 'Answer the request at once and record the reply and its date.',
  },
})

/** Check 37: an extension notified after the first month or without reasons. */
export const extensionInvalidCheck = defineCaseCheck({
  collection: 'requests',
  code: 'requests/extension-invalid',
  title: { sv: 'Ogiltig förlängning', en: 'Invalid extension' },
  description: {
    sv: 'En förlängning meddelas inom den första månaden och med skäl.',
    en: 'An extension is notified within the first month and with reasons.',
  },
  rule: 'Art 12(3)',
  reference: 37,
  predicate: (r, { today }) => checkExtensionInvalid(r, today),
  severity: 'medium',
  field: 'extension',
  fix: {
    sv: 'Räkna med den ursprungliga tidsfristen; meddela skälen om förlängningen ännu kan göras i tid.',
    en: 'Work to the original deadline; give the reasons if the extension can still be made in time.',
  },
})

/** Check 38 (refusal): manifestly unfounded or excessive without reasoning and evidence. */
export const refusalEvidenceCheck = defineCaseCheck({
  collection: 'requests',
  code: 'requests/refusal-without-evidence',
  title: { sv: 'Avslag utan bevis', en: 'Refusal without evidence' },
  description: {
    sv: 'Ett avslag på grund av uppenbart ogrundad eller orimlig begäran är motiverat och styrkt.',
    en: 'A refusal as manifestly unfounded or excessive is reasoned and evidenced.',
  },
  rule: 'Art 12(5)',
  reference: 38,
  predicate: (r, { today }) => checkRefusalWithoutEvidence(r, today),
  severity: 'medium',
  field: 'refusal.evidence',
  fix: {
    sv: 'Dokumentera motivering och bevis (t.ex. tidigare identiska begäranden), annars besvara begäran.',
    en: 'Record the reasoning and evidence (e.g. earlier identical requests), or else answer the request.',
  },
})

/** Check 38 (fee): a fee without evidence, or a copy fee outside an access request. */
export const feeEvidenceCheck = defineCaseCheck({
  collection: 'requests',
  code: 'requests/fee-without-evidence',
  title: { sv: 'Avgift utan grund', en: 'Fee without grounds' },
  description: {
    sv: 'En avgift tas bara ut för ytterligare kopior vid tillgång, eller för en styrkt ogrundad eller orimlig begäran.',
    en: 'A fee is charged only for further copies on access, or for an evidenced unfounded or excessive request.',
  },
  rule: 'Art 12(5), 15(3)',
  reference: 38,
  predicate: (r, { today }) => checkFeeWithoutEvidence(r, today),
  severity: 'medium',
  field: 'fee',
  fix: {
    sv: 'Ta bort avgiften eller dokumentera grunden och bevisen för den.',
    en: 'Drop the fee or record its ground and evidence.',
  },
})

/** Check 39: a refusal without information on complaint to IMY and judicial remedy. */
export const refusalRemedyCheck = defineCaseCheck({
  collection: 'requests',
  code: 'requests/refusal-without-remedy-info',
  title: { sv: 'Avslag utan upplysning om klagomål', en: 'Refusal without remedy information' },
  description: {
    sv: 'Ett avslag upplyser om rätten att klaga hos IMY och att begära prövning i domstol.',
    en: 'A refusal tells the person about complaining to IMY and seeking a judicial remedy.',
  },
  rule: 'Art 12(4)',
  reference: 39,
  predicate: (r, { today }) => checkRefusalWithoutRemedyInfo(r, today),
  severity: 'medium',
  field: 'refusal.remedyInformed',
  fix: {
    sv: 'Skicka ett kompletterande besked om rätten att klaga hos IMY och att gå till domstol.',
    en: 'Send a further letter on the right to complain to IMY and to go to court.',
  },
})

/** Check 40 (reply): an IMY or internal case due within five working days with no draft. */
export const replyDueCheck = defineCaseCheck({
  collection: 'complaints',
  code: 'complaints/reply-due-no-draft',
  title: { sv: 'Svar snart förfallet utan utkast', en: 'Reply due without a draft' },
  description: {
    sv: 'Ett svar som ska lämnas inom fem arbetsdagar har ett utkast.',
    en: 'A reply due within five working days has a draft.',
  },
  rule: 'IMY case handling',
  reference: 40,
  predicate: (c, { today }) => checkReplyDueWithoutDraft(c, today),
  severity: (c, { today }) => (replyState(c, today)?.overdue ? 'high' : 'medium'),
  field: 'replyDraft',
  fix: {
    sv: 'Skriv ett utkast till svar, eller be IMY om anstånd i god tid.',
    en: 'Draft the reply, or ask IMY for more time in good time.',
  },
})

/** Check 40 (documents): documents sent to IMY without acknowledging they become public records. */
export const publicRecordCheck = defineCaseCheck({
  collection: 'complaints',
  code: 'complaints/document-without-public-record-ack',
  title: { sv: 'Handling skickad utan offentlighetsgranskning', en: 'Document sent without public-record review' },
  description: {
    sv: 'Handlingar som skickas till IMY är granskade med vetskap om att de blir allmänna handlingar.',
    en: 'Documents sent to IMY are reviewed knowing they become public records.',
  },
  rule: 'Offentlighetsprincipen; OSL (2009:400)',
  reference: 40,
  predicate: (c) => checkDocumentsWithoutPublicRecordAck(c),
  severity: 'low',
  field: 'documents',
  fix: {
    sv: 'Granska handlingarna, begär sekretess där det behövs och bekräfta granskningen.',
    en: 'Review the documents, ask for secrecy where needed and confirm the review.',
  },
})

/** The request and complaint adapters, in §9 order. */
export const REQUEST_COMPLAINT_CHECKS = [
  requestOverdueCheck,
  extensionInvalidCheck,
  refusalEvidenceCheck,
  feeEvidenceCheck,
  refusalRemedyCheck,
  replyDueCheck,
  publicRecordCheck,
]
