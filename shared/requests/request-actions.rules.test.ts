import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, fromDayNumber, toDayNumber } from '../deadlines'
import {
  extendRequest,
  markAnswered,
  refuseRequest,
  reopenRequest,
  type RequestActionResult,
} from './request-actions.rules'
import { firstDueDate, requestDueDate } from './request.rules'
import { newRequestFields, type DataSubjectRequestFields, type RequestRefusal } from './request.schema'

// Received Tue 10 Mar 2026: first month ends Fri 10 Apr 2026 (domain-reference §6.3).
const request = (over: Partial<DataSubjectRequestFields> = {}): DataSubjectRequestFields => ({
  ...newRequestFields('access', '2026-03-10', 'electronic'),
  ...over,
})
const codes = (r: RequestActionResult) => (r.ok ? [] : r.problems.map((p) => p.code))
const ext = { notifiedOn: '2026-04-02', reasons: 'Many systems to search.', months: 2 }

describe('extendRequest (Art 12(3))', () => {
  it('extends by two further months when told within the first month with reasons', () => {
    const r = extendRequest(request(), ext, '2026-04-02')
    expect(r.ok).toBe(true)
    if (r.ok) expect(requestDueDate(r.value).due).toBe('2026-06-10')
  })

  it('accepts notice on the last day of the first month, even when that day was rolled forward', () => {
    // Received Sat 31 Jan 2026: first month ends Mon 2 Mar 2026.
    const late = request({ receivedAt: '2026-01-31' })
    expect(extendRequest(late, { ...ext, notifiedOn: '2026-03-02' }, '2026-03-02').ok).toBe(true)
  })

  it('refuses notice after the first month with a message naming the last day', () => {
    const r = extendRequest(request(), { ...ext, notifiedOn: '2026-04-13' }, '2026-04-13')
    expect(codes(r)).toEqual(['after_first_month'])
    if (!r.ok) {
      expect(r.problems[0]?.message.sv).toContain('senast fre 10 apr 2026')
      expect(r.problems[0]?.message.en).toContain('by Fri 10 Apr 2026')
    }
  })

  it('refuses an extension without reasons, of three months, twice, on a closed request or in the future', () => {
    expect(codes(extendRequest(request(), { ...ext, reasons: '  ' }, '2026-04-02'))).toEqual(['no_reasons'])
    expect(codes(extendRequest(request(), { ...ext, months: 3 }, '2026-04-02'))).toEqual(['months_out_of_range'])
    const once = request({ extension: ext })
    expect(codes(extendRequest(once, ext, '2026-04-02'))).toEqual(['already_extended'])
    expect(codes(extendRequest(request({ status: 'answered' }), ext, '2026-04-02'))).toEqual(['closed'])
    expect(codes(extendRequest(request(), ext, '2026-04-01'))).toEqual(['in_future'])
    expect(codes(extendRequest(request(), { ...ext, notifiedOn: '2026-03-09' }, '2026-04-01'))).toEqual([
      'before_receipt',
    ])
  })

  it('accepts exactly the notice days up to the first due date (property, 1000 runs)', () => {
    const from = toDayNumber('2000-01-01')
    fc.assert(
      fc.property(fc.integer({ min: from, max: from + 40_000 }), fc.integer({ min: 0, max: 40 }), (n, after) => {
        const received = fromDayNumber(n)
        const notifiedOn = addDays(received, after)
        const r = extendRequest(request({ receivedAt: received }), { ...ext, notifiedOn }, notifiedOn)
        expect(r.ok).toBe(notifiedOn <= firstDueDate(received).due)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('refuseRequest (Art 12(4)–(5))', () => {
  const refusal: RequestRefusal = {
    kind: 'excessive',
    legalGround: '',
    reasoning: 'Fifth identical request this month.',
    evidence: 'Requests of 2, 9, 16, 23 March.',
    remedyInformed: true,
  }

  it('refuses with reasoning and evidence, closing the request', () => {
    const r = refuseRequest(request(), refusal, '2026-03-30', '2026-03-30')
    expect(r.ok && [r.value.status, r.value.respondedAt]).toEqual(['refused', '2026-03-30'])
  })

  it('requires evidence for Art 12(5) refusals and a legal ground for legal exceptions', () => {
    expect(codes(refuseRequest(request(), { ...refusal, evidence: '' }, '2026-03-30', '2026-03-30'))).toEqual([
      'evidence_required',
    ])
    const exception = { ...refusal, kind: 'legal_exception' as const, evidence: '' }
    expect(codes(refuseRequest(request(), exception, '2026-03-30', '2026-03-30'))).toEqual(['legal_ground_required'])
    expect(
      refuseRequest(
        request(),
        { ...exception, legalGround: 'Art 17(3)(b); BFL 7 kap. 2 §' },
        '2026-03-30',
        '2026-03-30',
      ).ok,
    ).toBe(true)
    expect(codes(refuseRequest(request(), { ...refusal, reasoning: ' ' }, '2026-03-30', '2026-03-30'))).toEqual([
      'reasoning_required',
    ])
  })
})

describe('markAnswered and reopenRequest', () => {
  it('answers on a day between receipt and today', () => {
    const r = markAnswered(request(), '2026-04-10', '2026-04-10')
    expect(r.ok && [r.value.status, r.value.respondedAt]).toEqual(['answered', '2026-04-10'])
    expect(codes(markAnswered(request(), '2026-03-09', '2026-04-10'))).toEqual(['before_receipt'])
    expect(codes(markAnswered(request(), '2026-04-11', '2026-04-10'))).toEqual(['in_future'])
    expect(codes(markAnswered(request({ status: 'withdrawn' }), '2026-04-10', '2026-04-10'))).toEqual(['closed'])
  })

  it('reopens a request answered by mistake', () => {
    const r = reopenRequest(request({ status: 'answered', respondedAt: '2026-04-10' }))
    expect([r.status, r.respondedAt]).toEqual(['in_progress', null])
  })
})
