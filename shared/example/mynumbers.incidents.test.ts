import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COLLECTIONS } from '../backup/workspace.schema'
import {
  breachClock,
  breachStage,
  checkBreach,
  closingProblems,
  isAssessmentConsistent,
  similarCases,
} from '../breaches'
import { checkComplaint, complaintsDueSummary } from '../complaints'
import { stockholmDateOf } from '../deadlines'
import { checkRequest, requestsDueSummary, requestUrgency } from '../requests'
import { EXAMPLE_INCIDENT_IDS as ID, myNumbersIncidents } from './mynumbers.incidents'
import { EXAMPLE_IDS } from './mynumbers.register'

const NOW = new Date('2026-06-10T09:30:00Z')

describe('MyNumbers AB incidents (issue 6)', () => {
  const example = myNumbersIncidents(NOW)

  it('validates against the stored schemas', () => {
    for (const name of ['breaches', 'requests', 'complaints', 'documents'] as const) {
      const records = example[name] ?? []
      expect(records.length, name).toBeGreaterThan(0)
      for (const r of records) expect(COLLECTIONS[name].schema.safeParse(r).error, name).toBeUndefined()
    }
  })

  it('has a notified breach with one supplement, a documented one and one whose clock is running', () => {
    const byId = new Map((example.breaches ?? []).map((b) => [b.id, b]))
    const misdirected = byId.get(ID.misdirectedFiles)!
    expect([breachStage(misdirected), misdirected.imy.supplements.length]).toEqual(['closed', 1])
    expect(breachClock(misdirected, NOW).state).toBe('notified_on_time')
    expect(closingProblems(misdirected)).toEqual([])
    const laptop = byId.get(ID.lostLaptop)!
    expect([laptop.imy.decision, laptop.subjects.decision, laptop.enisa?.band]).toEqual([
      'not_required',
      'art34_3_a',
      'low',
    ])
    expect(similarCases(laptop.facts)[0]?.case.no).toBe(10)
    const open = byId.get(ID.mailboxBreakIn)!
    const clock = breachClock(open, NOW)
    expect([clock.state, clock.timeLeft?.hours]).toEqual(['running', 46])
    // The closed breaches raise no findings; the open one only what is really still open.
    expect(checkBreach(misdirected, NOW)).toEqual([])
    expect(checkBreach(laptop, NOW)).toEqual([])
  })

  it('keeps the stored ENISA scores consistent and links breaches to the register', () => {
    for (const b of example.breaches ?? []) {
      if (b.enisa) expect(isAssessmentConsistent(b.enisa), b.title).toBe(true)
      for (const id of b.activityIds) expect(Object.values(EXAMPLE_IDS)).toContain(id)
    }
  })

  it('has an open access request and an erasure request due this week', () => {
    const today = stockholmDateOf(NOW)
    const summary = requestsDueSummary(example.requests ?? [], today)
    expect([summary.open, summary.overdue, summary.dueThisWeek]).toEqual([2, 0, 1])
    expect(summary.items[0]?.id).toBe(ID.erasureRequest)
    for (const r of example.requests ?? []) expect(checkRequest(r, today)).toEqual([])
  })

  it('keeps the erasure request due within the week whatever day the example is opened (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        (now) => {
          const requests = myNumbersIncidents(now).requests ?? []
          const erasure = requests.find((r) => r.id === ID.erasureRequest)!
          const access = requests.find((r) => r.id === ID.accessRequest)!
          expect(requestUrgency(erasure, stockholmDateOf(now))).toBe('due_this_week')
          expect(requestUrgency(access, stockholmDateOf(now))).toBe('open')
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('has an internal marketing complaint and an IMY case with IMY’s letter attached', () => {
    const today = stockholmDateOf(NOW)
    const complaints = example.complaints ?? []
    const summary = complaintsDueSummary(complaints, today)
    expect([summary.open, summary.openImyCases, summary.replyOverdue]).toEqual([2, 1, 0])
    const imy = complaints.find((c) => c.id === ID.imyCase)!
    expect(imy.imyCaseNumber).toMatch(/^IMY-2026-\d+$/)
    expect(imy.documents[0]).toMatchObject({ direction: 'received', documentId: ID.imyLetter })
    expect(example.documents?.[0]).toMatchObject({ ownerId: ID.imyCase, mimeType: 'text/plain' })
    for (const c of complaints) expect(checkComplaint(c, today)).toEqual([])
  })
})
