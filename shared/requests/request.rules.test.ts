import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, fromDayNumber, toDayNumber } from '../deadlines'
import { newRequestFields, type DataSubjectRequestFields } from './request.schema'
import {
  answeredLate,
  canStillExtend,
  extendedDueDate,
  extensionProblems,
  firstDueDate,
  firstDueReadings,
  isDueWithinWorkingDays,
  isOverdue,
  requestDueDate,
  workingDaysLeft,
} from './request.rules'

const request = (over: Partial<DataSubjectRequestFields> = {}): DataSubjectRequestFields => ({
  ...newRequestFields('access', '2026-03-10', 'electronic'),
  ...over,
})

describe('Art 12(3) deadlines (domain-reference §6.3)', () => {
  it('received Tue 10 Mar 2026 → due Fri 10 Apr; extended → Wed 10 Jun 2026', () => {
    expect(firstDueDate('2026-03-10').due).toBe('2026-04-10')
    expect(extendedDueDate('2026-03-10').due).toBe('2026-06-10')
    expect(extendedDueDate('2026-03-10', 1).due).toBe('2026-05-11') // Sun 10 May → Mon 11 May
    expect(() => extendedDueDate('2026-03-10', 3)).toThrow(RangeError)
  })

  it('uses the strict reading but shows the eves reading: received 19 May 2026', () => {
    expect(firstDueDate('2026-05-19').due).toBe('2026-06-19')
    expect(firstDueReadings('2026-05-19').withEves.due).toBe('2026-06-22')
  })

  it('accepts an extension notified by the first due date with reasons, and nothing else', () => {
    const ext = { notifiedOn: '2026-04-10', reasons: 'Many systems to search', months: 2 }
    expect(extensionProblems('2026-03-10', ext)).toEqual([])
    expect(extensionProblems('2026-03-10', { ...ext, notifiedOn: '2026-04-13' })).toEqual(['after_first_month'])
    expect(extensionProblems('2026-03-10', { ...ext, notifiedOn: '2026-04-13', reasons: ' ' })).toEqual([
      'after_first_month',
      'no_reasons',
    ])
    // Received 31 Jan 2026: the first month ends Mon 2 Mar, so notice on 2 Mar is still in time.
    expect(extensionProblems('2026-01-31', { ...ext, notifiedOn: '2026-03-02' })).toEqual([])
  })

  it('applies the extended due date only when the extension is valid', () => {
    const valid = request({ extension: { notifiedOn: '2026-04-01', reasons: 'Complex', months: 2 } })
    expect(requestDueDate(valid).due).toBe('2026-06-10')
    const late = request({ extension: { notifiedOn: '2026-04-20', reasons: 'Complex', months: 2 } })
    expect(requestDueDate(late).due).toBe('2026-04-10')
  })

  it('knows whether an extension can still be notified', () => {
    expect(canStillExtend(request(), '2026-04-10')).toBe(true)
    expect(canStillExtend(request(), '2026-04-11')).toBe(false)
  })

  it('is overdue the day after the due date, not on it, and never once answered', () => {
    expect(isOverdue(request(), '2026-04-10')).toBe(false)
    expect(isOverdue(request(), '2026-04-11')).toBe(true)
    expect(isOverdue(request({ status: 'answered', respondedAt: '2026-04-09' }), '2026-05-01')).toBe(false)
  })

  it('tells how many working days are left and whether the request is due soon', () => {
    // Due Fri 10 Apr 2026; on Thu 2 Apr the working days left are 7, 8, 9, 10 Apr (3 and 6 Apr are holidays).
    expect(workingDaysLeft(request(), '2026-04-02')).toBe(4)
    expect(isDueWithinWorkingDays(request(), '2026-04-02', 4)).toBe(true)
    expect(isDueWithinWorkingDays(request(), '2026-04-02', 3)).toBe(false)
    expect(isDueWithinWorkingDays(request(), '2026-04-10', 0)).toBe(true)
    expect(isDueWithinWorkingDays(request(), '2026-04-11', 5)).toBe(false) // overdue, not "due soon"
  })

  it('flags a reply sent after the due date', () => {
    expect(answeredLate(request({ status: 'answered', respondedAt: '2026-04-13' }))).toBe(true)
    expect(answeredLate(request({ status: 'answered', respondedAt: '2026-04-10' }))).toBe(false)
  })

  it('the extended due date is never before the first one, nor more than 3 months and 5 days after receipt (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2100-12-31') }), (n) => {
        const received = fromDayNumber(n)
        const first = firstDueDate(received).due
        const extended = extendedDueDate(received).due
        expect(extended > first).toBe(true)
        expect(extended <= addDays(extendedDueDate(received).nominal, 5)).toBe(true)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
