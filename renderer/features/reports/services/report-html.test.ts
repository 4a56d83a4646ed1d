import { describe, expect, it } from 'vitest'
import { buildRegisterReport, buildReportMeta } from '@shared/reports'
import { exampleSnapshot } from '@shared/reports/fixtures'
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
})
