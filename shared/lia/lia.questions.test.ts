import { describe, expect, it } from 'vitest'
import { LIA_QUESTIONS, LIA_STEPS } from './lia.questions'
import { emptyLiaAnswers } from './lia.schema'

describe('LIA_QUESTIONS', () => {
  it('has exactly one question per answer key, in the order of domain-reference §2.2', () => {
    expect(LIA_QUESTIONS.map((q) => q.id)).toEqual(Object.keys(emptyLiaAnswers()))
    expect(LIA_QUESTIONS.map((q) => q.number)).toEqual([
      '0.1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.7',
      '3.8',
      '3.9',
    ])
  })

  it('puts every question in a known step, steps never going backwards', () => {
    const steps = LIA_QUESTIONS.map((q) => q.step)
    expect(steps).toEqual([...steps].sort())
    expect(new Set(steps)).toEqual(new Set(LIA_STEPS.map((s) => s.step)))
  })

  it('has Swedish and English label and guidance for every question', () => {
    for (const q of LIA_QUESTIONS) {
      for (const text of [q.label.sv, q.label.en, q.guidance.sv, q.guidance.en]) expect(text.trim()).not.toBe('')
      expect(q.label.sv).not.toBe(q.label.en)
    }
  })

  it('cites a source in every guidance text, and never an invented paragraph number', () => {
    for (const q of LIA_QUESTIONS) {
      expect(q.guidance.en).toMatch(/EDPB Guidelines 1\/2024, step [123]|Art \d+|Recital 47/)
      expect(q.guidance.sv).toMatch(/EDPB:s riktlinjer 1\/2024, steg [123]|art\. \d+|skäl 47/)
      expect(`${q.guidance.en} ${q.guidance.sv}`).not.toMatch(/para(graph)?\.?\s*\d|punkt \d/i)
    }
  })
})
