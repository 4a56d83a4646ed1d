import { describe, expect, it } from 'vitest'
import { fieldPathCandidates } from './use-field-focus'

describe('fieldPathCandidates', () => {
  it('tries the field, then each enclosing item and list', () => {
    expect(fieldPathCandidates('purposes[0].legalBasis')).toEqual(['purposes[0].legalBasis', 'purposes[0]', 'purposes'])
    expect(fieldPathCandidates('identityNumbers.justification')).toEqual([
      'identityNumbers.justification',
      'identityNumbers',
    ])
    expect(fieldPathCandidates('securityMeasures')).toEqual(['securityMeasures'])
    expect(fieldPathCandidates('')).toEqual([])
  })
})
