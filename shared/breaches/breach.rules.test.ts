import { describe, expect, it } from 'vitest'
import { notificationDeadline, notificationState, suggestedDecision, supplementReminder } from './breach.rules'
import { notifiedBreach } from './fixtures'

const pending = () =>
  notifiedBreach({
    imy: { ...notifiedBreach().imy, decision: 'pending', notifiedAt: null },
  })

describe('the 72-hour clock (Art 33(1))', () => {
  it('aware Fri 19 Jun 2026 14:20 → notify by Mon 22 Jun 2026 14:20 (domain-reference §6.3)', () => {
    expect(notificationDeadline(notifiedBreach())).toBe('2026-06-22T12:20:00.000Z')
  })

  it('has no deadline while awareness is not established', () => {
    const b = notifiedBreach({ awareAt: null })
    expect(notificationDeadline(b)).toBeNull()
    expect(notificationState(b, new Date('2027-01-01T00:00:00Z'))).toMatchObject({ notifyBy: null, overdue: false })
  })

  it('counts down while not yet notified', () => {
    const s = notificationState(pending(), new Date('2026-06-21T12:20:00Z'))
    expect(s).toMatchObject({ notified: false, overdue: false, needsDelayReason: false })
    expect([s.timeLeft?.hours, s.timeLeft?.minutes]).toEqual([24, 0])
  })

  it('is overdue one minute after the 72 hours and then needs a delay reason', () => {
    const s = notificationState(pending(), new Date('2026-06-22T12:21:00Z'))
    expect(s).toMatchObject({ overdue: true, needsDelayReason: true })
    const withReason = pending()
    withReason.imy.delayReason = 'Scope unclear until the processor reported on 23 June.'
    expect(notificationState(withReason, new Date('2026-06-22T12:21:00Z')).needsDelayReason).toBe(false)
  })

  it('is never overdue when notification was assessed as not required', () => {
    const b = pending()
    b.imy.decision = 'not_required'
    expect(notificationState(b, new Date('2026-07-01T00:00:00Z')).overdue).toBe(false)
  })

  it('flags a notification sent after the deadline as late, but one at the deadline as on time', () => {
    const late = notifiedBreach()
    late.imy.notifiedAt = '2026-06-22T14:21:00+02:00'
    expect(notificationState(late, new Date('2026-06-30T00:00:00Z'))).toMatchObject({
      notifiedLate: true,
      needsDelayReason: true,
    })
    const onTime = notifiedBreach()
    onTime.imy.notifiedAt = '2026-06-22T14:20:00+02:00'
    expect(notificationState(onTime, new Date('2026-06-30T00:00:00Z')).notifiedLate).toBe(false)
  })
})

describe('suggested decision from the ENISA band (domain-reference §5.3)', () => {
  it.each([
    ['low', 'none', 'not_required', 'not_high_risk'],
    ['medium', 'risk', 'notify', 'not_high_risk'],
    ['high', 'high', 'notify', 'inform'],
    ['very_high', 'high', 'notify', 'inform'],
  ] as const)('%s → risk %s, IMY %s, subjects %s', (band, riskLevel, imy, subjects) => {
    const s = suggestedDecision(band)
    expect([s.riskLevel, s.imy, s.subjects]).toEqual([riskLevel, imy, subjects])
    expect(s.note.sv.length).toBeGreaterThan(0)
    expect(s.note.en.length).toBeGreaterThan(0)
  })
})

describe('supplement reminder (IMY: within four weeks)', () => {
  const phased = () => {
    const b = notifiedBreach()
    b.imy.phased = true
    return b
  }

  it('is due four weeks after the Stockholm day of notification', () => {
    // Notified Sat 20 Jun 2026 09:00 → due Sat 18 Jul 2026 (nominal, not rolled).
    expect(supplementReminder(phased(), '2026-07-18')).toEqual({ dueOn: '2026-07-18', open: true, overdue: false })
    expect(supplementReminder(phased(), '2026-07-19')?.overdue).toBe(true)
  })

  it('uses the Swedish date of the notification, not the UTC one', () => {
    const b = phased()
    b.imy.notifiedAt = '2026-06-19T23:30:00Z' // already Sat 20 Jun 01:30 in Stockholm
    expect(supplementReminder(b, '2026-07-01')?.dueOn).toBe('2026-07-18')
  })

  it('is closed once the phase is completed, and absent for a single-phase notification', () => {
    const b = phased()
    b.imy.phaseCompletedAt = '2026-07-10T10:00:00+02:00'
    expect(supplementReminder(b, '2026-08-01')).toMatchObject({ open: false, overdue: false })
    expect(supplementReminder(notifiedBreach(), '2026-08-01')).toBeNull()
  })
})
