import { describe, expect, it } from 'vitest'
import {
  bestParagraph,
  findAll,
  indexText,
  keywordsOf,
  lineOf,
  sectionAt,
  sentenceAt,
  spanOf,
  wordMatches,
} from './text-index'

const TEXT = [
  'Personuppgiftsansvarig',
  'Vi behandlar dina uppgifter för att fullgöra vårt avtal',
  'med dig. Vi delar uppgifter med IT-leverantörer.',
  '   ',
  'Marknadsföring',
  'Vi använder tredjeparts leverantörer som sätter cookies för vår marknadsföring.',
].join('\n')

describe('indexText', () => {
  it('splits paragraphs at lines of only white space and keeps offsets into the original text', () => {
    const idx = indexText(TEXT)
    expect(idx.paragraphs.map((p) => TEXT.slice(p.start, p.end).split('\n')[0])).toEqual([
      'Personuppgiftsansvarig',
      'Marknadsföring',
    ])
    const token = idx.tokens.find((t) => t.word === 'it-leverantörer' || t.word === 'leverantörer')!
    expect(TEXT.slice(token.start, token.end)).toBe('leverantörer')
  })
  it('finds short capitalised lines as headings, and the section an offset is in', () => {
    const idx = indexText(TEXT)
    expect(idx.headings.map((h) => TEXT.slice(h.start, h.end))).toEqual(['Personuppgiftsansvarig', 'Marknadsföring'])
    expect(sectionAt(idx, TEXT.indexOf('cookies')).heading).toBe('Marknadsföring')
  })
  it('gives 1-based lines and trims spans', () => {
    const idx = indexText(TEXT)
    expect(lineOf(idx, 0)).toBe(1)
    expect(lineOf(idx, TEXT.indexOf('med dig'))).toBe(3)
    expect(spanOf(idx, TEXT.indexOf('avtal') - 1, TEXT.indexOf('avtal') + 6)).toEqual({
      start: TEXT.indexOf('avtal'),
      end: TEXT.indexOf('avtal') + 5,
      line: 2,
    })
  })
  it('finds the whole sentence across a wrapped line, but not across a paragraph', () => {
    const idx = indexText(TEXT)
    const s = sentenceAt(idx, TEXT.indexOf('fullgöra'))
    expect(TEXT.slice(s.start, s.end)).toBe('Vi behandlar dina uppgifter för att fullgöra vårt avtal\nmed dig.')
    expect(findAll(idx, /cookies/g)[0]!.line).toBe(6)
  })
})

describe('keyword matching', () => {
  it('keeps content words only', () => {
    expect(keywordsOf('Fullgöra avtal om tjänsten: administration, fakturering och personuppgifter')).toEqual([
      'fullgöra',
      'avtal',
      'tjänsten',
      'administration',
      'fakturering',
    ])
  })
  it('matches inflections and compounds, not unrelated words', () => {
    expect(wordMatches('leverantörer', 'leverantör')).toBe(true)
    expect(wordMatches('leverantörer', 'tjänsteleverantörer')).toBe(true)
    expect(wordMatches('marknadsföring', 'marknadsföra')).toBe(true)
    expect(wordMatches('marknadsföring', 'marknad')).toBe(false)
    expect(wordMatches('avtal', 'avtalad')).toBe(true)
    expect(wordMatches('kund', 'kundservice')).toBe(true)
    expect(wordMatches('faktura', 'kaffe')).toBe(false)
  })
  it('finds the paragraph that holds most of a phrase, joining split compounds', () => {
    const idx = indexText(TEXT)
    const best = bestParagraph(idx, keywordsOf('Tredjepartsleverantörer av marknadsföringscookies'))!
    expect(best.score).toBe(1)
    expect(TEXT.slice(best.paragraph.start, best.paragraph.end)).toContain('tredjeparts leverantörer')
    expect(bestParagraph(idx, keywordsOf('Kameraövervakning'))).toBeNull()
  })
})
