import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyOrganisation, type Organisation } from '../organisation'
import type { Breach } from './breach.schema'
import { notifiedBreach } from './fixtures'
import { escapeHtml, imyDraftHtml } from './imy-draft.html'
import { breachReference, formatSwedishInstant, imyDraftModel, type ImyDraftContext } from './imy-draft.model'

const organisation: Organisation = {
  ...emptyOrganisation(),
  name: 'MyNumbers AB',
  orgNumber: '559138-5959',
  address: 'Norrtullsgatan 6',
  postalCode: '113 29',
  city: 'Stockholm',
  dpoName: 'Anna Andersson',
  dpoEmail: 'dpo@mynumbers.com',
}
const ctx = (over: Partial<ImyDraftContext> = {}): ImyDraftContext => ({
  organisation,
  activityNames: ['Lönehantering'],
  processorName: null,
  now: new Date('2026-06-20T08:00:00Z'),
  ...over,
})
const answer = (b: Breach, question: string, c = ctx()) =>
  imyDraftModel(b, c)
    .sections.flatMap((s) => s.items)
    .find((i) => i.question.startsWith(question))

describe('imyDraftModel (IMY breach form, domain-reference §5.4)', () => {
  it('answers the numbered questions from the record, in Swedish and Stockholm time', () => {
    const b = notifiedBreach()
    const model = imyDraftModel(b, ctx())
    expect(model.sections.map((s) => s.key)).toEqual([
      'controller',
      'incident',
      'subjects',
      'consequences',
      'measures',
      'communication',
    ])
    expect(answer(b, 'Personuppgiftsansvarigs namn')).toMatchObject({ no: '1', answer: 'MyNumbers AB' })
    expect(answer(b, 'Organisationsnummer')?.answer).toBe('559138-5959')
    expect(answer(b, 'Postadress')?.answer).toBe('Norrtullsgatan 6\n113 29 Stockholm')
    expect(answer(b, 'När fick ni kännedom')?.answer).toBe('fre 19 jun 2026 kl. 14:20')
    expect(answer(b, 'Vilka grupper')).toMatchObject({ no: '25', answer: 'employees' })
    expect(answer(b, 'Ungefärligt antal berörda registrerade')?.answer).toBe('cirka 120')
    expect(answer(b, 'Vilka åtgärder har vidtagits')?.answer).toBe('Remote wipe requested\nBank informed')
    expect(answer(b, 'När informerades')).toMatchObject({ no: '32', answer: 'lör 20 jun 2026 kl. 12:00 (e-mail)' })
    expect(answer(b, 'Skäl till att anmälan görs senare')?.answer).toBe('Anmälan görs inom 72 timmar.')
    expect(model.publicRecordWarning).toContain('allmän handling')
  })

  it('takes the contact point from the notification, else from the DPO in the organisation profile', () => {
    expect(answer(notifiedBreach(), 'Kontaktperson')?.answer).toBe('DPO, dpo@example.se')
    const b = notifiedBreach()
    b.imy.contactPoint = ''
    expect(answer(b, 'Kontaktperson')?.answer).toBe('Anna Andersson\ndpo@mynumbers.com')
  })

  it('marks missing answers and counts them', () => {
    const b = notifiedBreach({ howDiscovered: '', occurredTo: null })
    const model = imyDraftModel(b, ctx())
    expect(answer(b, 'Hur upptäcktes')?.missing).toBe(true)
    expect(answer(b, 'När upphörde')).toMatchObject({ no: '13', missing: true })
    expect(model.missingCount).toBeGreaterThanOrEqual(2)
  })

  it('asks for the delay reason when late, and why the subjects are not told (35)', () => {
    const b = notifiedBreach({
      subjects: { ...notifiedBreach().subjects, decision: 'art34_3_a', informedAt: null, reasoning: 'Encrypted disk.' },
    })
    b.imy.notifiedAt = '2026-06-23T09:00:00+02:00'
    b.imy.delayReason = 'The processor reported late.'
    expect(answer(b, 'Skäl till att anmälan görs senare')?.answer).toBe('The processor reported late.')
    expect(answer(b, 'Varför informeras inte')).toMatchObject({ no: '35', answer: 'Encrypted disk.' })
    expect(answer(b, 'När informerades')).toBeUndefined()
  })

  it('lists supplements of a phased notification and flags secrecy terms', () => {
    const b = notifiedBreach({ description: 'Lönefil med personnummer skickad fel.' })
    b.imy.phased = true
    b.imy.supplements = [{ sentAt: '2026-06-25T10:00:00+02:00', summary: 'Exakt antal: 118' }]
    const model = imyDraftModel(b, ctx())
    expect(model.sections.at(-1)?.items.map((i) => i.answer)).toEqual(['Ja', 'Exakt antal: 118'])
    expect(model.secrecyTerms).toContain('personnummer')
  })

  it('gives a stable reference without personal data', () => {
    expect(breachReference(notifiedBreach())).toBe('PUI-2026-3E4F5A6B')
    expect(formatSwedishInstant(null)).toBe('')
  })
})

describe('imyDraftHtml (printed through pdf:print)', () => {
  it('is a complete document with print CSS, the warning and every section', () => {
    const html = imyDraftHtml(imyDraftModel(notifiedBreach(), ctx()))
    expect(html.startsWith('<!doctype html><html lang="sv">')).toBe(true)
    expect(html).toContain('@page')
    expect(html).toContain('Allmän handling.')
    expect(html).toContain('Vad bör omfattas av sekretess och varför?')
    expect(html).not.toMatch(/<script|<link|src=/i)
  })

  it('prints hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes" \'single\''
    const b = notifiedBreach({ description: hostile, title: hostile })
    b.imy.secrecyRequest = '</style><script>alert(1)</script>'
    const html = imyDraftHtml(imyDraftModel(b, ctx({ organisation: { ...organisation, name: '<b>Evil</b>' } })))
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>Evil')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;single&#39;')
  })

  it('escapes so that no input can open a tag or an entity of its own (property, 1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = escapeHtml(s)
        expect(out).not.toMatch(/[<>"']/)
        // Every & in the output starts one of the five entities escapeHtml writes.
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
