import { describe, expect, it } from 'vitest'
import type { Breach, BreachFields } from './breach.schema'
import {
  addTimelineEvent,
  closeBreach,
  closingProblems,
  recordNotification,
  recordSupplement,
  type BreachActionResult,
} from './breach-actions.rules'
import { notifiedBreach } from './fixtures'

const now = new Date('2026-07-01T10:00:00Z')
const unnotified = (): Breach =>
  notifiedBreach({ imy: { ...notifiedBreach().imy, decision: 'pending', notifiedAt: null } })
const codes = (r: BreachActionResult) => (r.ok ? [] : r.problems.map((p) => p.code))

describe('recordNotification (Art 33(1))', () => {
  const input = { notifiedAt: '2026-06-20T09:00:00+02:00', caseNo: ' IMY-2026-4711 ', phased: true, delayReason: '' }

  it('records the notification within 72 hours and opens the phase', () => {
    const r = recordNotification(unnotified(), input, now)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.imy).toMatchObject({
      decision: 'notify',
      notifiedAt: '2026-06-20T09:00:00+02:00',
      caseNo: 'IMY-2026-4711',
      phased: true,
      phaseCompletedAt: null,
    })
  })

  it('requires reasons for a notification after the 72 hours, in both languages', () => {
    const late = { ...input, notifiedAt: '2026-06-22T14:21:00+02:00' }
    const r = recordNotification(unnotified(), late, now)
    expect(codes(r)).toEqual(['delay_reason_required'])
    if (!r.ok) expect(r.problems[0]?.message.sv).toContain('skälen till förseningen')
    expect(
      recordNotification(unnotified(), { ...late, delayReason: 'Scope unknown until the processor reported.' }, now).ok,
    ).toBe(true)
    // At exactly 72 hours the notification is still on time.
    expect(recordNotification(unnotified(), { ...input, notifiedAt: '2026-06-22T14:20:00+02:00' }, now).ok).toBe(true)
  })

  it('refuses a notification before awareness, without awareness or in the future', () => {
    expect(codes(recordNotification(unnotified(), { ...input, notifiedAt: '2026-06-19T14:00:00+02:00' }, now))).toEqual(
      ['before_awareness'],
    )
    expect(codes(recordNotification({ ...unnotified(), awareAt: null }, input, now))).toEqual(['no_awareness'])
    expect(
      codes(
        recordNotification(
          unnotified(),
          { ...input, notifiedAt: '2026-07-01T12:05:00+02:00', delayReason: 'Late.' },
          now,
        ),
      ),
    ).toEqual(['in_future'])
  })
})

describe('recordSupplement (Art 33(4))', () => {
  it('adds supplements in time order and completes the phase when told', () => {
    const first = recordSupplement(
      notifiedBreach(),
      { sentAt: '2026-06-28T10:00:00+02:00', summary: 'Numbers', completes: false },
      now,
    )
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect(first.value.imy).toMatchObject({ phased: true, phaseCompletedAt: null })
    const second = recordSupplement(
      first.value,
      { sentAt: '2026-06-25T10:00:00+02:00', summary: ' Cause ', completes: true },
      now,
    )
    if (!second.ok) throw new Error('refused')
    expect(second.value.imy.supplements.map((s) => s.summary)).toEqual(['Cause', 'Numbers'])
    expect(second.value.imy.phaseCompletedAt).toBe('2026-06-25T10:00:00+02:00')
  })

  it('refuses a supplement before the notification, without a notification or without a summary', () => {
    expect(
      codes(
        recordSupplement(unnotified(), { sentAt: '2026-06-28T10:00:00+02:00', summary: 'x', completes: false }, now),
      ),
    ).toEqual(['not_notified'])
    expect(
      codes(
        recordSupplement(
          notifiedBreach(),
          { sentAt: '2026-06-20T08:00:00+02:00', summary: ' ', completes: false },
          now,
        ),
      ),
    ).toEqual(['before_notification', 'summary_required'])
  })
})

describe('addTimelineEvent', () => {
  it('keeps the timeline in time order and refuses an empty event', () => {
    let fields: BreachFields = notifiedBreach()
    for (const [at, text] of [
      ['2026-06-19T15:00:00+02:00', 'Police report filed'],
      ['2026-06-19T14:20:00+02:00', 'Employee reports the loss'],
    ] as const) {
      const r = addTimelineEvent(fields, at, text)
      if (!r.ok) throw new Error('refused')
      fields = r.value
    }
    expect(fields.timeline.map((e) => e.text)).toEqual(['Employee reports the loss', 'Police report filed'])
    expect(codes(addTimelineEvent(fields, '2026-06-19T15:00:00+02:00', '  '))).toEqual(['text_required'])
  })
})

describe('closeBreach (Art 33(5))', () => {
  it('closes a fully documented breach', () => {
    const r = closeBreach(notifiedBreach(), '2026-06-30T10:00:00+02:00', now)
    expect(r.ok && r.value.closedAt).toBe('2026-06-30T10:00:00+02:00')
  })

  it('lists what is still undecided or undocumented', () => {
    const b = unnotified()
    b.subjects = { ...b.subjects, decision: 'pending' }
    expect(closingProblems(b).map((p) => p.code)).toEqual(['decision_pending', 'subjects_decision_pending'])
    b.imy.decision = 'not_required'
    b.reasoning = ''
    b.subjects = { ...b.subjects, decision: 'art34_3_a', reasoning: '' }
    expect(closingProblems(b).map((p) => p.code)).toEqual(['reasoning_required', 'subjects_reasoning_required'])
    const phased = notifiedBreach()
    phased.imy.phased = true
    expect(closingProblems(phased).map((p) => p.code)).toEqual(['supplement_open'])
    const toNotify = unnotified()
    toNotify.imy.decision = 'notify'
    expect(closingProblems(toNotify).map((p) => p.code)).toEqual(['not_notified'])
  })
})
