import { describe, expect, it } from 'vitest'
import { composeNotice, type NoticeBlock, type NoticeDocument } from './notice.document'
import { completeSources, NOTICE_IDS } from './notice.fixtures'
import { buildNoticeModel } from './notice.model'

const doc = (locale: 'sv' | 'en', change?: Parameters<typeof completeSources>[0]) =>
  composeNotice(buildNoticeModel(completeSources(change)), locale)

const texts = (blocks: NoticeBlock[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [b.text.text]
    if (b.kind === 'list') return b.items.map((i) => i.text)
    if (b.kind === 'facts') return b.facts.map((f) => `${f.label}: ${f.value.text}`)
    return [...b.paragraphs, ...b.items].map((t) => t.text)
  })
const section = (d: NoticeDocument, id: string) => d.sections.find((s) => s.id === id)!
const missing = (d: NoticeDocument) =>
  d.sections
    .flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'facts'
          ? b.facts.map((f) => f.value)
          : b.kind === 'paragraph'
            ? [b.text]
            : b.kind === 'list'
              ? b.items
              : [],
      ),
    )
    .filter((t) => t.missing)

describe('composeNotice', () => {
  it('is layered: summary first, the right to object second, then controller, DPO and each purpose', () => {
    const d = doc('sv')
    expect(d.title).toBe('Integritetspolicy för Exempel AB')
    expect(d.sections.slice(0, 5).map((s) => s.id)).toEqual(['summary', 'objection', 'controller', 'dpo', 'purposes'])
    expect(section(d, 'objection').blocks[0]!.kind).toBe('callout')
    expect(texts(section(d, 'objection').blocks).join(' ')).toContain('direktmarknadsföring')
  })

  it('writes both languages with the same sections', () => {
    expect(doc('en').sections.map((s) => s.id)).toEqual(doc('sv').sections.map((s) => s.id))
    expect(doc('en').title).toBe('Privacy notice of Exempel AB')
  })

  it('states each purpose’s basis, interest, data, recipients, retention in words and requirement', () => {
    const facts = texts(section(doc('sv'), `purpose-${NOTICE_IDS.newsletterPurpose}`).blocks)
    expect(facts).toEqual([
      'Rättslig grund: Vårt berättigade intresse, efter en intresseavvägning (art. 6.1 f)',
      'Vårt berättigade intresse: Informera befintliga kunder om liknande tjänster',
      'Personuppgifter: E-postadress',
      'Vilka som berörs: Kunder',
      'Mottagare: IT-leverantör för drift',
      'Hur länge vi sparar uppgifterna: E-postadress: i 24 månader efter din senaste aktivitet hos oss',
      'Måste du lämna uppgifterna?: Nej, du är inte skyldig att lämna uppgifterna.',
    ])
    const credit = texts(section(doc('en'), `purpose-${NOTICE_IDS.creditPurpose}`).blocks)
    expect(credit).toContain('Where the data come from: Kreditupplysningsföretag')
    // Art 13(2)(e) is for data collected from the person; credit data come from elsewhere.
    expect(credit.some((t) => t.startsWith('Do you have to'))).toBe(false)
  })

  it('names the transfer, its country and safeguard and how to get a copy', () => {
    expect(texts(section(doc('sv'), 'transfers').blocks)).toContain(
      'Molnbolaget Inc. i USA: EU-kommissionens standardavtalsklausuler, beslut (EU) 2021/914 (art. 46.2 c). Du kan få en kopia av skyddsåtgärden genom att kontakta oss på info@exempel.se.',
    )
  })

  it('gives IMY’s current name and address', () => {
    expect(texts(section(doc('sv'), 'complaint').blocks)).toEqual(
      expect.arrayContaining(['Integritetsskyddsmyndigheten', 'Box 8114', '104 20 Stockholm', 'www.imy.se']),
    )
  })

  it('has no placeholders for a complete register, and marks each gap as one', () => {
    expect(missing(doc('sv'))).toEqual([])
    const gaps = missing(
      doc('sv', (s) => {
        s.organisation.dpoName = ''
        s.organisation.dpoEmail = ''
        s.activities[0]!.purposes[0]!.legalBasis = null
        s.activities[1]!.retention = []
        s.transfers = []
      }),
    ).map((t) => t.text)
    expect(gaps).toEqual(
      expect.arrayContaining([
        '[Inget dataskyddsombud angivet i organisationsuppgifterna]',
        '[Rättslig grund saknas i registret]',
        '[Lagringstid saknas i registret]',
        'Kundadministration: [Mottagare, land och skyddsåtgärd saknas i registret]',
      ]),
    )
  })

  it('adds withdrawal of consent only where consent is used', () => {
    expect(texts(section(doc('sv'), 'rights').blocks).join(' ')).not.toContain('återkalla')
    const consent = doc('sv', (s) => (s.activities[2]!.purposes[0]!.legalBasis = 'a_consent'))
    expect(texts(section(consent, 'rights').blocks).join(' ')).toContain('återkalla')
  })
})

describe('composeNotice and transfers the transfer rules reject', () => {
  it('does not promise an explicit consent the register flags as bundled, and marks it as a gap', () => {
    const d = doc('sv', (s) => {
      s.transfers[0]!.mechanism = {
        kind: 'derogation',
        ground: 'a_explicit_consent',
        justification: '',
        legalReference: '',
        consent: {
          explicit: false,
          specificToTransfer: false,
          riskInformationGiven: false,
          riskInformation: '',
          obtainedVia: 'account_creation',
          evidenceRef: '',
        },
        compellingInterest: null,
      }
    })
    const list = section(d, 'transfers').blocks.find((b) => b.kind === 'list')!
    expect(list.kind === 'list' && list.items[0]).toMatchObject({ missing: true })
    expect(texts(section(d, 'transfers').blocks).join(' ')).not.toContain('uttryckliga samtycke')
  })
})
