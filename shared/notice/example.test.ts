import { describe, expect, it } from 'vitest'
import { EXAMPLE_IDS, myNumbersWorkspace } from '../example'
import { composeNotice } from './notice.document'
import { noticeGaps } from './notice.gaps'
import { buildNoticeModel, type NoticeSources } from './notice.model'

const NOW = new Date('2026-03-02T09:00:00.000Z')

function exampleSources(): NoticeSources {
  const { organisation, collections: c } = myNumbersWorkspace(NOW)
  return {
    organisation,
    activities: c.activities ?? [],
    lias: c.lias ?? [],
    transfers: c.transfers ?? [],
    vendors: c.vendors ?? [],
  }
}

describe('the notice model of the MyNumbers AB example', () => {
  const sources = exampleSources()
  const model = buildNoticeModel(sources)

  it('names MyNumbers AB as controller and has no DPO', () => {
    expect(model.controller).toMatchObject({ name: 'MyNumbers AB', orgNumber: '559138-5959' })
    expect(model.dpo).toBeNull()
  })

  it('has the eleven purposes of the eight activities, with their bases as the register has them', () => {
    expect(model.purposes).toHaveLength(11)
    const basis = (activityId: string) =>
      model.purposes.filter((p) => p.activityId === activityId).map((p) => p.legalBasis)
    expect(basis(EXAMPLE_IDS.bookkeeping)).toEqual(['c_legal_obligation'])
    expect(basis(EXAMPLE_IDS.signatory)).toEqual([null])
    expect(basis(EXAMPLE_IDS.marketing)).toEqual(['f_legitimate_interests', 'f_legitimate_interests'])
  })

  it('states every legitimate interest, from the LIAs where the example has them', () => {
    const li = model.purposes.filter((p) => p.legalBasis === 'f_legitimate_interests')
    expect(li.length).toBeGreaterThan(0)
    for (const p of li) expect(p.legitimateInterest, p.description).not.toBe('')
    expect(li.some((p) => p.liaId !== null)).toBe(true)
  })

  it('says bokföringslagen’s period and the customer period in words', () => {
    const bookkeeping = model.purposes.find((p) => p.activityId === EXAMPLE_IDS.bookkeeping)!
    expect(bookkeeping.retention[0]!.words!.sv).toBe(
      'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)',
    )
    const service = model.purposes.find((p) => p.activityId === EXAMPLE_IDS.service)!
    expect(service.retention[0]!.words!.sv).toBe('så länge vår relation med dig består och därefter i 12 månader')
  })

  it('has the right to object (legitimate interests, direct marketing) and sees the profiling', () => {
    expect(model.objectionApplies).toBe(true)
    expect(model.profilingActivityIds).toContain(EXAMPLE_IDS.marketing)
  })

  it('gives every activity that transfers outside the EU/EEA a line about it', () => {
    const transferring = sources.activities.filter((a) => a.thirdCountryTransfers).map((a) => a.id)
    expect(transferring.length).toBeGreaterThan(0)
    const covered = new Set(model.transfers.flatMap((t) => t.activityIds))
    for (const id of transferring) expect(covered.has(id), id).toBe(true)
  })

  it('lists what to fix before publishing: DPO, missing bases and retention', () => {
    const codes = noticeGaps(model, sources).map((g) => g.code)
    expect(codes).toEqual(expect.arrayContaining(['notice/gap-dpo', 'notice/gap-basis', 'notice/gap-retention']))
  })

  it('writes a Swedish notice with the right to object right after the summary, and an English one', () => {
    const sv = composeNotice(model, 'sv')
    expect(sv.title).toBe('Integritetspolicy för MyNumbers AB')
    expect(sv.sections.map((s) => s.id).slice(0, 2)).toEqual(['summary', 'objection'])
    expect(composeNotice(model, 'en').title).toBe('Privacy notice of MyNumbers AB')
  })
})
