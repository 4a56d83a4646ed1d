import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../register'
import { exampleSnapshot } from './fixtures'
import { buildRegisterReport } from './register.report'
import { buildReportMeta } from './report-common'
import { reportParts } from './report-parts'
import type { ReportDocument, ReportSection } from './report.types'

const NOW = new Date('2026-03-05T09:00:00.000Z')

/** The example register grown to `n` activities (copies of the example's, renamed). */
function register(n: number): ReportDocument {
  const data = exampleSnapshot(NOW)
  const base = data.activities
  data.activities = Array.from({ length: n }, (_, i): ProcessingActivity => {
    const a = base[i % base.length]!
    const id = `${a.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`
    return { ...a, id, name: `${a.name} ${i}` }
  })
  return buildRegisterReport(data, buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang: 'sv' }))
}

/** Every activity entry in the parts, in print order. */
const entriesOf = (sections: ReportSection[]) =>
  sections.flatMap((s) => s.subsections.filter((sub) => sub.id.startsWith('activity-')))

describe('reportParts', () => {
  it('keeps a short report in one part, the cover first and the sections as they are', () => {
    const doc = register(8)
    const parts = reportParts(doc)
    expect(parts).toHaveLength(1)
    expect(parts[0]!.cover).toBe(true)
    expect(parts[0]!.sections.map((s) => s.id)).toEqual(doc.sections.map((s) => s.id))
    expect(entriesOf(parts[0]!.sections)).toHaveLength(8)
  })

  it('cuts a long register into parts of about the budget, losing, repeating and reordering nothing', () => {
    const doc = register(400)
    const budget = 20_000
    const parts = reportParts(doc, budget)
    expect(parts.length).toBeGreaterThan(4)
    expect(parts.map((p) => p.cover)).toEqual([true, ...parts.slice(1).map(() => false)])
    for (const p of parts) expect(JSON.stringify(p.sections).length).toBeLessThan(budget * 1.2)

    const printed = parts.flatMap((p) => entriesOf(p.sections).map((s) => s.id))
    expect(printed).toEqual(doc.sections[2]!.subsections.map((s) => s.id))
    // The overview table's rows, cut between parts, are all there once and in order, each piece with its header.
    const overview = parts.flatMap((p) =>
      p.sections.filter((s) => s.id.startsWith('overview')).flatMap((s) => s.blocks),
    )
    expect(overview.length).toBeGreaterThan(1)
    const rows = overview.flatMap((b) => (b.type === 'table' ? b.rows : []))
    const whole = doc.sections[1]!.blocks[0]!
    expect(rows).toEqual(whole.type === 'table' ? whole.rows : [])
    for (const b of overview) expect(b.type === 'table' && b.columns.length).toBe(5)
  })

  it('repeats a section’s heading where it goes on, marked as continued, with an id of its own', () => {
    const parts = reportParts(register(400), 60_000)
    const record = parts.flatMap((p) => p.sections).filter((s) => s.number === '3')
    expect(record[0]).toMatchObject({ id: 'controller-record', pageBreakBefore: true })
    expect(record[0]!.continued).toBeUndefined()
    expect(record.length).toBeGreaterThan(2)
    for (const s of record.slice(1)) expect(s).toMatchObject({ continued: true, pageBreakBefore: false })
    expect(new Set(record.map((s) => s.id)).size).toBe(record.length)
  })

  it('never ends a part with a heading alone', () => {
    for (const budget of [20_000, 45_000, 60_000, 90_000]) {
      for (const p of reportParts(register(200), budget)) {
        const last = p.sections.at(-1)!
        expect(last.blocks.length + last.subsections.length, `budget ${budget}`).toBeGreaterThan(0)
      }
    }
  })
})
