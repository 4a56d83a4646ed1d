import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ADEQUACY_DECISIONS, adequacyHistory, adequacyOn, hasAdequacyEntry, isAdequacyValid } from './adequacy'
import { isEea, isCountryCode, isInternationalOrganisationCode } from './countries'

const codesOf = (v: ReturnType<typeof isAdequacyValid>): string[] => v.reasons.map((r) => r.code)

describe('adequacy table (domain-reference §4.1)', () => {
  it('has the 16 destinations of §4.1, none of them in the EEA', () => {
    const codes = [...new Set(ADEQUACY_DECISIONS.map((d) => d.code))].sort()
    expect(codes).toEqual(
      ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'US', 'XEPO'].sort(),
    )
    expect(codes.some(isEea)).toBe(false)
    expect(codes.every((c) => isCountryCode(c) || isInternationalOrganisationCode(c))).toBe(true)
  })

  it('names every row in both languages and keeps validFrom ≤ validUntil', () => {
    for (const d of ADEQUACY_DECISIONS) {
      expect(d.name.sv).not.toBe(d.code)
      expect(d.validFrom >= d.adoptedOn).toBe(true)
      if (d.validUntil) expect(d.validFrom <= d.validUntil).toBe(true)
    }
  })

  it('marks the partial decisions with their condition', () => {
    const cond = (c: string) => adequacyHistory(c).map((d) => [d.scope, d.condition])
    expect(cond('US')).toEqual([['partial', 'dpf_certified']])
    expect(cond('CA')).toEqual([['partial', 'pipeda']])
    expect(cond('KR')).toEqual([['partial', 'pipa']])
    expect(cond('JP')).toEqual([['partial', 'appi']])
    expect(cond('CH')).toEqual([['full', 'none']])
  })

  it('keeps the UK history as three back-to-back periods with no gap', () => {
    const uk = adequacyHistory('GB')
    expect(uk.map((d) => [d.validFrom, d.validUntil])).toEqual([
      ['2021-06-28', '2025-06-27'],
      ['2025-06-28', '2025-12-27'],
      ['2025-12-28', '2031-12-27'],
    ])
    expect(uk[0]?.decisionRef).toContain('2021/1772')
  })

  it('includes the European Patent Organisation as an international organisation', () => {
    expect(adequacyOn('XEPO', '2025-07-15')?.decisionRef).toContain('2025/1382')
    expect(adequacyOn('XEPO', '2025-07-14')).toBeNull()
    expect(hasAdequacyEntry('XEPO')).toBe(true)
  })
})

describe('adequacyOn: the UK sunset, extension and renewal', () => {
  it.each([
    ['2021-06-27', null],
    ['2021-06-28', '2021-06-28'],
    ['2025-06-27', '2021-06-28'],
    ['2025-06-28', '2025-06-24'],
    ['2025-12-27', '2025-06-24'],
    ['2025-12-28', '2025-12-19'],
    ['2031-12-27', '2025-12-19'],
    ['2031-12-28', null],
  ])('on %s the decision adopted on %s applies', (date, adoptedOn) => {
    expect(adequacyOn('GB', date)?.adoptedOn ?? null).toBe(adoptedOn)
    expect(isAdequacyValid('GB', date).valid).toBe(adoptedOn !== null)
  })

  it('says why after 27 Dec 2031: expired', () => {
    const v = isAdequacyValid('GB', '2031-12-28')
    expect(codesOf(v)).toEqual(['expired'])
    expect(v.reasons[0]?.message.en).toContain('2031-12-27')
  })

  it('remarks on the sunset date while valid', () => {
    const v = isAdequacyValid('GB', '2026-05-01')
    expect(v.remarks.map((r) => r.code)).toContain('sunset')
    expect(v.remarks[0]?.message.sv).toContain('2031-12-27')
  })
})

describe('isAdequacyValid', () => {
  it('refuses a country not in the table', () => {
    const v = isAdequacyValid('IN', '2026-05-01')
    expect(v.valid).toBe(false)
    expect(v.decision).toBeNull()
    expect(codesOf(v)).toEqual(['not_in_table'])
  })

  it('refuses Brazil before 26 Jan 2026 and accepts it from then', () => {
    expect(codesOf(isAdequacyValid('BR', '2026-01-25'))).toEqual(['not_yet_in_force'])
    expect(isAdequacyValid('BR', '2026-01-26').valid).toBe(true)
  })

  it('US: valid only with an active DPF certification', () => {
    expect(codesOf(isAdequacyValid('US', '2026-05-01'))).toEqual(['dpf_not_certified'])
    expect(codesOf(isAdequacyValid('US', '2026-05-01', { dpfCertified: false }))).toEqual(['dpf_not_certified'])
    expect(codesOf(isAdequacyValid('US', '2026-05-01', { dpfCertified: null }))).toEqual(['dpf_not_certified'])
    const ok = isAdequacyValid('US', '2026-05-01', { dpfCertified: true })
    expect(ok.valid).toBe(true)
    expect(ok.remarks.map((r) => r.code)).toEqual(['note'])
    expect(ok.remarks[0]?.message.en).toContain('C-703/25 P')
  })

  it('US: HR data needs a certification that covers HR data', () => {
    expect(codesOf(isAdequacyValid('US', '2026-05-01', { dpfCertified: true, hrData: true }))).toEqual([
      'dpf_hr_not_covered',
    ])
    expect(isAdequacyValid('US', '2026-05-01', { dpfCertified: true, hrData: true, dpfHrCovered: true }).valid).toBe(
      true,
    )
    expect(codesOf(isAdequacyValid('US', '2026-05-01', { dpfCertified: false, hrData: true }))).toEqual([
      'dpf_not_certified',
      'dpf_hr_not_covered',
    ])
  })

  it('US: no decision before 10 Jul 2023 (the Privacy Shield is not in the table)', () => {
    expect(codesOf(isAdequacyValid('US', '2023-07-09', { dpfCertified: true }))).toEqual(['not_yet_in_force'])
    expect(isAdequacyValid('US', '2023-07-10', { dpfCertified: true }).valid).toBe(true)
  })

  it('Canada: valid only for a recipient under PIPEDA', () => {
    expect(codesOf(isAdequacyValid('CA', '2026-05-01'))).toEqual(['pipeda_not_covered'])
    expect(codesOf(isAdequacyValid('CA', '2026-05-01', { pipedaCovered: false }))).toEqual(['pipeda_not_covered'])
    expect(isAdequacyValid('CA', '2026-05-01', { pipedaCovered: true }).valid).toBe(true)
  })

  it('Japan and Korea: valid unless the importer is known to be outside APPI / PIPA, with a remark when unknown', () => {
    for (const code of ['JP', 'KR']) {
      const unknown = isAdequacyValid(code, '2026-05-01')
      expect(unknown.valid).toBe(true)
      expect(unknown.remarks.map((r) => r.code)).toContain('sector_unconfirmed')
      expect(isAdequacyValid(code, '2026-05-01', { sectorCovered: true }).remarks.map((r) => r.code)).not.toContain(
        'sector_unconfirmed',
      )
      expect(codesOf(isAdequacyValid(code, '2026-05-01', { sectorCovered: false }))).toEqual(['sector_not_covered'])
    }
  })

  it('ignores US and Canadian conditions for full decisions', () => {
    const v = isAdequacyValid('CH', '2026-05-01', { dpfCertified: false, pipedaCovered: false, hrData: true })
    expect(v).toMatchObject({ valid: true, reasons: [], remarks: [] })
  })

  it('property: for every date, GB is valid exactly from 2021-06-28 to 2031-12-27', () => {
    const day = fc
      .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2034, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, (d) => isAdequacyValid('GB', d).valid === (d >= '2021-06-28' && d <= '2031-12-27')),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('property: valid ⇔ no reasons, and a decision is returned whenever valid', () => {
    const codes = [...new Set(ADEQUACY_DECISIONS.map((d) => d.code)), 'IN', 'CN']
    const ctx = fc.record({
      dpfCertified: fc.option(fc.boolean()),
      hrData: fc.boolean(),
      dpfHrCovered: fc.option(fc.boolean()),
      pipedaCovered: fc.option(fc.boolean()),
      sectorCovered: fc.option(fc.boolean()),
    })
    const day = fc.integer({ min: 2000, max: 2035 }).map((y) => `${y}-06-15`)
    fc.assert(
      fc.property(fc.constantFrom(...codes), day, ctx, (code, d, c) => {
        const v = isAdequacyValid(code, d, c)
        return v.valid === (v.reasons.length === 0) && (!v.valid || v.decision !== null)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
