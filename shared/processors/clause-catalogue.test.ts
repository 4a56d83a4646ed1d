import { describe, expect, it } from 'vitest'
import { EXTRA_CLAUSE_KEYS, MANDATORY_CLAUSE_KEYS } from './agreement.schema'
import { CLAUSE_CATALOGUE, clauseEntry } from './clause-catalogue'

describe('CLAUSE_CATALOGUE', () => {
  it('lists every clause once, mandatory ones first in Art 28 order', () => {
    expect(CLAUSE_CATALOGUE.map((e) => e.key)).toEqual([...MANDATORY_CLAUSE_KEYS, ...EXTRA_CLAUSE_KEYS])
    for (const k of MANDATORY_CLAUSE_KEYS) expect(clauseEntry(k).group).toBe('mandatory')
    for (const k of EXTRA_CLAUSE_KEYS) expect(clauseEntry(k).group).toBe('extra')
  })

  it('gives each clause an article and Swedish and English label and guidance', () => {
    for (const e of CLAUSE_CATALOGUE) {
      expect(e.article).toMatch(/^Art \d+/)
      expect(e.label.sv && e.label.en && e.guidance.sv && e.guidance.en).toBeTruthy()
    }
  })

  it('cites the right points of Art 28(3)', () => {
    expect(clauseEntry('a').article).toBe('Art 28(3)(a)')
    expect(clauseEntry('e').label.en).toBe("Assistance with data subjects' rights")
    expect(clauseEntry('h2').article).toContain('second subparagraph')
    expect(clauseEntry('sub_processing').article).toBe('Art 28(2), 28(4)')
  })

  it('throws for a key outside the catalogue', () => {
    expect(() => clauseEntry('z' as never)).toThrow(/not in the catalogue/)
  })
})
