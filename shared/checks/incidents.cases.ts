/** Table rows for the adapters over the breach, request and complaint modules. */
import { CaseDocumentSchema } from '../complaints'
import { breach, complaint, IDS, request, workspace, type CheckCase } from './fixtures'

/** A document sent to IMY; parsed, so fields the module adds with defaults are filled in. */
const sent = (publicRecordAck: boolean) =>
  CaseDocumentSchema.parse({ name: 'Svar.pdf', sentAt: '2026-06-12', publicRecordAck })

const imy = breach().imy

/** The case adapters' rows (CONTEXT: Monday 15 June 2026). */
export const INCIDENT_CASES: CheckCase[] = [
  {
    check: 'breaches/notification-overdue',
    fires: () =>
      workspace({
        breaches: [
          breach({ awareAt: '2026-06-10T10:00:00+02:00', imy: { ...imy, decision: 'pending', notifiedAt: null } }),
        ],
      }),
    quiet: () =>
      workspace({
        breaches: [
          breach({ awareAt: '2026-06-14T10:00:00+02:00', imy: { ...imy, decision: 'pending', notifiedAt: null } }),
        ],
      }),
    expected: { severity: 'high', field: 'imy.notifiedAt' },
  },
  {
    check: 'breaches/late-without-reason',
    fires: () => workspace({ breaches: [breach({ imy: { ...imy, notifiedAt: '2026-06-25T09:00:00+02:00' } })] }),
    quiet: () =>
      workspace({
        breaches: [
          breach({ imy: { ...imy, notifiedAt: '2026-06-25T09:00:00+02:00', delayReason: 'Utredning pågick' } }),
        ],
      }),
    expected: { field: 'imy.delayReason' },
  },
  {
    check: 'breaches/not-required-without-reasoning',
    fires: () =>
      workspace({ breaches: [breach({ reasoning: '', imy: { ...imy, decision: 'not_required', notifiedAt: null } })] }),
    quiet: () => workspace({ breaches: [breach({ imy: { ...imy, decision: 'not_required', notifiedAt: null } })] }),
    expected: { field: 'reasoning' },
  },
  {
    check: 'breaches/notification-incomplete',
    fires: () => workspace({ breaches: [breach({ imy: { ...imy, contactPoint: '' } })] }),
    quiet: () => workspace({ breaches: [breach()] }),
    expected: { severity: 'medium' },
  },
  {
    check: 'breaches/supplement-overdue',
    fires: () =>
      workspace({ breaches: [breach({ imy: { ...imy, phased: true, notifiedAt: '2026-05-01T09:00:00+02:00' } })] }),
    quiet: () =>
      workspace({
        breaches: [
          breach({
            imy: {
              ...imy,
              phased: true,
              notifiedAt: '2026-05-01T09:00:00+02:00',
              phaseCompletedAt: '2026-05-20T09:00:00+02:00',
            },
          }),
        ],
      }),
    expected: { field: 'imy.supplements' },
  },
  {
    check: 'breaches/subjects-not-informed',
    fires: () =>
      workspace({ breaches: [breach({ subjects: { ...breach().subjects, decision: 'pending', informedAt: null } })] }),
    quiet: () => workspace({ breaches: [breach()] }),
    expected: { severity: 'high', field: 'subjects.decision' },
  },
  {
    check: 'breaches/secrecy-note-missing',
    fires: () => workspace({ breaches: [breach({ imy: { ...imy, draft: 'Lönelista med personnummer' } })] }),
    quiet: () =>
      workspace({
        breaches: [breach({ imy: { ...imy, draft: 'Lönelista med personnummer', secrecyRequest: 'Personnumren.' } })],
      }),
    expected: { severity: 'low' },
  },
  {
    check: 'requests/overdue',
    fires: () =>
      workspace({ requests: [request({ receivedAt: '2026-05-01', status: 'in_progress', respondedAt: null })] }),
    quiet: () =>
      workspace({ requests: [request({ receivedAt: '2026-06-01', status: 'in_progress', respondedAt: null })] }),
    expected: { severity: 'high', entityId: IDS.request },
  },
  {
    check: 'requests/extension-invalid',
    fires: () =>
      workspace({ requests: [request({ extension: { notifiedOn: '2026-06-10', reasons: '', months: 2 } })] }),
    quiet: () =>
      workspace({
        requests: [request({ extension: { notifiedOn: '2026-06-10', reasons: 'Många begäranden', months: 2 } })],
      }),
    expected: { field: 'extension' },
  },
  {
    check: 'requests/refusal-without-evidence',
    fires: () =>
      workspace({
        requests: [
          request({
            status: 'refused',
            refusal: { kind: 'excessive', legalGround: '', reasoning: '', evidence: '', remedyInformed: true },
          }),
        ],
      }),
    quiet: () =>
      workspace({
        requests: [
          request({
            status: 'refused',
            refusal: {
              kind: 'excessive',
              legalGround: '',
              reasoning: 'Sjätte på en vecka',
              evidence: 'Logg',
              remedyInformed: true,
            },
          }),
        ],
      }),
  },
  {
    check: 'requests/fee-without-evidence',
    fires: () =>
      workspace({
        requests: [
          request({ type: 'erasure', fee: { amountSek: 100, basis: 'further_copies', reasoning: '', evidence: '' } }),
        ],
      }),
    quiet: () =>
      workspace({
        requests: [request({ fee: { amountSek: 100, basis: 'further_copies', reasoning: '', evidence: '' } })],
      }),
  },
  {
    check: 'requests/refusal-without-remedy-info',
    fires: () =>
      workspace({
        requests: [
          request({
            status: 'refused',
            refusal: {
              kind: 'legal_exception',
              legalGround: 'Bokföringslagen',
              reasoning: '',
              evidence: '',
              remedyInformed: false,
            },
          }),
        ],
      }),
    quiet: () =>
      workspace({
        requests: [
          request({
            status: 'refused',
            refusal: {
              kind: 'legal_exception',
              legalGround: 'Bokföringslagen',
              reasoning: '',
              evidence: '',
              remedyInformed: true,
            },
          }),
        ],
      }),
    expected: { field: 'refusal.remedyInformed' },
  },
  {
    check: 'complaints/reply-due-no-draft',
    fires: () =>
      workspace({ complaints: [complaint({ status: 'open', repliedAt: null, responseDueAt: '2026-06-17' })] }),
    quiet: () =>
      workspace({
        complaints: [complaint({ status: 'open', repliedAt: null, responseDueAt: '2026-06-17', replyDraft: 'Utkast' })],
      }),
    expected: { severity: 'medium', field: 'replyDraft', entityId: IDS.complaint },
  },
  {
    check: 'complaints/document-without-public-record-ack',
    fires: () => workspace({ complaints: [complaint({ documents: [sent(false)] })] }),
    quiet: () => workspace({ complaints: [complaint({ documents: [sent(true)] })] }),
  },
]
