import { describe, expect, it } from 'vitest'
import { decodeEntities, formatOfFile, htmlToText, markdownToText, publishedText } from './published-text'

describe('formatOfFile', () => {
  it('reads .txt, .html and .md files and nothing else', () => {
    expect(formatOfFile('policy.TXT')).toBe('text')
    expect(formatOfFile('integritet.htm')).toBe('html')
    expect(formatOfFile('notice.markdown')).toBe('markdown')
    expect(formatOfFile('policy.pdf')).toBeNull()
    expect(formatOfFile('README')).toBeNull()
  })
})

describe('htmlToText', () => {
  it('keeps the text, drops scripts, styles, comments and tags, and never keeps markup', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body>' +
      '<h1>Integritets&shy;policy</h1><!-- draft --><p>Vi &amp; ni<br>rad två</p>' +
      '<script>alert(1)</script><ul><li>Namn</li><li>E-post</li></ul>' +
      '<p onclick="steal()">Klagomål till <b>IMY</b> &#8211; &#x2014; &aring;&auml;&ouml;</p></body></html>'
    const text = htmlToText(html)
    expect(text).toBe('Integritetspolicy\n\nVi & ni\nrad två\n\n● Namn\n● E-post\n\nKlagomål till IMY – — åäö')
    expect(text).not.toMatch(/[<>]/)
  })
  it('turns an encoded tag into harmless text', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe('<img src=x onerror=alert(1)>')
  })
  it('leaves unknown and invalid entities as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#65;')).toBe('&bogus; &#xD800; A')
  })
})

describe('markdownToText', () => {
  it('removes heading marks, emphasis, links and quotes, keeping lines and paragraphs', () => {
    const md = '# Rubrik\n\n## Del\n\nText med **fet** och _kursiv_ och [länk](https://x.se).\n\n> - punkt\n- annan\n'
    expect(markdownToText(md)).toBe('Rubrik\n\nDel\n\nText med fet och kursiv och länk.\n\n● punkt\n● annan')
  })
})

describe('publishedText', () => {
  it('drops a BOM and CR line ends from plain text, and converts the other formats', () => {
    expect(publishedText('\uFEFFrad 1\r\nrad 2', 'text')).toBe('rad 1\nrad 2')
    expect(publishedText('<p>a</p>', 'html')).toBe('a')
    expect(publishedText('**a**', 'markdown')).toBe('a')
  })
})
