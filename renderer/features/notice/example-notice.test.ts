import { describe, expect, it } from 'vitest'
import { myNumbersWorkspace } from '@shared/example'
import { compareNotice, type NoticeFinding, type NoticeSources } from '@shared/notice'
import { EXAMPLE_NOTICE_TEXT } from './example-notice'

function exampleSources(): NoticeSources {
  const { organisation, collections: c } = myNumbersWorkspace(new Date('2026-03-02T09:00:00.000Z'))
  return {
    organisation,
    activities: c.activities ?? [],
    lias: c.lias ?? [],
    transfers: c.transfers ?? [],
    vendors: c.vendors ?? [],
  }
}

// The real gaps of MyNumbers AB's published policy (resources/mynumbers-integritetspolicy.txt).
describe('the example’s published policy checked against the example register', () => {
  const text = EXAMPLE_NOTICE_TEXT
  const result = compareNotice(text, exampleSources())
  const find = (code: string): NoticeFinding => {
    const f = result.findings.find((x) => x.code === code)
    expect(f, code).toBeDefined()
    return f!
  }
  const quoted = (f: NoticeFinding) => f.passages.map((p) => text.slice(p.start, p.end))
  const status = (element: string) => result.coverage.find((c) => c.element === element)?.status

  it('finds Datainspektionen everywhere it is named', () => {
    const f = find('notice/outdated-authority')
    expect(f.passages.length).toBeGreaterThanOrEqual(5)
    expect(quoted(f).every((q) => /datainspektionen/i.test(q))).toBe(true)
    expect(status('complaint')).toBe('partial')
  })

  it('finds the transfer outside the EU/EEA "consented to" by creating an account, at its sentence', () => {
    const f = find('notice/transfer-consent-by-account')
    expect(f.severity).toBe('high')
    expect(quoted(f)[0]).toMatch(/^Genom\s+att skapa ett MyNumbers-konto samtycker användaren/)
    expect(f.records.length).toBeGreaterThan(0)
    expect(status('transfers')).toBe('partial')
  })

  it('finds annex 1 referred to but empty, pointing at the reference and the empty heading', () => {
    const f = find('notice/annex-missing')
    expect(f.message.en).toContain('empty')
    expect(quoted(f)).toEqual(['bilaga 1', 'Bilaga 1 – Personuppgiftsöversikt'])
    expect(f.passages[1]!.line).toBe(text.trimEnd().split('\n').length)
  })

  it('finds that neither the text nor the register names a DPO', () => {
    expect(find('notice/element-dpo-contact').message.en).toContain('Neither')
    expect(status('dpo_contact')).toBe('missing')
  })

  it('finds consent drawn from downloading the app (cookies) and profiling left unexplained', () => {
    const consent = result.findings
      .filter((f) => f.code === 'notice/implied-consent')
      .flatMap(quoted)
      .map((q) => q.replace(/\s+/g, ' '))
    expect(consent).toContain(
      'Genom att ladda ner appen samtycker du till att vi lagrar och hämtar viss teknisk information från utrustningen.',
    )
    expect(find('notice/element-automated-decisions').passages.length).toBeGreaterThan(0)
    expect(find('notice/element-withdraw-consent')).toBeDefined()
  })

  it('finds the register’s own gaps: purposes without a basis, activities without retention', () => {
    expect(find('notice/basis-missing-in-register').records.map((r) => r.label)).toEqual(
      expect.arrayContaining([
        'Kontroll av firmateckningsrätt',
        'Cookies och liknande tekniker på webbplats och i app',
      ]),
    )
    expect(find('notice/retention-missing-in-register').records.length).toBeGreaterThan(0)
  })

  it('finds the "punkten 3" the policy refers to without having numbered parts', () => {
    expect(quoted(find('notice/reference-missing'))).toEqual(['punkten 3'])
  })

  it('sees what the policy does cover: controller, purposes, rights and the separate right to object', () => {
    for (const element of ['controller_identity', 'purposes', 'legal_basis', 'rights', 'objection']) {
      expect(status(element), element).toBe('covered')
    }
  })
})
