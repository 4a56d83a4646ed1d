import { describe, expect, it } from 'vitest'
import { err, ok } from './result'

describe('Result', () => {
  it('wraps a value and an error, with details only when given', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 })
    expect(err('file/too-large', 'Too big')).toEqual({
      ok: false,
      error: { code: 'file/too-large', message: 'Too big' },
    })
    expect(err('backup/invalid', 'Bad', ['data.activities[0].name: x'])).toEqual({
      ok: false,
      error: { code: 'backup/invalid', message: 'Bad', details: ['data.activities[0].name: x'] },
    })
    // No `details: undefined` member when none are given.
    expect(err('x', 'y')).toStrictEqual({ ok: false, error: { code: 'x', message: 'y' } })
  })
})
