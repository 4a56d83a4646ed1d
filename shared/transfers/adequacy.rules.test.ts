import { describe, expect, it } from 'vitest'
import { checkAdequacyTransfer } from './adequacy.rules'
import { FIXTURE_IDS, adequacyTransfer, sccTransfer } from './fixtures'

const today = '2026-05-04'
const codes = (fs: { code: string }[]) => fs.map((f) => f.code)
const certified = { certified: true, hrCovered: false, checkedOn: '2026-02-01' }

describe('checkAdequacyTransfer (checks 20–23)', () => {
  it('ignores a transfer on another mechanism', () => {
    expect(checkAdequacyTransfer(sccTransfer(), { today })).toEqual([])
  })

  it('check 20: US importer without a DPF certification', () => {
    const fs = checkAdequacyTransfer(adequacyTransfer(), { today })
    expect(codes(fs)).toEqual(['transfer/dpf-not-certified'])
    expect(fs[0]).toMatchObject({ check: 20, severity: 'high', entityId: FIXTURE_IDS.transfer })
    expect(
      codes(checkAdequacyTransfer(adequacyTransfer(), { today, importerDpf: { ...certified, certified: false } })),
    ).toEqual(['transfer/dpf-not-certified'])
  })

  it('check 20: certified US importer passes; HR data needs HR coverage', () => {
    expect(checkAdequacyTransfer(adequacyTransfer(), { today, importerDpf: certified })).toEqual([])
    const hr = adequacyTransfer({ hrData: true })
    expect(codes(checkAdequacyTransfer(hr, { today, importerDpf: certified }))).toEqual(['transfer/dpf-hr-not-covered'])
    expect(checkAdequacyTransfer(hr, { today, importerDpf: { ...certified, hrCovered: true } })).toEqual([])
  })

  it('check 20: a DPF status checked more than a year ago is flagged low', () => {
    const old = { ...certified, checkedOn: '2025-05-03' }
    const fs = checkAdequacyTransfer(adequacyTransfer(), { today, importerDpf: old })
    expect(codes(fs)).toEqual(['transfer/dpf-check-stale'])
    expect(fs[0]?.severity).toBe('low')
    expect(
      checkAdequacyTransfer(adequacyTransfer(), { today, importerDpf: { ...old, checkedOn: '2025-05-04' } }),
    ).toEqual([])
    expect(
      codes(checkAdequacyTransfer(adequacyTransfer(), { today, importerDpf: { ...old, checkedOn: null } })),
    ).toEqual(['transfer/dpf-check-stale'])
  })

  it('check 21: Canada without PIPEDA coverage', () => {
    const ca = (pipedaCovered: boolean | null) =>
      adequacyTransfer({
        destinationCountry: 'CA',
        mechanism: { kind: 'adequacy', pipedaCovered, sectorCovered: null },
      })
    expect(codes(checkAdequacyTransfer(ca(null), { today }))).toEqual(['transfer/pipeda-not-covered'])
    expect(checkAdequacyTransfer(ca(false), { today })[0]).toMatchObject({ check: 21, severity: 'high' })
    expect(checkAdequacyTransfer(ca(true), { today })).toEqual([])
  })

  it('check 22: UK adequacy relied on after 27 Dec 2031', () => {
    const uk = adequacyTransfer({ destinationCountry: 'GB' })
    expect(checkAdequacyTransfer(uk, { today: '2031-12-27' })).toEqual([])
    const fs = checkAdequacyTransfer(uk, { today: '2031-12-28' })
    expect(codes(fs)).toEqual(['transfer/adequacy-expired'])
    expect(fs[0]?.check).toBe(22)
  })

  it('check 23: adequacy claimed for a country not in the table, or before a decision applies', () => {
    const fs = checkAdequacyTransfer(adequacyTransfer({ destinationCountry: 'IN' }), { today })
    expect(codes(fs)).toEqual(['transfer/adequacy-not-in-table'])
    expect(fs[0]?.message.sv).toContain('Indien')
    const br = adequacyTransfer({ destinationCountry: 'BR' })
    expect(codes(checkAdequacyTransfer(br, { today: '2025-12-31' }))).toEqual(['transfer/adequacy-not-yet-in-force'])
    expect(checkAdequacyTransfer(br, { today })).toEqual([])
  })

  it('Japan / Korea: scope unconfirmed is low, known outside scope is high', () => {
    const jp = (sectorCovered: boolean | null) =>
      adequacyTransfer({
        destinationCountry: 'JP',
        mechanism: { kind: 'adequacy', pipedaCovered: null, sectorCovered },
      })
    expect(checkAdequacyTransfer(jp(null), { today }).map((f) => [f.code, f.severity])).toEqual([
      ['transfer/adequacy-scope-unconfirmed', 'low'],
    ])
    expect(codes(checkAdequacyTransfer(jp(false), { today }))).toEqual(['transfer/adequacy-scope-not-covered'])
    expect(checkAdequacyTransfer(jp(true), { today })).toEqual([])
  })

  it('an EEA destination is not a third-country transfer (low)', () => {
    const fs = checkAdequacyTransfer(adequacyTransfer({ destinationCountry: 'NO' }), { today })
    expect(fs.map((f) => [f.code, f.severity])).toEqual([['transfer/eea-not-third-country', 'low']])
  })

  it('leaves entityId out for an unsaved transfer', () => {
    const { id: _id, ...unsaved } = adequacyTransfer()
    expect(checkAdequacyTransfer(unsaved, { today })[0]).not.toHaveProperty('entityId')
  })

  it('gives every finding both languages and a fix', () => {
    const fs = [
      ...checkAdequacyTransfer(adequacyTransfer({ hrData: true }), { today }),
      ...checkAdequacyTransfer(adequacyTransfer({ destinationCountry: 'GB' }), { today: '2032-01-01' }),
    ]
    for (const f of fs) expect(f.message.sv && f.message.en && f.fix.sv && f.fix.en).toBeTruthy()
  })
})
