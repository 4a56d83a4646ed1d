import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { passingAnswers } from '@shared/lia/lia.fixtures'
import { plainCopy } from './plain-copy'

describe('plainCopy', () => {
  it('copies form data holding reactive proxies at any depth, which structuredClone refuses', () => {
    const form = reactive({ answers: passingAnswers() })
    const built = { ...form.answers, impacts: form.answers.impacts }
    expect(() => structuredClone(built)).toThrow()
    const copy = plainCopy(built)
    expect(copy).toEqual(passingAnswers())
    expect(() => structuredClone(copy)).not.toThrow()
  })
})
