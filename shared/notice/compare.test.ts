import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { NoticeLocale } from '../retention'
import { compareNotice, textSegments } from './compare'
import { composeNotice } from './notice.document'
import type { NoticeFinding } from './notice-finding'
import { completeSources, NOTICE_IDS, type EditableSources } from './notice.fixtures'
import { buildNoticeModel, type NoticeSources } from './notice.model'
import { noticeToMarkdown } from './notice.render'
import { markdownToText } from './published-text'

type Sources = EditableSources

/** The notice generated from the complete fixture, as published plain text, without the named sections. */
function textOf(drop: string[] = [], locale: NoticeLocale = 'sv', sources: NoticeSources = completeSources()): string {
  const doc = composeNotice(buildNoticeModel(sources), locale)
  return markdownToText(noticeToMarkdown({ ...doc, sections: doc.sections.filter((s) => !drop.includes(s.id)) }))
}

const compare = (text: string, change?: (s: Sources) => void) => compareNotice(text, completeSources(change)).findings
const codes = (findings: NoticeFinding[]) => findings.map((f) => f.code)
const only = (findings: NoticeFinding[], code: string) => findings.filter((f) => f.code === code)
const passage = (text: string, f: NoticeFinding, i = 0) => text.slice(f.passages[i]!.start, f.passages[i]!.end)
const BASELINE = textOf()

describe('a notice generated from the same register', () => {
  it.each(['sv', 'en'] as const)('passes its own check in %s: no findings, every element that applies covered', (l) => {
    const result = compareNotice(textOf([], l), completeSources())
    expect(result.findings.map((f) => `${f.code}: ${f.message.en}`)).toEqual([])
    const notCovered = result.coverage.filter((c) => c.status !== 'covered' && c.status !== 'not_applicable')
    expect(notCovered.map((c) => `${c.element} ${c.status}`)).toEqual([])
  })
})

describe('text rules', () => {
  it('outdated authority: finds every Datainspektionen, stays quiet with IMY', () => {
    const text = `${BASELINE}\n\nKlagomål: Datainspektionen, Box 8114, www.datainspektionen.se`
    const [f] = only(compare(text), 'notice/outdated-authority')
    expect(f!.passages.map((p) => text.slice(p.start, p.end))).toEqual(['Datainspektionen', 'datainspektionen.se'])
    expect(f!.passages[0]!.line).toBe(text.split('\n').length)
    expect(codes(compare(BASELINE))).not.toContain('notice/outdated-authority')
  })

  it('annex: finds an empty and an absent annex, stays quiet when the annex has content', () => {
    const referred = `${BASELINE}\n\nSe bilaga 1 (Personuppgiftsöversikt).`
    const empty = only(compare(`${referred}\n\nBilaga 1 – Personuppgiftsöversikt\n`), 'notice/annex-missing')
    expect(empty).toHaveLength(1)
    expect(empty[0]!.message.en).toContain('empty')
    expect(empty[0]!.passages).toHaveLength(2)
    expect(only(compare(referred), 'notice/annex-missing')[0]!.message.en).toContain('missing')
    const table = 'Kontaktuppgifter | Kundavtal | 12 månader efter avslutat avtal\n'.repeat(5)
    expect(codes(compare(`${referred}\n\nBilaga 1 – Personuppgiftsöversikt\n${table}`))).not.toContain(
      'notice/annex-missing',
    )
  })

  it('numbered reference: finds "punkten 3" without numbered parts, stays quiet when part 3 exists', () => {
    const text = `${BASELINE}\n\nVi samkör uppgifter för de syften som framgår av punkten 3.`
    const [f] = only(compare(text), 'notice/reference-missing')
    expect(passage(text, f!)).toBe('punkten 3')
    expect(codes(compare(`${text}\n\n3. Ändamål\nText.`))).not.toContain('notice/reference-missing')
  })

  it('implied consent: finds consent drawn from downloading the app, stays quiet for a separate choice', () => {
    const text = `${BASELINE}\n\nGenom att ladda ner appen samtycker du till att vi lagrar teknisk information.`
    const [f] = only(compare(text), 'notice/implied-consent')
    expect(passage(text, f!)).toBe('Genom att ladda ner appen samtycker du till att vi lagrar teknisk information.')
    const separate = `${BASELINE}\n\nDu kan ge ditt samtycke till analyscookies med en separat kryssruta.`
    expect(codes(compare(separate))).not.toContain('notice/implied-consent')
  })

  it('transfer consent by account creation: finds it across a line break and links the flagged transfer', () => {
    const text = `${BASELINE}\n\nGenom\natt skapa ett konto samtycker du till att uppgifterna förs över utanför EU/EES.`
    const found = compare(text, (s) => {
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
    const [f] = only(found, 'notice/transfer-consent-by-account')
    expect(f!.severity).toBe('high')
    expect(f!.records.map((r) => r.route)).toContain(`/transfers/${NOTICE_IDS.transfer}`)
    // Reported once: the register's own flag on the same bundled consent is folded into it.
    expect(codes(found)).not.toContain('notice/transfer-consent-flagged')
    expect(codes(compare(BASELINE))).not.toContain('notice/transfer-consent-by-account')
  })
})

describe('Art 13/14 elements', () => {
  it('DPO: finds a missing DPO and says whether the register has one', () => {
    const text = textOf(['dpo'])
    expect(only(compare(text), 'notice/element-dpo-contact')[0]!.message.en).toContain(
      'in the organisation profile but not',
    )
    const neither = only(
      compare(text, (s) => Object.assign(s.organisation, { dpoName: '', dpoEmail: '' })),
      'notice/element-dpo-contact',
    )
    expect(neither[0]!.message.en).toContain('Neither')
    expect(neither[0]!.records[0]!.route).toBe('/settings')
  })

  it('rights: names the rights the text lacks', () => {
    const text = BASELINE.replace(/^.*(raderade|begränsa).*$/gm, '')
    const [f] = only(compare(text), 'notice/element-rights')
    expect(f!.message.en).toContain('erasure')
    expect(f!.message.en).toContain('restriction')
  })

  it('objection: finds a notice without a separate statement of the right to object', () => {
    const text = textOf(['objection', 'rights', 'summary'])
    expect(codes(compare(text))).toContain('notice/element-objection')
    // No legitimate interest, public task or marketing: nothing to object to, nothing reported.
    expect(codes(compare(text, (s) => s.activities.splice(2, 1)))).not.toContain('notice/element-objection')
  })

  it('withdrawing consent: finds it missing once a purpose relies on consent', () => {
    const consent = (s: Sources) => (s.activities[2]!.purposes[0]!.legalBasis = 'a_consent')
    expect(codes(compare(BASELINE, consent))).toContain('notice/element-withdraw-consent')
    expect(codes(compare(textOf([], 'sv', completeSources(consent)), consent))).not.toContain(
      'notice/element-withdraw-consent',
    )
  })

  it('complaint, requirement and automated decisions: finds each missing', () => {
    expect(codes(compare(textOf(['complaint'])))).toContain('notice/element-complaint')
    const noRequirement = BASELINE.replace(/^.*Måste du lämna.*$/gm, '')
    expect(codes(compare(noRequirement))).toContain('notice/element-requirement')
    const profiling = `${textOf(['automated'])}\n\nVi samkör och segmenterar kunduppgifter för riktad marknadsföring.`
    const [f] = only(compare(profiling), 'notice/element-automated-decisions')
    expect(passage(profiling, f!)).toBe('Vi samkör och segmenterar kunduppgifter för riktad marknadsföring.')
  })
})

describe('differences from the register', () => {
  it('purposes: finds a register purpose the text lacks, linked to its activity', () => {
    const text = textOf(['summary', `purpose-${NOTICE_IDS.creditPurpose}`])
    const [f] = only(compare(text), 'notice/purpose-not-in-text')
    expect(f!.records).toEqual([
      { kind: 'activity', id: NOTICE_IDS.credit, label: 'Kreditprövning', route: `/register/${NOTICE_IDS.credit}` },
    ])
    expect(codes(compare(BASELINE))).not.toContain('notice/purpose-not-in-text')
  })

  it('purposes: finds a purpose in the text that the register does not have', () => {
    const text = `${BASELINE}\n\nBedrägeribekämpning\nVi använder dina uppgifter för att upptäcka bedrägerier och förebygga penningtvätt.`
    const [f] = only(compare(text), 'notice/purpose-not-in-register')
    expect(f!.message.sv).toContain('upptäcka bedrägerier och förebygga penningtvätt')
    const known = `${BASELINE}\n\nFakturering\nVi använder dina uppgifter för att administrera kundavtal och fakturera kunder.`
    expect(codes(compare(known))).not.toContain('notice/purpose-not-in-register')
  })

  it('bases: finds a basis only the register has, one only the text has, and a purpose without one', () => {
    const found = compare(BASELINE, (s) => (s.activities[2]!.purposes[0]!.legalBasis = 'a_consent'))
    expect(only(found, 'notice/basis-not-in-text')[0]!.message.en).toContain('consent')
    expect(only(found, 'notice/basis-not-in-register')[0]!.message.en).toContain('legitimate interests')
    const none = compare(BASELINE, (s) => (s.activities[0]!.purposes[0]!.legalBasis = null))
    expect(only(none, 'notice/basis-missing-in-register')[0]!.records[0]!.id).toBe(NOTICE_IDS.customers)
  })

  it('legitimate interests: finds an interest the register lacks, and one the text does not state', () => {
    const missing = compare(BASELINE, (s) => (s.lias = []))
    expect(codes(missing)).toContain('notice/interest-missing-in-register')
    const changed = compare(BASELINE, (s) => {
      s.lias[0]!.answers.interest = {
        description: 'Sälja kunddata till annonsnätverk',
        holder: 'controller',
        thirdPartyName: '',
      }
    })
    const [f] = only(changed, 'notice/interest-not-in-text')
    expect(f!.records.map((r) => r.route)).toEqual([`/register/${NOTICE_IDS.newsletter}`, `/lia/${NOTICE_IDS.lia}`])
  })

  it('recipients, sources and categories: finds what the register has and the text lacks', () => {
    const found = compare(BASELINE, (s) => {
      s.activities[0]!.recipients.push({ name: 'Inkassobolag', kind: 'controller', country: 'SE', vendorId: null })
      s.activities[3]!.sources.push('Bilregistret hos Transportstyrelsen')
      s.activities[3]!.personalDataCategories.push('Registreringsnummer')
    })
    expect(only(found, 'notice/recipient-not-in-text')[0]!.message.sv).toContain('Inkassobolag')
    expect(only(found, 'notice/source-not-in-text')[0]!.message.sv).toContain('Transportstyrelsen')
    expect(only(found, 'notice/category-not-in-text')[0]!.message.sv).toContain('Registreringsnummer')
  })

  it('recipients: finds a recipient the text lists that the register does not have', () => {
    const text = `${BASELINE}\n\nVilka delar vi uppgifter med?\n● Reklambyråer som tar fram kampanjer\n`
    const [f] = only(compare(text), 'notice/recipient-not-in-register')
    expect(f!.message.sv).toContain('Reklambyråer som tar fram kampanjer')
  })
})

describe('transfers', () => {
  it('finds transfers missing from the text, and text transfers missing from the register', () => {
    expect(only(compare(textOf(['transfers'])), 'notice/transfer-not-in-text')[0]!.severity).toBe('high')
    const noTransfers = (s: Sources) => {
      s.transfers = []
      s.activities[0]!.thirdCountryTransfers = false
    }
    expect(codes(compare(BASELINE, noTransfers))).toContain('notice/transfer-not-in-register')
  })

  it('finds a transfer without safeguard, a country not named, and a transfer without a record', () => {
    const vague = `${textOf(['transfers'])}\n\nUppgifter kan överföras till USA, utanför EU/EES.`
    expect(codes(compare(vague))).toContain('notice/transfer-safeguard-not-in-text')
    expect(codes(compare(BASELINE, (s) => (s.transfers[0]!.destinationCountry = 'IN')))).toContain(
      'notice/transfer-country-not-in-text',
    )
    const [f] = only(
      compare(BASELINE, (s) => (s.transfers = [])),
      'notice/transfer-unrecorded',
    )
    expect(f!.records[0]!.route).toBe(`/register/${NOTICE_IDS.customers}`)
  })

  it('finds a recorded transfer whose consent the transfer rules flag, when the text does not say it', () => {
    const found = compare(BASELINE, (s) => {
      s.transfers[0]!.mechanism = {
        kind: 'derogation',
        ground: 'a_explicit_consent',
        justification: '',
        legalReference: '',
        consent: {
          explicit: true,
          specificToTransfer: true,
          riskInformationGiven: false,
          riskInformation: '',
          obtainedVia: 'terms',
          evidenceRef: '',
        },
        compellingInterest: null,
      }
    })
    expect(only(found, 'notice/transfer-consent-flagged')[0]!.records[0]!.route).toBe(
      `/transfers/${NOTICE_IDS.transfer}`,
    )
  })
})

describe('retention', () => {
  it('finds a register period the text lacks and a text period the register lacks', () => {
    const found = compare(BASELINE, (s) => (s.activities[2]!.retention[0]!.period = 'P36M'))
    expect(only(found, 'notice/retention-not-in-text')[0]!.message.sv).toContain('36 månader')
    const [extra] = only(found, 'notice/retention-not-in-register')
    expect(passage(BASELINE, extra!)).toBe('24 månader')
  })

  it('finds the Bookkeeping Act named without its period', () => {
    const vague = BASELINE.replace(/till och med det sjunde året[^)]*\)/, 'enligt bokföringslagen')
    expect(codes(compare(vague))).toContain('notice/retention-vague')
  })

  it('finds activities without retention in the register', () => {
    const [f] = only(
      compare(BASELINE, (s) => (s.activities[1]!.retention = [])),
      'notice/retention-missing-in-register',
    )
    expect(f!.records.map((r) => r.id)).toEqual([NOTICE_IDS.bookkeeping])
  })
})

describe('ordering and keys', () => {
  it('lists high before medium before low, with unique keys', () => {
    const text = `${textOf(['dpo', 'transfers'])}\n\nDatainspektionen. Se bilaga 2.`
    const found = compare(text)
    const rank = { high: 0, medium: 1, low: 2 }
    expect(found.map((f) => rank[f.severity])).toEqual([...found.map((f) => rank[f.severity])].sort())
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length)
  })
})

describe('textSegments', () => {
  it('cuts the text into runs that together are the text, each with the findings covering it', () => {
    const text = 'abcdefghij'
    const f = (key: string, start: number, end: number) =>
      ({ key, passages: [{ start, end, line: 1 }] }) as NoticeFinding
    const segments = textSegments(text, [f('a', 2, 5), f('b', 4, 8)])
    expect(segments.map((s) => [s.text, s.findingKeys])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['e', ['a', 'b']],
      ['fgh', ['b']],
      ['ij', []],
    ])
  })

  it('always rebuilds the text exactly, and marks a character exactly when a passage covers it', () => {
    const span = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 6 }), (text, spans) => {
        const findings = spans.map(
          ([start, end], i) => ({ key: `k${i}`, passages: [{ start: start!, end: end!, line: 1 }] }) as NoticeFinding,
        )
        const segments = textSegments(text, findings)
        expect(segments.map((s) => s.text).join('')).toBe(text)
        for (const s of segments) {
          for (let i = s.start; i < s.end; i++) {
            const covering = findings
              .filter((f) => f.passages[0]!.start <= i && i < f.passages[0]!.end)
              .map((f) => f.key)
            expect(s.findingKeys).toEqual(covering)
          }
        }
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
