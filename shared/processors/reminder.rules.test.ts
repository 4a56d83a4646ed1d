import { describe, expect, it } from 'vitest'
import type { SubProcessor } from './agreement.schema'
import { FIXTURE_IDS, activeAgreement } from './fixtures'
import { agreementReminders } from './reminder.rules'

const today = '2026-05-04'
const kinds = (rs: { kind: string }[]) => rs.map((r) => r.kind)
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

describe('agreementReminders', () => {
  it('has nothing to say about an open-ended agreement with a review ahead', () => {
    expect(agreementReminders(activeAgreement(), today)).toEqual([])
  })

  it('warns 90 days before expiry but not 91', () => {
    const at90 = agreementReminders(activeAgreement({ expiresOn: '2026-08-02' }), today)
    expect(at90.map((r) => [r.kind, r.daysLeft, r.agreementId])).toEqual([
      ['agreement_expiring', 90, FIXTURE_IDS.agreement],
    ])
    expect(agreementReminders(activeAgreement({ expiresOn: '2026-08-03' }), today)).toEqual([])
  })

  it('says an active agreement past its end date has expired', () => {
    const rs = agreementReminders(activeAgreement({ expiresOn: '2026-05-03' }), today)
    expect(rs.map((r) => [r.kind, r.daysLeft])).toEqual([['agreement_expired', -1]])
    expect(rs[0]?.message.sv).toContain('gick ut 2026-05-03')
  })

  it('warns of the last day to give notice, then of the expiry, most urgent first', () => {
    const a = activeAgreement({ expiresOn: '2026-07-31', noticePeriodDays: 60 })
    const rs = agreementReminders(a, today)
    expect(rs.map((r) => [r.kind, r.dueOn])).toEqual([
      ['notice_deadline', '2026-06-01'],
      ['agreement_expiring', '2026-07-31'],
    ])
  })

  it('drops the notice reminder once the notice day has passed', () => {
    const a = activeAgreement({ expiresOn: '2026-06-01', noticePeriodDays: 30 })
    expect(kinds(agreementReminders(a, today))).toEqual(['agreement_expiring'])
  })

  it('reminds of a review due today or earlier, not later', () => {
    expect(kinds(agreementReminders(activeAgreement({ nextReviewOn: today }), today))).toEqual(['review_due'])
    expect(agreementReminders(activeAgreement({ nextReviewOn: '2026-04-01' }), today)[0]?.daysLeft).toBe(-33)
    expect(agreementReminders(activeAgreement({ nextReviewOn: '2026-05-05' }), today)).toEqual([])
  })

  it('reminds of undecided sub-processors within 7 days and past deadlines', () => {
    const a = activeAgreement({
      subProcessors: [sp('2026-05-11'), sp('2026-05-01'), sp('2026-05-12'), sp('2026-05-05', 'objected')],
    })
    const rs = agreementReminders(a, today)
    expect(rs.map((r) => [r.kind, r.dueOn, r.subProcessorId])).toEqual([
      ['objection_deadline_passed', '2026-05-01', FIXTURE_IDS.subProcessor],
      ['objection_deadline', '2026-05-11', FIXTURE_IDS.subProcessor],
    ])
  })

  it('says nothing for drafts, expired or terminated agreements', () => {
    for (const status of ['draft', 'expired', 'terminated'] as const)
      expect(agreementReminders(activeAgreement({ status, nextReviewOn: '2020-01-01' }), today)).toEqual([])
  })

  it('leaves agreementId out for an unsaved agreement', () => {
    const { id: _id, ...unsaved } = activeAgreement({ nextReviewOn: today })
    expect(agreementReminders(unsaved, today)[0]).not.toHaveProperty('agreementId')
  })
})
