import { describe, expect, it } from 'vitest'
import { requestDeadlineReadings, requestsDueSummary, requestUrgency } from './request-status.rules'
import { newRequestFields, type DataSubjectRequestFields } from './request.schema'

const request = (receivedAt: string, over: Partial<DataSubjectRequestFields> = {}) => ({
  ...newRequestFields('access', receivedAt, 'electronic'),
  ...over,
})

describe('requestUrgency', () => {
  // Received Tue 10 Mar 2026 → due Fri 10 Apr 2026.
  it.each([
    ['2026-03-20', 'open'],
    ['2026-04-02', 'open'], // 8 days left
    ['2026-04-03', 'due_this_week'], // 7 days left
    ['2026-04-10', 'due_this_week'], // the due day itself is still on time
    ['2026-04-11', 'overdue'],
  ] as const)('on %s the request is %s', (today, urgency) => {
    expect(requestUrgency(request('2026-03-10'), today)).toBe(urgency)
  })

  it('is closed once answered, refused or withdrawn, even past the due date', () => {
    for (const status of ['answered', 'refused', 'withdrawn'] as const) {
      expect(requestUrgency(request('2026-03-10', { status }), '2026-05-01')).toBe('closed')
    }
  })

  it('uses the extended date when validly extended', () => {
    const extended = request('2026-03-10', { extension: { notifiedOn: '2026-04-01', reasons: 'Complex', months: 2 } })
    expect(requestUrgency(extended, '2026-04-20')).toBe('open')
    expect(requestUrgency(extended, '2026-06-11')).toBe('overdue')
  })
})

describe('requestDeadlineReadings (domain-reference §6.4: both readings)', () => {
  it('shows the two readings when midsommarafton is the nominal last day', () => {
    const r = requestDeadlineReadings(request('2026-05-19'))
    expect([r.applicable.due, r.readings.withEves.due, r.differ, r.extended]).toEqual([
      '2026-06-19',
      '2026-06-22',
      true,
      false,
    ])
  })

  it('agrees when no eve is involved, and counts an extension from receipt', () => {
    expect(requestDeadlineReadings(request('2026-03-10')).differ).toBe(false)
    const extended = requestDeadlineReadings(
      request('2026-03-10', { extension: { notifiedOn: '2026-04-01', reasons: 'Complex', months: 2 } }),
    )
    expect([extended.applicable.due, extended.extended]).toEqual(['2026-06-10', true])
    // An extension without reasons is invalid (Art 12(3)) and does not move the deadline.
    const invalid = requestDeadlineReadings(
      request('2026-03-10', { extension: { notifiedOn: '2026-04-01', reasons: '', months: 2 } }),
    )
    expect([invalid.applicable.due, invalid.extended]).toEqual(['2026-04-10', false])
  })
})

describe('requestsDueSummary (for the dashboard)', () => {
  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`
  const requests = [
    { ...request('2026-03-20', { reference: 'C' }), id: id(1) }, // due Mon 20 Apr
    { ...request('2026-03-01', { reference: 'A' }), id: id(2) }, // due Wed 1 Apr: overdue on 7 Apr
    { ...request('2026-03-10', { reference: 'B' }), id: id(3) }, // due Fri 10 Apr: this week
    { ...request('2026-03-02', { reference: 'D', status: 'answered' }), id: id(4) },
  ]

  it('counts open, overdue and due-this-week requests and sorts by due date', () => {
    const s = requestsDueSummary(requests, '2026-04-07')
    expect([s.open, s.overdue, s.dueThisWeek]).toEqual([3, 1, 1])
    expect(s.items.map((i) => [i.reference, i.dueOn, i.urgency, i.daysLeft])).toEqual([
      ['A', '2026-04-01', 'overdue', -6],
      ['B', '2026-04-10', 'due_this_week', 3],
      ['C', '2026-04-20', 'open', 13],
    ])
  })
})
