import { describe, expect, it } from 'vitest'
import { agreementsExpiring, openBreaches, requestsDue, reviewsDue } from './deadlines.rules'
import { agreement, breach, completeActivity, CONTEXT, lia, request, transfer, vendor, workspace } from './fixtures'

describe('openBreaches', () => {
  const imy = breach().imy
  it('shows the 72-hour countdown of open breaches, overdue first, closed ones left out', () => {
    const list = openBreaches(
      [
        breach({
          id: 'b-soon',
          title: 'Soon',
          awareAt: '2026-06-14T10:00:00+02:00',
          imy: { ...imy, decision: 'pending', notifiedAt: null },
        }),
        breach({
          id: 'b-late',
          title: 'Late',
          awareAt: '2026-06-10T10:00:00+02:00',
          imy: { ...imy, decision: 'pending', notifiedAt: null },
        }),
        breach({ id: 'b-done', title: 'Done', closedAt: '2026-06-12T10:00:00+02:00' }),
        breach({ id: 'b-notified', title: 'Notified' }),
      ],
      CONTEXT.now,
    )
    expect(list.map((b) => [b.id, b.hoursLeft, b.overdue])).toEqual([
      ['b-late', -48, true],
      ['b-soon', 48, false],
      ['b-notified', null, false],
    ])
    // Aware Sun 14 Jun 10:00 → notify by Wed 17 Jun 10:00 (08:00 UTC): 72 h through the weekend.
    expect(list[1]!.notifyBy).toBe('2026-06-17T08:00:00.000Z')
  })
})

describe('requestsDue', () => {
  it('splits open requests into due within a week and overdue', () => {
    const open = { status: 'in_progress' as const, respondedAt: null }
    const { dueSoon, overdue } = requestsDue(
      [
        request({ id: 'r-overdue', reference: 'A', receivedAt: '2026-05-01', ...open }),
        request({ id: 'r-week', reference: 'B', receivedAt: '2026-05-18', ...open }),
        request({ id: 'r-later', reference: 'C', receivedAt: '2026-06-10', ...open }),
        request({ id: 'r-answered', reference: 'D', receivedAt: '2026-05-01' }),
      ],
      CONTEXT.today,
    )
    // Received 18 May → due Thu 18 Jun, three days ahead; received 1 May → due Mon 1 Jun, two weeks ago.
    expect(dueSoon).toEqual([{ id: 'r-week', label: 'B', dueOn: '2026-06-18', daysLeft: 3 }])
    expect(overdue).toEqual([{ id: 'r-overdue', label: 'A', dueOn: '2026-06-01', daysLeft: -14 }])
  })
})

describe('agreementsExpiring', () => {
  it('lists active agreements ending within 90 days or already ended, soonest first', () => {
    const list = agreementsExpiring(
      {
        vendors: [vendor()],
        agreements: [
          agreement({ id: 'a-later', expiresOn: '2026-08-31' }),
          agreement({ id: 'a-past', expiresOn: '2026-06-01' }),
          agreement({ id: 'a-far', expiresOn: '2027-06-01' }),
          agreement({ id: 'a-ended', expiresOn: '2026-06-01', status: 'expired' }),
        ],
      },
      CONTEXT.today,
    )
    expect(list.map((a) => [a.id, a.daysLeft, a.vendorName])).toEqual([
      ['a-past', -14, 'Acme Cloud Inc.'],
      ['a-later', 77, 'Acme Cloud Inc.'],
    ])
  })
})

describe('reviewsDue', () => {
  it('gathers activity, LIA, agreement and TIA reviews due within 30 days or overdue', () => {
    const snapshot = workspace({
      activities: [
        completeActivity({ id: 'act-due', name: 'Due', nextReviewOn: '2026-07-01' }),
        completeActivity({ id: 'act-far', name: 'Far', nextReviewOn: '2026-12-01' }),
        completeActivity({ id: 'act-retired', name: 'Old', nextReviewOn: '2026-01-01', status: 'retired' }),
      ],
      lias: [lia({ nextReviewOn: '2026-06-01' })],
      agreements: [agreement({ nextReviewOn: '2026-06-20' })],
      transfers: [transfer({ tia: { ...transfer().tia!, reviewDue: '2026-06-30' } })],
    })
    expect(reviewsDue(snapshot, CONTEXT.today).map((r) => [r.kind, r.dueOn, r.overdue])).toEqual([
      ['lia', '2026-06-01', true],
      ['agreement', '2026-06-20', false],
      ['tia', '2026-06-30', false],
      ['activity', '2026-07-01', false],
    ])
  })
})
