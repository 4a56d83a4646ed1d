import { describe, expect, it } from 'vitest'
import { formatLiaAnswer } from './lia-answer.format'
import { FIXTURE_IDS, passingAnswers } from './lia.fixtures'
import { LIA_QUESTIONS } from './lia.questions'
import { emptyLiaAnswers } from './lia.schema'

describe('formatLiaAnswer', () => {
  it('says "not answered" for every question of an empty questionnaire, in both languages', () => {
    for (const q of LIA_QUESTIONS) {
      expect(formatLiaAnswer(q.id, emptyLiaAnswers(), 'sv')).toEqual(['(ej besvarad)'])
      expect(formatLiaAnswer(q.id, emptyLiaAnswers(), 'en')).toEqual(['(not answered)'])
    }
  })

  it('gives at least one non-empty line for every answered question', () => {
    for (const q of LIA_QUESTIONS) {
      const lines = formatLiaAnswer(q.id, passingAnswers(), 'sv')
      expect(lines.length, q.id).toBeGreaterThan(0)
      expect(
        lines.every((l) => l.trim() !== ''),
        q.id,
      ).toBe(true)
    }
  })

  it('reads booleans as yes/no and empty lists as none', () => {
    expect(formatLiaAnswer('publicAuthorityTask', passingAnswers(), 'sv')).toEqual(['Nej'])
    expect(formatLiaAnswer('interestLawful', passingAnswers(), 'en')).toEqual(['Yes'])
    expect(formatLiaAnswer('dataTypes', passingAnswers(), 'sv')).toEqual(['Inga'])
  })

  it('shows an impact’s score and names its measure by number', () => {
    expect(formatLiaAnswer('impacts', passingAnswers(), 'sv')).toEqual([
      '• Unwanted e-mail (sannolikhet 3 × allvar 1 = 3) – åtgärd 1',
    ])
    expect(formatLiaAnswer('mitigations', passingAnswers(), 'en')[1]).toBe(
      'Measure 2: Purchase category kept 24 months only.',
    )
  })

  it('marks a measure id that no longer exists with a question mark', () => {
    const a = passingAnswers()
    const impacts = [{ description: 'X', likelihood: 1, severity: 1, mitigatedBy: [FIXTURE_IDS.lia] }]
    expect(formatLiaAnswer('impacts', { ...a, impacts }, 'sv')).toEqual([
      '• X (sannolikhet 1 × allvar 1 = 1) – åtgärd ?',
    ])
  })

  it('names a third party and labels enum answers', () => {
    const a = passingAnswers()
    const interest = { description: 'Fraud prevention', holder: 'third_party' as const, thirdPartyName: 'Bank AB' }
    expect(formatLiaAnswer('interest', { ...a, interest }, 'sv')).toEqual(['Fraud prevention', 'Tredje part: Bank AB'])
    expect(formatLiaAnswer('relationship', a, 'sv')).toEqual(['Kund – Ingen maktobalans'])
    expect(formatLiaAnswer('subjectGroups', a, 'en')).toEqual(['Customers'])
  })
})
