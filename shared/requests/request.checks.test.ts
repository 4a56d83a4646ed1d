import { describe, expect, it } from 'vitest'
import { newRequestFields, type DataSubjectRequestFields } from './request.schema'
import {
  checkExtensionInvalid,
  checkFeeWithoutEvidence,
  checkRefusalWithoutEvidence,
  checkRefusalWithoutRemedyInfo,
  checkRequest,
  checkRequestOverdue,
} from './request.checks'

const request = (over: Partial<DataSubjectRequestFields> = {}): DataSubjectRequestFields => ({
  ...newRequestFields('access', '2026-01-31', 'electronic'),
  ...over,
})
const refusal = {
  kind: 'excessive' as const,
  legalGround: '',
  reasoning: 'Fifth identical request this month',
  evidence: 'Log of requests 2, 9, 16, 23 Feb',
  remedyInformed: true,
}

describe('checks 36–39 (domain-reference §9)', () => {
  it('36: fires once the rolled due date (Mon 2 Mar 2026 for 31 Jan) has passed', () => {
    expect(checkRequestOverdue(request(), '2026-03-02')).toBeNull()
    const f = checkRequestOverdue(request(), '2026-03-03')
    expect(f).toMatchObject({ code: 'request_overdue', check: 36, article: 'Art 12(3)' })
    expect(f?.message.en).toContain('2026-03-02')
  })

  it('36: after a valid extension, fires only after the extended date', () => {
    const extended = request({ extension: { notifiedOn: '2026-02-20', reasons: 'Large archive', months: 2 } })
    expect(checkRequestOverdue(extended, '2026-04-30')).toBeNull() // 31 Jan + 3 months = 30 Apr (Thu)
    expect(checkRequestOverdue(extended, '2026-05-01')?.message.en).toContain('extended')
  })

  it('37: fires for an extension notified too late or without reasons', () => {
    const late = request({ extension: { notifiedOn: '2026-03-03', reasons: 'Large archive', months: 2 } })
    expect(checkExtensionInvalid(late, '2026-03-03')?.message.en).toContain('after the first month (by 2026-03-02)')
    const noReasons = request({ extension: { notifiedOn: '2026-02-10', reasons: '', months: 2 } })
    expect(checkExtensionInvalid(noReasons, '2026-02-10')?.message.sv).toContain('skälen')
    expect(checkExtensionInvalid(request(), '2026-02-10')).toBeNull()
  })

  it('38: fires for a refusal as excessive without evidence, not for a legal exception', () => {
    expect(checkRefusalWithoutEvidence(request({ refusal }), '2026-02-10')).toBeNull()
    expect(checkRefusalWithoutEvidence(request({ refusal: { ...refusal, evidence: '' } }), '2026-02-10')?.check).toBe(
      38,
    )
    const legal = { ...refusal, kind: 'legal_exception' as const, legalGround: 'Art 17(3)(b), BFL 7:2', evidence: '' }
    expect(checkRefusalWithoutEvidence(request({ refusal: legal }), '2026-02-10')).toBeNull()
  })

  it('38: fires for a fee without evidence and for a copy fee outside access', () => {
    const fee = { amountSek: 200, basis: 'excessive' as const, reasoning: '', evidence: '' }
    expect(checkFeeWithoutEvidence(request({ fee }), '2026-02-10')?.article).toBe('Art 12(5)')
    const copies = { ...fee, basis: 'further_copies' as const }
    expect(checkFeeWithoutEvidence(request({ fee: copies }), '2026-02-10')).toBeNull()
    expect(checkFeeWithoutEvidence(request({ type: 'erasure', fee: copies }), '2026-02-10')?.article).toBe(
      'Art 12(5), 15(3)',
    )
  })

  it('39: fires for a refusal without complaint/remedy information', () => {
    expect(
      checkRefusalWithoutRemedyInfo(request({ refusal: { ...refusal, remedyInformed: false } }), '2026-02-10')?.check,
    ).toBe(39)
    expect(checkRefusalWithoutRemedyInfo(request({ refusal }), '2026-02-10')).toBeNull()
  })

  it('returns all findings in check order', () => {
    const r = request({
      extension: { notifiedOn: '2026-03-05', reasons: '', months: 2 },
      refusal: { ...refusal, evidence: '', remedyInformed: false },
      status: 'in_progress',
    })
    expect(checkRequest(r, '2026-03-10').map((f) => f.check)).toEqual([36, 37, 38, 39])
    expect(checkRequest(request(), '2026-02-01')).toEqual([])
  })
})
