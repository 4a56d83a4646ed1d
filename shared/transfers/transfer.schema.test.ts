import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, adequacyTransfer, derogationTransfer, sccTransfer } from './fixtures'
import { TiaSchema, TransferFieldsSchema, TransferRecordSchema, emptyTia } from './transfer.schema'

const stamp = {
  id: FIXTURE_IDS.transfer,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  revision: 1,
}

const fields = (t: ReturnType<typeof sccTransfer>) => {
  const { id: _id, ...rest } = t
  return rest
}

describe('TransferFieldsSchema', () => {
  it('accepts the fixtures for each mechanism family', () => {
    for (const t of [sccTransfer(), adequacyTransfer(), derogationTransfer('a_explicit_consent')])
      expect(TransferFieldsSchema.safeParse(fields(t)).success).toBe(true)
  })

  it('accepts a stored record with its entity stamp', () => {
    expect(TransferRecordSchema.safeParse({ ...stamp, ...fields(sccTransfer()) }).success).toBe(true)
  })

  it('fills defaults for optional parts of the mechanism', () => {
    const parsed = TransferFieldsSchema.parse({ ...fields(sccTransfer()), mechanism: { kind: 'adequacy' } })
    expect(parsed.mechanism).toEqual({ kind: 'adequacy', pipedaCovered: null, sectorCovered: null })
  })

  it('refuses an SCC module outside 1–4', () => {
    const t = fields(sccTransfer())
    const bad = { ...t, mechanism: { kind: 'scc', module: 5, signedOn: null } }
    expect(TransferFieldsSchema.safeParse(bad).success).toBe(false)
  })

  it('refuses an unknown destination, accepts an international organisation', () => {
    expect(TransferFieldsSchema.safeParse({ ...fields(sccTransfer()), destinationCountry: 'QQ' }).success).toBe(false)
    expect(TransferFieldsSchema.safeParse({ ...fields(sccTransfer()), destinationCountry: 'XEPO' }).success).toBe(true)
  })

  it('refuses an unknown mechanism kind, derogation ground or consent channel', () => {
    const t = fields(derogationTransfer('a_explicit_consent'))
    expect(TransferFieldsSchema.safeParse({ ...t, mechanism: { kind: 'privacy_shield' } }).success).toBe(false)
    const m = t.mechanism
    if (m.kind !== 'derogation' || !m.consent) throw new Error('fixture')
    expect(TransferFieldsSchema.safeParse({ ...t, mechanism: { ...m, ground: 'h_other' } }).success).toBe(false)
    const consent = { ...m.consent, obtainedVia: 'newsletter' }
    expect(TransferFieldsSchema.safeParse({ ...t, mechanism: { ...m, consent } }).success).toBe(false)
  })

  it('refuses unknown keys (strict objects)', () => {
    expect(TransferFieldsSchema.safeParse({ ...fields(sccTransfer()), extra: 1 }).success).toBe(false)
  })
})

describe('TiaSchema', () => {
  it('accepts an empty TIA and refuses an unknown conclusion', () => {
    const tia = emptyTia('2026-01-01', '2027-01-01')
    expect(TiaSchema.safeParse(tia).success).toBe(true)
    expect(Object.values(tia.steps).every((s) => !s.done && s.answer === '')).toBe(true)
    expect(TiaSchema.safeParse({ ...tia, conclusion: 'maybe' }).success).toBe(false)
  })

  it('refuses a measure of an unknown kind', () => {
    const tia = {
      ...emptyTia('2026-01-01', '2027-01-01'),
      supplementaryMeasures: [{ kind: 'legal', description: 'x' }],
    }
    expect(TiaSchema.safeParse(tia).success).toBe(false)
  })
})
