import { describe, expect, it } from 'vitest'
import { withPageMargins } from '@/platform/browser-files'

describe('the browser print path', () => {
  it('adds the header, footer and page numbers as page-margin boxes, with the texts escaped for CSS', () => {
    const html = '<!doctype html><html><head><title>x</title></head><body>r</body></html>'
    const out = withPageMargins({
      html,
      suggestedName: 'r.pdf',
      headerText: 'MyNumbers AB – "Register"',
      footerText: '</style><script>x</script>',
    })
    expect(out).toContain('@top-left { content: "MyNumbers AB \\2013  \\22 Register\\22 ";')
    expect(out).toContain('counter(page) " / " counter(pages)')
    expect(out).not.toContain('</style><script>')
    expect(out.indexOf('@page')).toBeLessThan(out.indexOf('</head>'))
  })
})
