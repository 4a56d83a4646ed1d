import { describe, expect, it } from 'vitest'
import { newComplaintFields, type ComplaintFields } from './complaint.schema'
import { addCaseTimelineEvent, complaintsDueSummary, complaintUrgency, isComplaintOpen } from './complaint-status.rules'

const imyCase = (over: Partial<ComplaintFields> = {}): ComplaintFields => ({
  ...newComplaintFields('imy_case', 'complaint', 'Klagomål på nyhetsbrev', '2026-03-02'),
  imyCaseNumber: 'IMY-2026-1234',
  responseDueAt: '2026-03-20',
  status: 'awaiting_reply',
  ...over,
})

describe('complaintUrgency (check 40 window: five working days)', () => {
  it.each([
    ['2026-03-12', 'open'], // 6 working days left
    ['2026-03-13', 'reply_due_soon'], // 5 left
    ['2026-03-20', 'reply_due_soon'], // due today
    ['2026-03-23', 'reply_overdue'],
  ] as const)('on %s an IMY case due Fri 20 Mar 2026 is %s', (today, urgency) => {
    expect(complaintUrgency(imyCase(), today)).toBe(urgency)
  })

  it('is open without a reply date or once replied, and closed only when closed', () => {
    expect(complaintUrgency(imyCase({ responseDueAt: null }), '2026-03-23')).toBe('open')
    expect(complaintUrgency(imyCase({ status: 'replied', repliedAt: '2026-03-18' }), '2026-03-23')).toBe('open')
    expect(complaintUrgency(imyCase({ status: 'closed' }), '2026-03-23')).toBe('closed')
    expect(isComplaintOpen(imyCase({ status: 'decided' }))).toBe(true)
  })
})

describe('complaintsDueSummary (for the dashboard)', () => {
  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`
  const cases = [
    { ...imyCase({ title: 'B: later', responseDueAt: '2026-04-15' }), id: id(1) },
    { ...imyCase({ title: 'A: soon' }), id: id(2) },
    { ...newComplaintFields('internal', 'complaint', 'C: no date', '2026-03-01'), id: id(3) },
    { ...imyCase({ title: 'D: closed', status: 'closed' }), id: id(4) },
  ]

  it('counts open cases, IMY cases and owed replies, soonest reply first', () => {
    const s = complaintsDueSummary(cases, '2026-03-16')
    expect([s.open, s.openImyCases, s.awaitingReply, s.replyOverdue, s.replyDueSoon]).toEqual([3, 2, 2, 0, 1])
    expect(s.items.map((i) => [i.title, i.replyDueOn, i.urgency])).toEqual([
      ['A: soon', '2026-03-20', 'reply_due_soon'],
      ['B: later', '2026-04-15', 'open'],
      ['C: no date', null, 'open'],
    ])
  })
})

describe('addCaseTimelineEvent', () => {
  it('keeps the case timeline in time order and ignores empty text', () => {
    const first = addCaseTimelineEvent(imyCase(), '2026-03-05T10:00:00+01:00', 'Svar skickat')
    const second = first && addCaseTimelineEvent(first, '2026-03-02T09:00:00+01:00', ' Skrivelse mottagen ')
    expect(second?.timeline.map((e) => e.text)).toEqual(['Skrivelse mottagen', 'Svar skickat'])
    expect(addCaseTimelineEvent(imyCase(), '2026-03-02T09:00:00+01:00', '   ')).toBeNull()
  })
})
