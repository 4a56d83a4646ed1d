import { describe, expect, it } from 'vitest'
import { aboutEntity, filled, type FindingDraft } from './finding'

const draft: FindingDraft = {
  code: 'transfer/tia-missing',
  check: 25,
  article: 'Art 46',
  severity: 'high',
  message: { sv: 'a', en: 'a' },
  fix: { sv: 'b', en: 'b' },
}

describe('finding helpers', () => {
  it('ties a finding to an id, and leaves the key out without one', () => {
    expect(aboutEntity(draft, 'x').entityId).toBe('x')
    expect(aboutEntity(draft, undefined)).not.toHaveProperty('entityId')
    expect(aboutEntity(draft, '')).not.toHaveProperty('entityId')
  })

  it('does not change the draft it was given', () => {
    aboutEntity(draft, 'x')
    expect(draft).not.toHaveProperty('entityId')
  })

  it('treats white space, null and undefined as empty', () => {
    expect(filled(' \n\t')).toBe(false)
    expect(filled(null)).toBe(false)
    expect(filled(undefined)).toBe(false)
    expect(filled(' x ')).toBe(true)
  })
})
