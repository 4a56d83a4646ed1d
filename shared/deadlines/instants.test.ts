import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  hoursDeadline,
  stockholmDateOf,
  stockholmDayLengthHours,
  stockholmEndOfDay,
  stockholmInstant,
  stockholmStartOfDay,
  stockholmTimeOf,
  timeLeft,
  timeLeftUntilEndOf,
  toEpochMs,
} from './instants'

describe('hour periods (Art 33(1): 72 h)', () => {
  it('aware Fri 19 Jun 2026 14:20 → notify by Mon 22 Jun 2026 14:20 (domain-reference §6.3)', () => {
    const by = hoursDeadline('2026-06-19T14:20:00+02:00', 72)
    expect(by).toBe('2026-06-22T12:20:00.000Z')
    expect(stockholmDateOf(by)).toBe('2026-06-22')
    expect(stockholmTimeOf(by)).toBe('14:20')
  })

  it('runs through Christmas without rolling forward', () => {
    const by = hoursDeadline('2026-12-24T09:00:00+01:00', 72)
    expect([stockholmDateOf(by), stockholmTimeOf(by)]).toEqual(['2026-12-27', '09:00'])
  })

  it('counts real hours across the spring DST change: the wall clock shows one hour later', () => {
    const by = hoursDeadline('2026-03-28T12:00:00+01:00', 72)
    expect([stockholmDateOf(by), stockholmTimeOf(by)]).toEqual(['2026-03-31', '13:00'])
  })

  it('counts real hours across the autumn DST change: the wall clock shows one hour earlier', () => {
    const by = hoursDeadline('2026-10-24T12:00:00+02:00', 72)
    expect([stockholmDateOf(by), stockholmTimeOf(by)]).toEqual(['2026-10-27', '11:00'])
  })

  it('72 h is exactly 259 200 000 ms for any instant and offset (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (aware) => {
          expect(toEpochMs(hoursDeadline(aware.toISOString(), 72)) - aware.getTime()).toBe(259_200_000)
          expect(toEpochMs(hoursDeadline(aware, 72)) - aware.getTime()).toBe(259_200_000)
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('refuses a date-time without offset, which would be read in the machine zone', () => {
    expect(() => hoursDeadline('2026-06-19T14:20:00', 72)).toThrow(RangeError)
    expect(() => hoursDeadline('yesterday', 72)).toThrow(RangeError)
  })
})

describe('timeLeft', () => {
  const deadline = '2026-06-22T12:20:00.000Z'

  it('shows hours and minutes left', () => {
    expect(timeLeft(deadline, new Date('2026-06-21T10:05:30Z'))).toEqual({
      ms: 94_470_000,
      overdue: false,
      hours: 26,
      minutes: 14,
    })
  })

  it('is not overdue at the deadline instant, and overdue one millisecond after', () => {
    expect(timeLeft(deadline, new Date(deadline)).overdue).toBe(false)
    const late = timeLeft(deadline, new Date(Date.parse(deadline) + 1))
    expect([late.overdue, late.ms, late.hours, late.minutes]).toEqual([true, -1, 0, 0])
    expect(timeLeft(deadline, new Date('2026-06-22T15:50:00Z'))).toMatchObject({ overdue: true, hours: 3, minutes: 30 })
  })

  it('counts down to the end of a Stockholm day for day-counted deadlines', () => {
    const left = timeLeftUntilEndOf('2026-04-10', new Date('2026-04-10T20:00:00Z')) // 22:00 in Stockholm
    expect([left.overdue, left.hours, left.minutes]).toEqual([false, 2, 0])
    expect(timeLeftUntilEndOf('2026-04-10', new Date('2026-04-10T22:00:00Z')).overdue).toBe(false)
    expect(timeLeftUntilEndOf('2026-04-10', new Date('2026-04-10T22:00:00.001Z')).overdue).toBe(true)
  })
})

describe('Europe/Stockholm calendar, DST-safe', () => {
  it('gives 23 hours on the last Sunday of March and 25 on the last Sunday of October', () => {
    expect(stockholmDayLengthHours('2026-03-29')).toBe(23)
    expect(stockholmDayLengthHours('2026-10-25')).toBe(25)
    expect(stockholmDayLengthHours('2027-03-28')).toBe(23)
    expect(stockholmDayLengthHours('2027-10-31')).toBe(25)
    expect(stockholmDayLengthHours('2026-06-19')).toBe(24)
  })

  it('maps instants around the DST changes to the right Swedish date', () => {
    expect(stockholmDateOf('2026-03-28T22:59:59Z')).toBe('2026-03-28')
    expect(stockholmDateOf('2026-03-28T23:00:00Z')).toBe('2026-03-29')
    expect(stockholmDateOf('2026-03-29T21:59:59Z')).toBe('2026-03-29')
    expect(stockholmDateOf('2026-03-29T22:00:00Z')).toBe('2026-03-30')
    expect(stockholmDateOf('2026-10-24T21:59:59Z')).toBe('2026-10-24')
    expect(stockholmDateOf('2026-10-24T22:00:00Z')).toBe('2026-10-25')
    expect(stockholmDateOf('2026-10-25T22:59:59Z')).toBe('2026-10-25')
    expect(stockholmDateOf('2026-10-25T23:00:00Z')).toBe('2026-10-26')
  })

  it('converts a date to its first instant and end bound, and back', () => {
    expect(stockholmStartOfDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z')
    expect(stockholmEndOfDay('2026-03-29')).toBe('2026-03-29T22:00:00.000Z')
    expect(stockholmStartOfDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z')
    expect(stockholmEndOfDay('2026-10-25')).toBe('2026-10-25T23:00:00.000Z')
    expect(stockholmInstant('2026-06-19', '14:20')).toBe('2026-06-19T12:20:00.000Z')
    expect(stockholmInstant('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z')
    // 02:30 does not exist on 29 Mar 2026; it resolves to the hour after the gap.
    expect(stockholmInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z')
    expect(() => stockholmInstant('2026-03-29', '24:00')).toThrow(RangeError)
  })

  it('round-trips every date 2000–2100 through its Stockholm start of day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T12:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          const date = stockholmDateOf(instant)
          const start = toEpochMs(stockholmStartOfDay(date))
          expect(start).toBeLessThanOrEqual(instant.getTime())
          expect(instant.getTime()).toBeLessThan(toEpochMs(stockholmEndOfDay(date)))
          expect(stockholmDateOf(new Date(start))).toBe(date)
          expect(stockholmTimeOf(new Date(start))).toBe('00:00')
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })
})
