import { describe, expect, it } from 'vitest'
import type { BreachFields } from './breach.schema'
import {
  checkBreach,
  checkLateWithoutReason,
  checkNotificationIncomplete,
  checkNotificationOverdue,
  checkNotRequiredWithoutReasoning,
  checkSecrecyNoteMissing,
  checkSubjectsNotInformed,
  checkSupplementOverdue,
  missingNotificationContent,
  secrecyTermsIn,
} from './breach.checks'
import { notifiedBreach } from './fixtures'

const NOW = new Date('2026-06-30T10:00:00Z')
const withImy = (imy: Partial<BreachFields['imy']>, rest: Partial<BreachFields> = {}): BreachFields => {
  const b = notifiedBreach(rest)
  return { ...b, imy: { ...b.imy, ...imy } }
}

describe('checks 29–35 (domain-reference §9)', () => {
  it('finds nothing wrong with a complete, timely notification', () => {
    expect(checkBreach(notifiedBreach(), NOW)).toEqual([])
  })

  it('29: fires after 72 h without notification or delay reason, not before', () => {
    const b = withImy({ decision: 'pending', notifiedAt: null })
    expect(checkNotificationOverdue(b, new Date('2026-06-22T12:19:00Z'))).toBeNull()
    const f = checkNotificationOverdue(b, new Date('2026-06-22T12:21:00Z'))
    expect(f).toMatchObject({ code: 'breach_notification_overdue', check: 29, article: 'Art 33(1)' })
    expect(checkNotificationOverdue({ ...b, imy: { ...b.imy, decision: 'not_required' } }, NOW)).toBeNull()
    expect(checkNotificationOverdue({ ...b, imy: { ...b.imy, delayReason: 'Forensics pending' } }, NOW)).toBeNull()
  })

  it('30: fires for a late notification without a reason', () => {
    const late = withImy({ notifiedAt: '2026-06-23T09:00:00+02:00' })
    expect(checkLateWithoutReason(late, NOW)?.check).toBe(30)
    expect(
      checkLateWithoutReason({ ...late, imy: { ...late.imy, delayReason: 'Processor reported late' } }, NOW),
    ).toBeNull()
  })

  it('31: fires for "not required" without reasoning', () => {
    const b = withImy({ decision: 'not_required', notifiedAt: null }, { reasoning: '  ' })
    expect(checkNotRequiredWithoutReasoning(b, NOW)?.article).toBe('Art 33(1), 33(5)')
    expect(
      checkNotRequiredWithoutReasoning({ ...b, reasoning: 'Encrypted, key safe (34(3)(a) analogue)' }, NOW),
    ).toBeNull()
  })

  it('32: lists the missing Art 33(3) points', () => {
    const b = withImy({ contactPoint: '' }, { approxRecords: null, measuresTaken: [], measuresPlanned: [] })
    expect(missingNotificationContent(b)).toEqual(['a', 'b', 'd'])
    const f = checkNotificationIncomplete(b, NOW)
    expect(f?.message.en).toContain('(a), (b), (d)')
    expect(f?.message.sv).toContain('artikel 33.3')
    expect(checkNotificationIncomplete({ ...b, imy: { ...b.imy, decision: 'not_required' } }, NOW)).toBeNull()
  })

  it('33: fires for a phased notification with the supplement open after four weeks', () => {
    const b = withImy({ phased: true })
    expect(checkSupplementOverdue(b, new Date('2026-07-18T20:00:00Z'))).toBeNull() // 22:00 on 18 Jul in Stockholm
    expect(checkSupplementOverdue(b, new Date('2026-07-18T22:30:00Z'))?.check).toBe(33) // 19 Jul in Stockholm
    expect(
      checkSupplementOverdue({ ...b, imy: { ...b.imy, phaseCompletedAt: '2026-07-01T10:00:00Z' } }, NOW),
    ).toBeNull()
  })

  it('34: fires for high risk without telling the subjects or a reasoned 34(3) exemption', () => {
    const untold = notifiedBreach({
      subjects: { decision: 'pending', informedAt: null, plannedAt: null, channel: '', reasoning: '' },
    })
    expect(checkSubjectsNotInformed(untold, NOW)?.article).toBe('Art 34(1)')
    const exemptNoReason = { ...untold, subjects: { ...untold.subjects, decision: 'art34_3_a' as const } }
    expect(checkSubjectsNotInformed(exemptNoReason, NOW)?.article).toBe('Art 34(3)')
    const exempt = {
      ...exemptNoReason,
      subjects: { ...exemptNoReason.subjects, reasoning: 'AES-256, key not exposed' },
    }
    expect(checkSubjectsNotInformed(exempt, NOW)).toBeNull()
    expect(checkSubjectsNotInformed({ ...untold, riskLevel: 'risk' }, NOW)).toBeNull()
  })

  it('35: fires when the IMY draft mentions personnummer or health data and no secrecy note is written', () => {
    const b = withImy({ draft: 'Listan innehöll personnummer och uppgifter om sjukskrivning.' })
    expect(secrecyTermsIn(b)).toEqual(['personnummer', 'sjukskriv'])
    expect(checkSecrecyNoteMissing(b, NOW)?.message.sv).toContain('allmän handling')
    expect(
      checkSecrecyNoteMissing({ ...b, imy: { ...b.imy, secrecyRequest: 'Namn och personnummer (OSL 21:1)' } }, NOW),
    ).toBeNull()
  })

  it('35: recognises a bare personnummer and the breach flags, and stays quiet for a harmless draft', () => {
    expect(secrecyTermsIn(withImy({ draft: 'Brevet till 19811228-9874 gick fel.' }))).toEqual(['personnummer'])
    expect(checkSecrecyNoteMissing(notifiedBreach({ special: true }), NOW)?.message.en).toContain('special categories')
    expect(checkSecrecyNoteMissing(notifiedBreach(), NOW)).toBeNull()
  })

  it('returns findings in check order', () => {
    const b = withImy(
      { decision: 'notify', notifiedAt: '2026-06-23T09:00:00+02:00', contactPoint: '', draft: 'diagnos' },
      { subjects: { decision: 'pending', informedAt: null, plannedAt: null, channel: '', reasoning: '' } },
    )
    expect(checkBreach(b, NOW).map((f) => f.check)).toEqual([30, 32, 34, 35])
  })
})
