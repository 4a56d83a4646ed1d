/** Table rows for the adapters over the LIA, DPIA, processor, vendor and transfer modules. */
import { emptyDpiaScreeningAnswers, screeningFields } from '../dpia'
import { passingAnswers } from '../lia/lia.fixtures'
import { acceptableReview } from '../processors/fixtures'
import type { ActivityFields } from '../register'
import { adequacyTransfer, derogationTransfer } from '../transfers/fixtures'
import { agreement, completeActivity, IDS, lia, transfer, vendor, workspace, type CheckCase } from './fixtures'

/** An activity whose one purpose rests on legitimate interests. */
const fActivity = (fields: Partial<ActivityFields> = {}) =>
  completeActivity({
    purposes: [
      {
        id: IDS.purpose,
        description: 'Nyhetsbrev',
        legalBasis: 'f_legitimate_interests',
        legitimateInterest: 'Marknadsföra',
        legalReference: '',
      },
    ],
    ...fields,
  })

function screening(criteriaMet: number) {
  const answers = emptyDpiaScreeningAnswers()
  const keys = Object.keys(answers.criteria) as (keyof typeof answers.criteria)[]
  for (const k of keys.slice(0, criteriaMet)) answers.criteria[k] = { met: true, note: 'Ja' }
  const fields = screeningFields(IDS.activity, { answers, note: '' }, 'DPO', '2026-06-01')
  return {
    ...fields,
    id: IDS.screening,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T09:00:00.000Z',
    revision: 1,
  }
}

const missingClauseE = () => {
  const review = acceptableReview()
  review.clauses.e.status = 'missing'
  return agreement({ reviews: [review] })
}

const pendingSubProcessor = (decision: 'pending' | 'accepted') =>
  agreement({
    subProcessors: [
      {
        id: '66666666-6666-4666-8666-666666666666',
        name: 'Support AB',
        service: 'Support',
        country: 'SE',
        notifiedOn: '2026-05-20',
        objectionDeadline: null,
        decision,
        decidedOn: null,
      },
    ],
  })

const US_VENDOR = () =>
  vendor({ country: 'US', dpf: { certified: false, hrCovered: null, checkedOn: '2026-06-01', reference: '' } })

/** The module adapters' rows. */
export const MODULE_CASES: CheckCase[] = [
  {
    check: 'lia/completed',
    fires: () => workspace({ activities: [fActivity()] }),
    quiet: () => workspace({ activities: [fActivity()], lias: [lia()] }),
    expected: { code: 'lia/lia-missing', severity: 'high', field: 'purposes[0].legalBasis', entityId: IDS.activity },
  },
  {
    check: 'lia/fresh',
    fires: () => workspace({ activities: [fActivity()], lias: [lia({ nextReviewOn: '2026-06-01' })] }),
    quiet: () => workspace({ activities: [fActivity()], lias: [lia()] }),
    expected: { code: 'lia/lia-review-due', severity: 'medium' },
  },
  {
    check: 'lia/children',
    fires: () =>
      workspace({
        activities: [fActivity({ dataSubjectCategories: ['Skolbarn'] })],
        lias: [lia({ answers: { ...passingAnswers(), mitigations: [] } })],
      }),
    quiet: () => workspace({ activities: [fActivity({ dataSubjectCategories: ['Skolbarn'] })], lias: [lia()] }),
    expected: { code: 'lia/lia-children-unmitigated' },
  },
  {
    check: 'lia/marketing-opt-out',
    fires: () => {
      const answers = passingAnswers()
      const objectionProcess = { processInPlace: false, ref: '', directMarketing: true, marketingOptOut: false }
      return workspace({ activities: [fActivity()], lias: [lia({ answers: { ...answers, objectionProcess } })] })
    },
    quiet: () => workspace({ activities: [fActivity()], lias: [lia()] }),
    expected: { code: 'lia/marketing-without-opt-out' },
  },
  {
    check: 'dpia/required-not-referenced',
    fires: () => workspace({ activities: [completeActivity()], dpiaScreenings: [screening(2)] }),
    quiet: () =>
      workspace({
        activities: [completeActivity({ dpia: { status: 'in_progress', reference: '' } })],
        dpiaScreenings: [screening(2)],
      }),
    expected: { severity: 'high', field: 'dpia.status', entityId: IDS.activity },
  },
  {
    check: 'processors/no-agreement',
    fires: () => workspace({ vendors: [vendor()] }),
    quiet: () => workspace({ vendors: [vendor()], agreements: [agreement()] }),
    expected: { severity: 'high', entityId: IDS.vendor },
  },
  {
    check: 'processors/clauses',
    fires: () => workspace({ vendors: [vendor()], agreements: [missingClauseE()] }),
    quiet: () => workspace({ vendors: [vendor()], agreements: [agreement()] }),
    expected: { code: 'processors/clause-missing', severity: 'high', field: 'clauses.e', entityId: IDS.agreement },
  },
  {
    check: 'processors/sub-processor-procedure',
    fires: () => workspace({ agreements: [agreement({ objectionWindowDays: null })] }),
    quiet: () => workspace({ agreements: [agreement()] }),
    expected: { field: 'objectionWindowDays' },
  },
  {
    check: 'processors/objection-deadline',
    fires: () => workspace({ agreements: [pendingSubProcessor('pending')] }),
    quiet: () => workspace({ agreements: [pendingSubProcessor('accepted')] }),
    expected: { code: 'processors/objection-deadline-near', severity: 'high', field: 'subProcessors[0].decision' },
  },
  {
    check: 'processors/agreement-dates',
    fires: () => workspace({ agreements: [agreement({ expiresOn: '2026-07-01' })] }),
    quiet: () => workspace({ agreements: [agreement()] }),
    expected: { code: 'processors/agreement-expiring', severity: 'medium', field: 'expiresOn' },
  },
  {
    check: 'vendors/dpf-check-due',
    fires: () => workspace({ vendors: [vendor({ country: 'US' })] }),
    quiet: () => workspace({ vendors: [US_VENDOR()] }),
    expected: { severity: 'low', entityId: IDS.vendor, field: 'dpf.checkedOn' },
  },
  {
    check: 'transfers/missing-record',
    fires: () => workspace({ vendors: [US_VENDOR()] }),
    quiet: () => workspace({ vendors: [US_VENDOR()], transfers: [transfer()] }),
    expected: { code: 'transfers/missing-record', severity: 'high', entityId: IDS.vendor },
  },
  {
    check: 'transfers/adequacy',
    fires: () => workspace({ vendors: [US_VENDOR()], transfers: [{ ...transfer(), ...adequacyTransfer() }] }),
    quiet: () =>
      workspace({
        vendors: [US_VENDOR()],
        transfers: [{ ...transfer(), ...adequacyTransfer({ destinationCountry: 'CH' }) }],
      }),
    expected: { code: 'transfers/dpf-not-certified', severity: 'high', entityId: IDS.transfer },
  },
  {
    check: 'transfers/scc-module',
    fires: () =>
      workspace({
        transfers: [
          transfer({ mechanism: { kind: 'scc', module: 1, signedOn: null, reference: '', documentRef: '' } }),
        ],
      }),
    quiet: () => workspace({ transfers: [transfer()] }),
    expected: { code: 'transfers/scc-module-mismatch', field: 'mechanism.module' },
  },
  {
    check: 'transfers/tia',
    fires: () => workspace({ transfers: [transfer({ tia: null })] }),
    quiet: () => workspace({ transfers: [transfer()] }),
    expected: { code: 'transfers/tia-missing', field: 'tia' },
  },
  {
    check: 'transfers/derogation',
    fires: () => {
      const ok = derogationTransfer('a_explicit_consent')
      const m = ok.mechanism.kind === 'derogation' ? ok.mechanism : null
      const consent = { ...m!.consent!, obtainedVia: 'account_creation' as const }
      return workspace({ transfers: [{ ...transfer(), ...ok, mechanism: { ...m!, consent } }] })
    },
    quiet: () => workspace({ transfers: [{ ...transfer(), ...derogationTransfer('a_explicit_consent') }] }),
    expected: { code: 'transfers/consent-bundled', severity: 'high', entityId: IDS.transfer },
  },
]
