/**
 * More worked examples for the deadline engine, beyond the domain-reference §6.3 table (issue 6 asks for at least
 * 40 in all; periods, instants, holidays and working-days tests hold the rest). Each row was checked by hand
 * against a Swedish calendar: midsummer in other years, Christmas and New Year falling on other weekdays,
 * Easter-moved holidays in 2027–2028, month ends and leap days, and DST changes for the 72-hour clock and for
 * the countdown to the end of a Stockholm day.
 */
import { describe, expect, it } from 'vitest'
import { hoursDeadline, stockholmDateOf, stockholmTimeOf, timeLeftUntilEndOf } from './instants'
import { monthDeadline, monthDeadlineReadings } from './periods'
import { EVES_READING, STRICT_READING, workingDaysBetween } from './working-days'

describe('Art 12(3) month deadlines, both readings of the eves (§6.3, §6.4)', () => {
  it.each([
    // received, months, strict due, due with eves, why
    ['2027-05-25', 1, '2027-06-25', '2027-06-28', 'midsommarafton Fri 25 Jun 2027'],
    ['2028-05-23', 1, '2028-06-23', '2028-06-26', 'midsommarafton Fri 23 Jun 2028'],
    ['2029-05-22', 1, '2029-06-22', '2029-06-25', 'midsommarafton Fri 22 Jun 2029'],
    ['2027-05-26', 1, '2027-06-28', '2027-06-28', 'midsommardagen Sat 26 Jun 2027'],
    ['2027-11-24', 1, '2027-12-24', '2027-12-27', 'julafton Fri 24 Dec 2027'],
    ['2027-11-25', 1, '2027-12-27', '2027-12-27', 'juldagen Sat, annandag jul Sun 2027'],
    ['2027-10-31', 2, '2027-12-31', '2028-01-03', 'nyårsafton Fri 2027, nyårsdagen Sat'],
    ['2028-11-24', 1, '2028-12-27', '2028-12-27', 'julafton Sun, juldagen Mon, annandag jul Tue 2028'],
    ['2027-02-26', 1, '2027-03-30', '2027-03-30', 'långfredagen to annandag påsk 2027'],
    ['2027-04-06', 1, '2027-05-07', '2027-05-07', 'Kristi himmelsfärds dag Thu 6 May 2027'],
    ['2028-03-17', 1, '2028-04-18', '2028-04-18', 'annandag påsk Mon 17 Apr 2028'],
    ['2028-02-29', 1, '2028-03-29', '2028-03-29', 'from a leap day'],
    ['2028-03-31', 1, '2028-05-02', '2028-05-02', '30 Apr 2028 Sunday, första maj Monday'],
    ['2027-01-29', 1, '2027-03-01', '2027-03-01', 'no 29 Feb 2027: Sun 28 Feb'],
    ['2028-01-29', 1, '2028-02-29', '2028-02-29', 'leap day 2028 is a Tuesday'],
    ['2027-05-06', 1, '2027-06-07', '2027-06-07', 'nationaldagen Sun 6 Jun 2027'],
    ['2026-10-31', 1, '2026-11-30', '2026-11-30', 'no 31 Nov 2026: Mon 30 Nov, a working day'],
  ])('received %s + %i month(s): strict %s, with eves %s (%s)', (received, months, strict, withEves) => {
    const r = monthDeadlineReadings(received, months)
    expect(r.strict.due).toBe(strict)
    expect(r.withEves.due).toBe(withEves)
    expect(r.earliest.due).toBe(strict)
  })
})

describe('the 72-hour clock runs through holidays and DST changes (§5.1)', () => {
  it.each([
    // aware (with offset), Stockholm date and time of the deadline, why
    ['2027-03-26T10:00:00+01:00', '2027-03-29', '11:00', 'summer time starts Sun 28 Mar 2027'],
    ['2027-10-29T10:00:00+02:00', '2027-11-01', '09:00', 'summer time ends Sun 31 Oct 2027'],
    ['2026-12-31T23:30:00+01:00', '2027-01-03', '23:30', 'over New Year, no roll-forward'],
    ['2026-04-02T16:00:00+02:00', '2026-04-05', '16:00', 'over långfredagen, ends on påskdagen'],
    ['2026-06-18T08:00:00+02:00', '2026-06-21', '08:00', 'over midsommar'],
  ])('aware %s → notify by %s %s (%s)', (aware, date, time) => {
    const by = hoursDeadline(aware, 72)
    expect([stockholmDateOf(by), stockholmTimeOf(by)]).toEqual([date, time])
  })
})

describe('working days and day-end countdowns', () => {
  it('counts working days across Christmas under both readings', () => {
    expect(workingDaysBetween('2026-12-23', '2026-12-28', STRICT_READING)).toBe(2) // 24 and 28 Dec
    expect(workingDaysBetween('2026-12-23', '2026-12-28', EVES_READING)).toBe(1) // only 28 Dec
  })

  it('gives 23 and 25 hours to the end of the DST-change Sundays from their midnight', () => {
    const spring = timeLeftUntilEndOf('2026-03-29', new Date('2026-03-28T23:00:00Z'))
    expect([spring.hours, spring.minutes]).toEqual([23, 0])
    const autumn = timeLeftUntilEndOf('2026-10-25', new Date('2026-10-24T22:00:00Z'))
    expect([autumn.hours, autumn.minutes]).toEqual([25, 0])
  })

  it('explains a deadline moved over several named days', () => {
    const d = monthDeadline('2027-02-26', 1)
    expect(d.why.sv).toBe(
      'fre 26 mar 2027: Långfredagen; lör 27 mar 2027: lördag; sön 28 mar 2027: Påskdagen; ' +
        'mån 29 mar 2027: Annandag påsk → tis 30 mar 2027',
    )
  })
})
