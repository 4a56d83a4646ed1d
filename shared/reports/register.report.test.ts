import { describe, expect, it } from 'vitest'
import { canonicalJson, sha256Hex } from '../kernel'
import { exampleSnapshot } from './fixtures'
import { buildActivityReport, buildRegisterReport, legalBasisLines } from './register.report'
import { buildReportMeta } from './report-common'
import type { FieldRow, ReportBlock, ReportSection } from './report.types'

const NOW = new Date('2026-03-05T09:00:00.000Z')
const meta = (data: ReturnType<typeof exampleSnapshot>, lang: 'sv' | 'en' = 'sv') =>
  buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang })

const rowsOf = (blocks: ReportBlock[]): FieldRow[] =>
  blocks.flatMap((b) => (b.type === 'fields' || b.type === 'entries' ? b.rows : []))
const row = (section: ReportSection, label: string) => rowsOf(section.blocks).find((r) => r.label.startsWith(label))

describe('the register report of the example workspace', () => {
  const data = exampleSnapshot(NOW)
  const doc = buildRegisterReport(data, meta(data))

  it('is sealed with the content hash a backup of the same data carries, and the audit head', () => {
    expect(doc.meta.contentHash).toBe(sha256Hex(canonicalJson(data)))
    const seal = rowsOf(doc.intro)
    expect(seal.find((r) => r.label === 'Innehållshash (SHA-256)')?.value).toEqual([doc.meta.contentHash])
    expect(seal.find((r) => r.label === 'Revisionslogg')?.value[0]).toBe(
      `1 post, senaste hash ${data.auditLog[0]!.hash}`,
    )
    expect(doc.footerText).toContain(`Sigill 1/${data.auditLog[0]!.hash.slice(0, 12)}`)
    expect(doc.headerText).toBe('MyNumbers AB – Registerförteckning')
    expect(doc.fileName).toBe('registerforteckning-2026-03-05')
  })

  it('names the controller and flags the missing DPO (Art 30(1)(a), 37(7))', () => {
    const org = doc.sections[0]!
    expect(org.heading).toBe('Personuppgiftsansvarig')
    expect(row(org, 'Namn')?.value).toEqual(['MyNumbers AB'])
    expect(row(org, 'Dataskyddsombud')).toEqual({ label: 'Dataskyddsombud', value: [], missing: true })
  })

  it('lists every activity with its legal bases in the overview, numbered as its section', () => {
    const overview = doc.sections[1]!.blocks[0]!
    if (overview.type !== 'table') throw new Error('expected a table')
    expect(overview.rows.map((r) => r[1]).sort()).toEqual(data.activities.map((a) => a.name).sort())
    const controllerRecord = doc.sections[2]!
    for (const a of data.activities) {
      const line = overview.rows.find((r) => r[1] === a.name)!
      const section = controllerRecord.subsections.find((s) => s.heading === a.name)!
      expect(section.number).toBe(line[0])
      expect(line[3]).toBe(legalBasisLines(a, 'sv').join('\n'))
    }
    expect(
      legalBasisLines(
        data.activities.find((a) => a.name.startsWith('Kontroll av firmateckning'))!,
        'sv',
      ),
    ).toEqual(['Rättslig grund saknas'])
  })

  it('prints every Art 30(1)(a)–(g) field of an activity as one dense entry, and marks what is missing', () => {
    const section = doc.sections[2]!.subsections.find((s) => s.heading === 'IT-support och drift')!
    expect(section.blocks.map((b) => b.type)).toEqual(['paragraph', 'entries'])
    const labels = rowsOf(section.blocks).map((r) => r.label)
    for (const point of ['b', 'c', 'd', 'e', 'f', 'g']) {
      expect(
        labels.some((l) => l.endsWith(`(${point})`)),
        point,
      ).toBe(true)
    }
    // The letters are explained once, under the record's heading.
    const key = doc.sections[2]!.blocks[0]!
    expect(key.type === 'paragraph' && key.text).toContain('punkten i artikel 30.1')
    // The retention period is missing on this activity: the row says so instead of printing nothing.
    expect(row(section, 'Gallring (f)')).toMatchObject({ missing: true, value: [] })
    expect(row(section, 'Ändamål och rättslig grund')?.value[0]).toMatch(/ – Art\. 6\.1 [a-f] – /)
    expect(row(section, 'Tredjeland (e)')?.value[1]).toMatch(/^Drift och lagring i USA .* – USA – /)
    expect(row(section, 'Särskilda uppgifter')?.value[0]).toMatch(
      /^Känsliga \(art\. 9\): .* · Lagöverträdelser \(art\. 10\): .* · Personnummer: .* · Källor: /,
    )
    // Role, status and the last change on one line under the heading.
    const about = section.blocks[0]!
    expect(about.type === 'paragraph' && about.text).toMatch(/^Personuppgiftsansvarig · Aktiv · .*\(version \d+\)$/)
    // The entries follow one another; the record itself starts on a new page after the overview.
    expect(section.pageBreakBefore).toBeUndefined()
    expect(doc.sections[2]!.pageBreakBefore).toBe(true)
  })

  it('numbers the entries and gives each its own anchor', () => {
    const entries = doc.sections[2]!.subsections
    expect(entries.map((s) => s.number)).toEqual(entries.map((_, i) => `3.${i + 1}`))
    expect(new Set(entries.map((s) => s.id)).size).toBe(entries.length)
  })

  it('has no Art 30(2) section while no activity is performed as processor, and one as soon as one is', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['organisation', 'overview', 'controller-record'])
    const changed = exampleSnapshot(NOW)
    changed.activities[0] = {
      ...changed.activities[0]!,
      role: 'processor',
      controllersServed: [{ name: 'Kund AB', contact: 'dpo@kund.se', representative: '', dpoContact: 'Eva Ek' }],
    }
    const withProcessor = buildRegisterReport(changed, meta(changed))
    const record = withProcessor.sections[3]!
    expect(record.heading).toBe('Förteckning som personuppgiftsbiträde (art. 30.2)')
    expect(record.subsections[0]?.number).toBe('4.1')
    expect(row(record.subsections[0]!, 'Personuppgiftsansvariga (art. 30.2 a)')?.value).toEqual([
      'Kund AB · dpo@kund.se · Eva Ek',
    ])
    expect(withProcessor.sections[2]!.subsections).toHaveLength(changed.activities.length - 1)
  })

  it('reads in English on request', () => {
    const en = buildRegisterReport(data, meta(data, 'en'))
    expect(en.title).toBe('Record of processing activities')
    expect(en.labels).toEqual({
      contents: 'Contents',
      notStated: 'Not stated',
      missing: 'Missing – required',
      continued: 'continued',
    })
    const overview = en.sections[1]!.blocks[0]!
    expect(overview.type === 'table' && overview.rows.some((r) => r[3]?.includes('Art 6(1)(b) – Contract'))).toBe(true)
  })
})

describe('the single-activity report', () => {
  it('is the activity with every field, after the organisation; null for an unknown id', () => {
    const data = exampleSnapshot(NOW)
    const a = data.activities[3]!
    const doc = buildActivityReport(data, meta(data), a.id)!
    expect(doc.kind).toBe('activity')
    expect(doc.subtitle.startsWith(a.name)).toBe(true)
    expect(doc.sections.map((s) => s.heading)).toEqual(['Personuppgiftsansvarig', a.name])
    expect(buildActivityReport(data, meta(data), '00000000-0000-4000-8000-000000000000')).toBeNull()
  })
})
