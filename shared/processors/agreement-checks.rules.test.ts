import { describe, expect, it } from 'vitest'
import {
  checkAgreementClauses,
  checkObjectionDeadlines,
  checkProcessorAgreements,
  checkSubProcessorProcedure,
  findProcessorsWithoutAgreement,
  type VendorForAgreements,
} from './agreement-checks.rules'
import type { SubProcessor } from './agreement.schema'
import { FIXTURE_IDS, acceptableReview, activeAgreement } from './fixtures'

const today = '2026-05-04'
const OTHER_ID = '77777777-7777-4777-8777-777777777777'
const codes = (fs: { code: string }[]) => fs.map((f) => f.code)
const processor: VendorForAgreements = { id: FIXTURE_IDS.vendor, name: 'Acme Cloud Inc.', role: 'processor' }
const activity = (recipients: { name: string; kind: string; vendorId?: string | null }[]) => ({
  id: FIXTURE_IDS.activity,
  name: 'CRM',
  recipients,
})

describe('check 15: findProcessorsWithoutAgreement', () => {
  it('passes a processor with an agreement in force', () => {
    expect(findProcessorsWithoutAgreement({ vendors: [processor], agreements: [activeAgreement()] }, today)).toEqual([])
  })

  it('flags a processor with no agreement at all', () => {
    const fs = findProcessorsWithoutAgreement({ vendors: [processor], agreements: [] }, today)
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      code: 'processors/no-agreement',
      check: 15,
      severity: 'high',
      entityId: processor.id,
    })
  })

  it('flags a processor whose only agreement is a draft, expired by date, or terminated, naming the status', () => {
    for (const a of [
      activeAgreement({ status: 'draft' }),
      activeAgreement({ expiresOn: '2026-05-03' }),
      activeAgreement({ status: 'terminated' }),
    ]) {
      const fs = findProcessorsWithoutAgreement({ vendors: [processor], agreements: [a] }, today)
      expect(fs).toHaveLength(1)
      expect(fs[0]?.message.en).toContain(`(${a.status})`)
    }
  })

  it('does not ask controllers or sub-processors for our Art 28 agreement', () => {
    const others = (['joint_controller', 'independent_controller', 'sub_processor'] as const).map((role) => ({
      ...processor,
      role,
    }))
    expect(findProcessorsWithoutAgreement({ vendors: others, agreements: [] }, today)).toEqual([])
  })

  it('flags a processor recipient in the register that matches no vendor, ignoring case', () => {
    const input = {
      vendors: [processor],
      agreements: [activeAgreement()],
      activities: [
        activity([
          { name: ' acme cloud inc.', kind: 'processor' },
          { name: 'Payroll AB', kind: 'processor' },
          { name: 'Skatteverket', kind: 'authority' },
        ]),
      ],
    }
    const fs = findProcessorsWithoutAgreement(input, today)
    expect(fs.map((f) => [f.code, f.entityId])).toEqual([
      ['processors/recipient-without-agreement', FIXTURE_IDS.activity],
    ])
    expect(fs[0]?.message.sv).toContain('Payroll AB')
  })

  it("follows a recipient's vendor link before its name, and flags a link to a vendor that is gone", () => {
    const gone = '99999999-9999-4999-8999-999999999999'
    const input = {
      vendors: [processor],
      agreements: [activeAgreement()],
      activities: [
        activity([
          { name: 'IT-leverantörer', kind: 'processor', vendorId: processor.id },
          { name: 'Acme Cloud Inc.', kind: 'processor', vendorId: gone },
        ]),
      ],
    }
    const fs = findProcessorsWithoutAgreement(input, today)
    expect(fs.map((f) => f.code)).toEqual(['processors/recipient-without-agreement'])
    expect(fs[0]?.message.en).toContain('Acme Cloud Inc.')
  })
})

describe('check 16: checkAgreementClauses', () => {
  it('passes an agreement whose latest review is acceptable', () => {
    expect(checkAgreementClauses(activeAgreement())).toEqual([])
  })

  it('flags an agreement never reviewed', () => {
    expect(codes(checkAgreementClauses(activeAgreement({ reviews: [] })))).toEqual([
      'processors/agreement-not-reviewed',
    ])
  })

  it('does not count a draft review: only a signed-off one is a review', () => {
    const draft = { ...acceptableReview(), signedOff: null, outcome: null }
    draft.clauses.a.status = 'missing'
    expect(codes(checkAgreementClauses(activeAgreement({ reviews: [draft] })))).toEqual([
      'processors/agreement-not-reviewed',
    ])
    // A signed review with a draft beside it: the signed one counts, the draft's gap does not.
    expect(
      checkAgreementClauses(activeAgreement({ reviews: [acceptableReview(), { ...draft, id: OTHER_ID }] })),
    ).toEqual([])
  })

  it('flags (e) missing as high and (f) partial as medium, from the latest review only', () => {
    const old = acceptableReview('2025-01-01')
    old.clauses.a.status = 'missing'
    const latest = { ...acceptableReview('2026-03-01'), id: '77777777-7777-4777-8777-777777777777' }
    latest.clauses.e.status = 'missing'
    latest.clauses.f.status = 'partial'
    latest.extras.liability.status = 'missing'
    const fs = checkAgreementClauses(activeAgreement({ reviews: [old, latest] }))
    expect(fs.map((f) => [f.code, f.severity, f.check])).toEqual([
      ['processors/clause-missing', 'high', 16],
      ['processors/clause-partial', 'medium', 16],
    ])
    expect(fs[0]?.message.en).toContain('Art 28(3)(e)')
  })

  it('treats an unexplained "not applicable" on h2 as missing', () => {
    const r = acceptableReview()
    r.clauses.h2.status = 'not_applicable'
    expect(codes(checkAgreementClauses(activeAgreement({ reviews: [r] })))).toEqual(['processors/clause-missing'])
  })

  it('ignores expired and terminated agreements', () => {
    expect(checkAgreementClauses(activeAgreement({ status: 'terminated', reviews: [] }))).toEqual([])
    expect(checkAgreementClauses(activeAgreement({ status: 'expired', reviews: [] }))).toEqual([])
  })
})

describe('check 17: checkSubProcessorProcedure', () => {
  it('passes specific authorisation, or general with an objection window', () => {
    expect(checkSubProcessorProcedure(activeAgreement())).toEqual([])
    const specific = activeAgreement({ subProcessorAuthorisation: 'specific', objectionWindowDays: null })
    expect(checkSubProcessorProcedure(specific)).toEqual([])
  })

  it.each([null, 0])('flags general authorisation with window %s', (objectionWindowDays) => {
    const fs = checkSubProcessorProcedure(activeAgreement({ objectionWindowDays }))
    expect(fs.map((f) => [f.code, f.check, f.severity])).toEqual([['processors/no-objection-procedure', 17, 'high']])
  })

  it('ignores terminated agreements', () => {
    expect(checkSubProcessorProcedure(activeAgreement({ status: 'terminated', objectionWindowDays: null }))).toEqual([])
  })
})

describe('check 18: checkObjectionDeadlines', () => {
  const sp = (objectionDeadline: string, decision: SubProcessor['decision'] = 'pending'): SubProcessor => ({
    id: FIXTURE_IDS.subProcessor,
    name: 'Support Pvt Ltd',
    service: '',
    country: 'IN',
    notifiedOn: null,
    objectionDeadline,
    decision,
    decidedOn: null,
  })

  it('flags an undecided deadline within 7 days as high, a passed one as medium', () => {
    const a = activeAgreement({ subProcessors: [sp('2026-05-11'), sp('2026-05-03'), sp('2026-05-12')] })
    expect(checkObjectionDeadlines(a, today).map((f) => [f.code, f.severity, f.check])).toEqual([
      ['processors/objection-deadline-near', 'high', 18],
      ['processors/objection-deadline-passed', 'medium', 18],
    ])
  })

  it('ignores decided sub-processors and non-active agreements', () => {
    expect(checkObjectionDeadlines(activeAgreement({ subProcessors: [sp('2026-05-05', 'accepted')] }), today)).toEqual(
      [],
    )
    const draft = activeAgreement({ status: 'draft', subProcessors: [sp('2026-05-05')] })
    expect(checkObjectionDeadlines(draft, today)).toEqual([])
  })

  it('computes the deadline from the notice date and window when none is recorded', () => {
    const notified = { ...sp('2026-01-01'), objectionDeadline: null, notifiedOn: '2026-04-06' }
    const fs = checkObjectionDeadlines(activeAgreement({ subProcessors: [notified] }), today)
    expect(fs[0]?.message.en).toContain('2026-05-06')
  })
})

describe('checkProcessorAgreements', () => {
  it('runs checks 15–18 together', () => {
    const a = activeAgreement({ reviews: [], objectionWindowDays: null })
    const fs = checkProcessorAgreements(
      { vendors: [processor, { ...processor, id: 'other', name: 'B' }], agreements: [a] },
      today,
    )
    expect(codes(fs)).toEqual([
      'processors/no-agreement',
      'processors/agreement-not-reviewed',
      'processors/no-objection-procedure',
    ])
    expect(fs.map((f) => f.check)).toEqual([15, 16, 17])
  })
})
