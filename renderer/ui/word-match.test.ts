import { describe, expect, it } from 'vitest'
import { wordMatcher } from './word-match'

describe('wordMatcher', () => {
  it('needs every word, in any order and case', () => {
    const matches = wordMatcher('  mail ÅKER ')
    expect(matches('Åkerströms Mail AB')).toBe(true)
    expect(matches('Mail AB')).toBe(false)
  })
  it('matches everything when nothing is typed or the field was cleared', () => {
    expect(wordMatcher('')('anything')).toBe(true)
    expect(wordMatcher(null)('anything')).toBe(true)
  })
})
