import { describe, expect, it } from 'vitest'
import { completeSources, NOTICE_IDS } from './notice.fixtures'
import { noticeGaps } from './notice.gaps'
import { buildNoticeModel, requirementOf } from './notice.model'

describe('buildNoticeModel', () => {
  const model = buildNoticeModel(completeSources())

  it('takes active controller activities only, one entry per purpose', () => {
    expect(model.purposes.map((p) => p.purposeId)).toEqual([
      NOTICE_IDS.customersPurpose,
      NOTICE_IDS.bookkeepingPurpose,
      NOTICE_IDS.newsletterPurpose,
      NOTICE_IDS.creditPurpose,
    ])
    expect(model.excludedActivityIds).toEqual([NOTICE_IDS.draft])
    const asProcessor = buildNoticeModel(completeSources((s) => (s.activities[0]!.role = 'processor')))
    expect(asProcessor.purposes.map((p) => p.activityId)).not.toContain(NOTICE_IDS.customers)
  })

  it('states the legitimate interest from the LIA, falling back to the register', () => {
    const newsletter = model.purposes.find((p) => p.purposeId === NOTICE_IDS.newsletterPurpose)!
    expect(newsletter.legitimateInterest).toBe('Informera befintliga kunder om liknande tjänster')
    expect(newsletter.liaId).toBe(NOTICE_IDS.lia)
    expect(newsletter.directMarketing).toBe(true)
    const noLia = buildNoticeModel(
      completeSources((s) => {
        s.lias = []
        s.activities[2]!.purposes[0]!.legitimateInterest = 'Behålla kunder'
      }),
    )
    expect(noLia.purposes[2]!.legitimateInterest).toBe('Behålla kunder')
    expect(noLia.purposes[2]!.liaId).toBeNull()
  })

  it('says retention in words, bokföringslagen in the law’s own terms', () => {
    expect(model.purposes[0]!.retention[0]!.words!.sv).toBe(
      'så länge vår relation med dig består och därefter i 12 månader',
    )
    expect(model.purposes[1]!.retention[0]).toMatchObject({ bookkeeping: true })
    expect(model.purposes[1]!.retention[0]!.words!.sv).toContain('sjunde året efter utgången av det kalenderår')
  })

  it('derives the Art 13(2)(e) requirement from the basis', () => {
    expect(model.purposes.map((p) => p.requirement)).toEqual([
      'contractual',
      'statutory',
      'not_required',
      'contractual',
    ])
    expect(requirementOf('a_consent')).toBe('voluntary')
    expect(requirementOf(null)).toBe('unknown')
  })

  it('lists recipients once each, with every activity that discloses to them', () => {
    expect(model.recipients.map((r) => [r.name, r.activityIds.length])).toEqual([
      ['IT-leverantör för drift', 3],
      ['Skatteverket', 1],
    ])
  })

  it('takes transfers from transfer records, and adds a line for an activity that transfers without one', () => {
    expect(model.transfers).toEqual([
      expect.objectContaining({ transferId: NOTICE_IDS.transfer, importer: 'Molnbolaget Inc.', destination: 'US' }),
    ])
    const unrecorded = buildNoticeModel(completeSources((s) => (s.transfers = [])))
    expect(unrecorded.transfers).toEqual([
      {
        transferId: null,
        title: 'Kundadministration',
        activityIds: [NOTICE_IDS.customers],
        importer: '',
        destination: '',
        mechanism: null,
      },
    ])
  })

  it('knows when the right to object, consent withdrawal and portability must be stated', () => {
    expect(model).toMatchObject({ objectionApplies: true, consentApplies: false, portabilityApplies: true })
    const noInterest = buildNoticeModel(completeSources((s) => s.activities.splice(2, 1)))
    expect(noInterest.objectionApplies).toBe(false)
  })

  it('finds profiling in the register’s words', () => {
    expect(model.profilingActivityIds).toEqual([])
    const profiling = buildNoticeModel(
      completeSources((s) => (s.activities[2]!.description = 'Segmentering av kunder')),
    )
    expect(profiling.profilingActivityIds).toEqual([NOTICE_IDS.newsletter])
  })
})

describe('noticeGaps', () => {
  it('has nothing to fix for a complete register', () => {
    const sources = completeSources()
    expect(noticeGaps(buildNoticeModel(sources), sources)).toEqual([])
  })

  it('names each missing piece with the record to fix, most severe first', () => {
    const sources = completeSources((s) => {
      s.organisation.dpoName = ''
      s.organisation.dpoEmail = ''
      s.activities[0]!.purposes[0]!.legalBasis = null
      s.activities[1]!.retention = []
      s.lias = []
      s.transfers = []
    })
    const gaps = noticeGaps(buildNoticeModel(sources), sources)
    expect(gaps.map((g) => [g.code, g.record.route])).toEqual([
      ['notice/gap-basis', `/register/${NOTICE_IDS.customers}`],
      ['notice/gap-interest', `/register/${NOTICE_IDS.newsletter}`],
      ['notice/gap-transfer', `/register/${NOTICE_IDS.customers}`],
      ['notice/gap-dpo', '/settings'],
      ['notice/gap-retention', `/register/${NOTICE_IDS.bookkeeping}`],
    ])
  })
})
