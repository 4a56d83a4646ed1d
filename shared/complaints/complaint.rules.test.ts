import { describe, expect, it } from 'vitest'
import { newComplaintFields, type ComplaintFields } from './complaint.schema'
import {
  appealDueDate,
  art78Marker,
  checkComplaint,
  checkDocumentsWithoutPublicRecordAck,
  checkReplyDueWithoutDraft,
  isImyCaseNumber,
  replyState,
} from './complaint.rules'

const imyCase = (over: Partial<ComplaintFields> = {}): ComplaintFields => ({
  ...newComplaintFields('imy_case', 'complaint', 'Complaint about CCTV', '2026-03-02'),
  imyCaseNumber: 'IMY-2026-1234',
  complaintLodgedAt: '2026-01-31',
  responseDueAt: '2026-03-20',
  status: 'awaiting_reply',
  ...over,
})

describe('check 40 (domain-reference §9)', () => {
  it('stays quiet more than five working days before the reply date', () => {
    // Due Fri 20 Mar 2026; on Thu 12 Mar the working days left are 13, 16, 17, 18, 19, 20 = 6.
    expect(replyState(imyCase(), '2026-03-12')?.workingDaysLeft).toBe(6)
    expect(checkReplyDueWithoutDraft(imyCase(), '2026-03-12')).toBeNull()
  })

  it('fires within five working days with no draft, and not once a draft exists', () => {
    const f = checkReplyDueWithoutDraft(imyCase(), '2026-03-13')
    expect(f).toMatchObject({ code: 'complaint_reply_due_no_draft', check: 40 })
    expect(f?.message.en).toContain('5 working days left')
    expect(checkReplyDueWithoutDraft(imyCase({ replyDraft: 'Utkast: kamerorna…' }), '2026-03-13')).toBeNull()
  })

  it('counts working days across Easter', () => {
    // Due Wed 8 Apr 2026; on Tue 31 Mar: 1, 2, 7, 8 Apr = 4 (3 and 6 Apr are holidays).
    expect(replyState(imyCase({ responseDueAt: '2026-04-08' }), '2026-03-31')?.workingDaysLeft).toBe(4)
  })

  it('says overdue after the reply date, and nothing once replied', () => {
    expect(checkReplyDueWithoutDraft(imyCase(), '2026-03-23')?.message.en).toContain('was due by 2026-03-20')
    expect(checkReplyDueWithoutDraft(imyCase({ repliedAt: '2026-03-19', status: 'replied' }), '2026-03-23')).toBeNull()
    expect(replyState(imyCase({ responseDueAt: null }), '2026-03-13')).toBeNull()
  })

  it('fires for documents sent without the public-record acknowledgement', () => {
    const c = imyCase({
      documents: [
        {
          name: 'Yttrande 2026-03-19',
          sentAt: '2026-03-19',
          publicRecordAck: true,
          direction: 'sent',
          documentId: null,
        },
        {
          name: 'Bilaga 1 loggutdrag',
          sentAt: '2026-03-19',
          publicRecordAck: false,
          direction: 'sent',
          documentId: null,
        },
        // IMY's own letter was received, not sent: it needs no acknowledgement.
        {
          name: 'Skrivelse från IMY',
          sentAt: '2026-03-02',
          publicRecordAck: false,
          direction: 'received',
          documentId: null,
        },
      ],
    })
    expect(checkDocumentsWithoutPublicRecordAck(c)?.message.en).toContain('Bilaga 1 loggutdrag')
    expect(checkDocumentsWithoutPublicRecordAck(imyCase())).toBeNull()
    expect(checkComplaint({ ...c, replyDraft: '' }, '2026-03-16').map((f) => f.code)).toEqual([
      'complaint_reply_due_no_draft',
      'complaint_document_without_public_record_ack',
    ])
  })
})

describe('Art 78(2) marker and appeal period', () => {
  it('marks three months from lodging: 31 Jan 2026 → Thu 30 Apr 2026', () => {
    const m = art78Marker(imyCase(), '2026-04-30')
    expect([m?.deadline.nominal, m?.deadline.due, m?.reached]).toEqual(['2026-04-30', '2026-04-30', false])
    expect(art78Marker(imyCase(), '2026-05-01')?.reached).toBe(true)
    expect(art78Marker(imyCase({ decisionAt: '2026-04-15' }), '2026-05-01')?.reached).toBe(false)
  })

  it('falls back to the received date and applies only to IMY complaint cases', () => {
    expect(art78Marker(imyCase({ complaintLodgedAt: null }), '2026-03-02')?.deadline.due).toBe('2026-06-02')
    expect(art78Marker(imyCase({ type: 'inspection' }), '2026-03-02')).toBeNull()
    expect(art78Marker(imyCase({ kind: 'internal' }), '2026-03-02')).toBeNull()
  })

  it('gives three weeks to appeal, skipping the eves under the Swedish statute', () => {
    expect(appealDueDate('2026-03-10').due).toBe('2026-03-31')
    expect(appealDueDate('2026-12-03').due).toBe('2026-12-28') // Thu 24 Dec julafton → Mon 28 Dec
  })

  it('recognises IMY and Datainspektionen case numbers', () => {
    expect(['IMY-2026-1234', 'DI-2019-3375', ' IMY-2022-12 '].map(isImyCaseNumber)).toEqual([true, true, true])
    expect(['2026-1234', 'IMY 2026 1234', 'imy-2026-1'].map(isImyCaseNumber)).toEqual([false, false, false])
  })
})
