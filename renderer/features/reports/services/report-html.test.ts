import { describe, expect, it } from 'vitest'
import { buildRegisterReport, buildReportMeta } from '@shared/reports'
import { exampleSnapshot } from '@shared/reports/fixtures'
import { REPORT_PART_MARKER } from '@shared/reports/report-parts'
import { renderReportHtml } from './report-html'

const NOW = new Date('2026-03-05T09:00:00.000Z')

describe('renderReportHtml', () => {
  it('renders the example register as one self-contained document with every activity and its legal bases', async () => {
    const data = exampleSnapshot(NOW)
    const doc = buildRegisterReport(data, buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang: 'sv' }))
    const html = await renderReportHtml(doc)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
    expect(html).not.toMatch(/<script|javascript:|<link|src="http/i)
    for (const a of data.activities) expect(html).toContain(a.name)
    expect(html).toContain('Art. 6.1 b – Avtal')
    expect(html).toContain('Art. 6.1 f – Berättigat intresse')
    expect(html).toContain(doc.meta.contentHash)
  })

  it('prints a hostile activity name as text, never as markup', async () => {
    const data = exampleSnapshot(NOW)
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    data.activities[0] = { ...data.activities[0]!, name: evil, description: '"><svg onload=alert(3)>' }
    data.organisation = { ...data.organisation, name: '</title><script>alert(4)</script>' }
    const doc = buildRegisterReport(data, buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang: 'en' }))
    const html = await renderReportHtml(doc)
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<svg')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('lang="en"')
  })

  it('renders a long register in parts, each a report article, every activity once and still escaped', async () => {
    const data = exampleSnapshot(NOW)
    const evil = '<img src=x onerror=alert(1)>'
    const base = data.activities
    data.activities = Array.from({ length: 120 }, (_, i) => {
      const a = base[i % base.length]!
      return { ...a, id: `${a.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`, name: `${evil} ${i}` }
    })
    const doc = buildRegisterReport(data, buildReportMeta(data, { now: NOW, appVersion: '0.1.0', lang: 'sv' }))
    const html = await renderReportHtml(doc, 40_000)
    const bodies = html.split(REPORT_PART_MARKER)
    expect(bodies.length).toBeGreaterThan(3)
    expect(html.match(/<article class="dpo-report"/g)).toHaveLength(bodies.length)
    // The cover and contents only once, at the start.
    expect(html.match(/class="cover"/g)).toHaveLength(1)
    expect(html).toContain('(forts.)')
    for (let i = 0; i < 120; i++) expect(html.split(`&lt;img src=x onerror=alert(1)&gt; ${i}<`).length - 1).toBe(2)
    expect(html).not.toContain('<img')
  })
})
