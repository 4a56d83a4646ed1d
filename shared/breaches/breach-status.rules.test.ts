import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyBreachFields, type Breach } from './breach.schema'
import { breachClock, breachStage, isBreachOpen, openBreachesSummary } from './breach-status.rules'
import { notifiedBreach } from './fixtures'

// Aware Fri 19 Jun 2026 14:20 (+02:00): notify by Mon 22 Jun 2026 14:20 (domain-reference §6.3).
const pending = (over: Partial<Breach> = {}): Breach =>
  notifiedBreach({ imy: { ...notifiedBreach().imy, decision: 'pending', notifiedAt: null }, ...over })
const at = (iso: string) => new Date(iso)

describe('breachStage', () => {
  it('walks through investigating → assessing → to_notify → notified → closed', () => {
    expect(breachStage(pending({ awareAt: null }))).toBe('investigating')
    expect(breachStage(pending())).toBe('assessing')
    const toNotify = pending()
    toNotify.imy.decision = 'notify'
    expect(breachStage(toNotify)).toBe('to_notify')
    expect(breachStage(notifiedBreach())).toBe('notified')
    expect(breachStage(notifiedBreach({ closedAt: '2026-07-01T10:00:00+02:00' }))).toBe('closed')
  })

  it('shows an open phased notification as supplement_due, and a non-notified breach as documented', () => {
    const phased = notifiedBreach()
    phased.imy.phased = true
    expect(breachStage(phased)).toBe('supplement_due')
    phased.imy.phaseCompletedAt = '2026-07-01T10:00:00+02:00'
    expect(breachStage(phased)).toBe('notified')
    const documented = pending()
    documented.imy.decision = 'not_required'
    expect(breachStage(documented)).toBe('documented')
    expect(isBreachOpen(documented)).toBe(true)
  })
})

describe('breachClock (the live countdown)', () => {
  it('has not started without awareAt', () => {
    expect(breachClock(pending({ awareAt: null }), at('2026-06-20T00:00:00Z'))).toMatchObject({
      state: 'not_started',
      notifyBy: null,
    })
  })

  it('runs with hours and minutes left, and is overdue one minute after the 72 hours', () => {
    const running = breachClock(pending(), at('2026-06-20T10:05:00Z'))
    expect(running.state).toBe('running')
    expect([running.timeLeft?.hours, running.timeLeft?.minutes]).toEqual([50, 15])
    const late = breachClock(pending(), at('2026-06-22T12:21:00Z'))
    expect([late.state, late.timeLeft?.overdue, late.timeLeft?.minutes]).toEqual(['overdue', true, 1])
  })

  it('stops when notified, telling on time from late', () => {
    const onTime = breachClock(notifiedBreach(), at('2026-07-01T00:00:00Z'))
    expect([onTime.state, onTime.notifiedAfterHours, onTime.timeLeft]).toEqual(['notified_on_time', 18, null])
    const lateBreach = notifiedBreach()
    lateBreach.imy.notifiedAt = '2026-06-23T09:00:00+02:00'
    expect(breachClock(lateBreach, at('2026-07-01T00:00:00Z'))).toMatchObject({
      state: 'notified_late',
      notifiedAfterHours: 90,
    })
  })

  it('stops when notification is assessed as not required', () => {
    const b = pending()
    b.imy.decision = 'not_required'
    expect(breachClock(b, at('2026-07-01T00:00:00Z')).state).toBe('not_required')
  })

  it('counts down by exactly the time that passes (property, 1000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 72 * 60 - 1 }), (minutes) => {
        const now = new Date(Date.parse('2026-06-19T12:20:00Z') + minutes * 60_000)
        const clock = breachClock(pending(), now)
        expect(clock.state).toBe('running')
        const left = (clock.timeLeft?.hours ?? 0) * 60 + (clock.timeLeft?.minutes ?? 0)
        expect(left).toBe(72 * 60 - minutes)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('openBreachesSummary (for the dashboard)', () => {
  const withId = (id: string, b: Breach): Breach => ({ ...b, id })
  const breaches = [
    withId('00000000-0000-4000-8000-000000000001', notifiedBreach({ title: 'Notified' })),
    withId('00000000-0000-4000-8000-000000000002', pending({ title: 'Running' })),
    withId(
      '00000000-0000-4000-8000-000000000003',
      pending({ title: 'Older, overdue', awareAt: '2026-06-17T09:00:00+02:00' }),
    ),
    withId('00000000-0000-4000-8000-000000000004', { ...pending(), ...emptyBreachFields('Just reported') }),
    withId(
      '00000000-0000-4000-8000-000000000005',
      notifiedBreach({ title: 'Closed', closedAt: '2026-06-25T10:00:00Z' }),
    ),
  ]

  it('counts open, running, overdue, due within 24 h and undecided breaches', () => {
    const s = openBreachesSummary(breaches, at('2026-06-21T14:00:00Z'))
    expect(s).toMatchObject({ open: 4, clockRunning: 1, overdue: 1, dueWithin24h: 1, undecided: 3 })
  })

  it('lists the most urgent first: overdue, then least time left, then undecided, then the rest', () => {
    const s = openBreachesSummary(breaches, at('2026-06-21T14:00:00Z'))
    expect(s.items.map((i) => i.title)).toEqual(['Older, overdue', 'Running', 'Just reported', 'Notified'])
  })

  it('counts open and overdue supplements (IMY: four weeks)', () => {
    const phased = notifiedBreach()
    phased.imy.phased = true
    const s = openBreachesSummary([phased], at('2026-07-10T10:00:00Z'))
    expect([s.supplementsOpen, s.supplementsOverdue, s.items[0]?.supplementDueOn]).toEqual([1, 0, '2026-07-18'])
    expect(openBreachesSummary([phased], at('2026-07-20T10:00:00Z')).supplementsOverdue).toBe(1)
  })
})
