import { describe, expect, it } from 'vitest'
import { composeNotice } from './notice.document'
import { completeSources } from './notice.fixtures'
import { buildNoticeModel } from './notice.model'
import { escapeHtml, escapeMarkdown, noticeToHtml, noticeToMarkdown } from './notice.render'

const hostile = '<img src=x onerror=alert(1)> *AB* [x](javascript:y)'
const doc = (name = 'Exempel AB') =>
  composeNotice(buildNoticeModel(completeSources((s) => (s.organisation.name = name))), 'sv')

describe('noticeToHtml', () => {
  it('is a complete document with a CSP that allows no script and nothing external', () => {
    const html = noticeToHtml(doc(), 'Genererad 2026-03-01')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).toContain('<h1>Integritetspolicy för Exempel AB</h1>')
    expect(html).toContain('<aside class="callout">')
    expect(html).toContain('<footer>Genererad 2026-03-01</footer>')
    expect(html).not.toMatch(/<script|src=|href=/i)
  })
  it('escapes every register string', () => {
    const html = noticeToHtml(doc(hostile))
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;')
  })
  it('marks placeholders so they stand out in print', () => {
    const html = noticeToHtml(composeNotice(buildNoticeModel(completeSources((s) => (s.transfers = []))), 'sv'))
    expect(html).toContain(
      '<mark class="missing">Kundadministration: [Mottagare, land och skyddsåtgärd saknas i registret]</mark>',
    )
  })
})

describe('noticeToMarkdown', () => {
  it('writes a title, section headings, facts and the callout as a quote', () => {
    const md = noticeToMarkdown(doc())
    expect(md.startsWith('# Integritetspolicy för Exempel AB\n\n## I korthet\n')).toBe(true)
    expect(md).toContain('\n### Skicka nyhetsbrev till befintliga kunder\n')
    expect(md).toContain('- **Rättslig grund:** Vårt berättigade intresse')
    expect(md).toContain('- **Måste du lämna uppgifterna?** Nej')
    expect(md).toContain('> Du har alltid rätt att invända')
  })
  it('escapes Markdown syntax in register strings so it shows literally', () => {
    const md = noticeToMarkdown(doc(hostile))
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*AB\\* \\[x\\](javascript:y)')
    expect(escapeMarkdown('# inte en rubrik')).toBe('\\# inte en rubrik')
    expect(escapeMarkdown('rad\nett')).toBe('rad ett')
  })
})
