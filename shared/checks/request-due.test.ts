import { describe, expect, it } from 'vitest'
import { requestDueDate } from '../requests'
import { request } from './fixtures'
import { requestDueOn } from './request-due'

describe('requestDueOn', () => {
  it('gives the due date requestDueDate gives, with and without a valid or invalid extension', () => {
    const received = ['2026-03-10', '2026-12-23', '2026-01-31', '2026-06-05']
    const extensions = [
      null,
      { notifiedOn: '2026-03-20', months: 2, reasons: 'Many requests at once' },
      { notifiedOn: '2026-03-20', months: 1, reasons: 'Complex' },
      { notifiedOn: '2026-03-20', months: 2, reasons: '' },
      { notifiedOn: '2027-03-20', months: 2, reasons: 'Too late' },
    ]
    for (const receivedAt of received) {
      for (const extension of extensions) {
        const r = request({ receivedAt, extension })
        expect(requestDueOn(r), `${receivedAt} ${JSON.stringify(extension)}`).toBe(requestDueDate(r).due)
        // Asked again, the remembered date is the same.
        expect(requestDueOn(r)).toBe(requestDueDate(r).due)
      }
    }
  })

  it('tells apart two requests of the same day when only one is validly extended', () => {
    const plain = request({ receivedAt: '2026-03-10', extension: null })
    const extended = request({
      receivedAt: '2026-03-10',
      extension: { notifiedOn: '2026-03-20', months: 2, reasons: 'Many requests at once' },
    })
    expect(requestDueOn(plain)).toBe('2026-04-10')
    expect(requestDueOn(extended)).toBe('2026-06-10')
  })
})
