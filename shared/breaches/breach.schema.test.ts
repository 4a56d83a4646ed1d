import { describe, expect, it } from 'vitest'
import { BreachFieldsSchema, BreachSchema, emptyBreachFields } from './breach.schema'
import { notifiedBreach } from './fixtures'

describe('BreachSchema', () => {
  it('accepts a complete breach and a blank new one', () => {
    expect(BreachSchema.safeParse(notifiedBreach()).success).toBe(true)
    expect(BreachFieldsSchema.safeParse(emptyBreachFields('Misdirected letter')).success).toBe(true)
  })

  it('rejects unknown keys, since imports must not smuggle fields in', () => {
    expect(BreachSchema.safeParse({ ...notifiedBreach(), extra: 1 }).success).toBe(false)
    const b = notifiedBreach()
    expect(BreachSchema.safeParse({ ...b, imy: { ...b.imy, sneaky: true } }).success).toBe(false)
  })

  it('rejects values outside the ENISA scales and bad references', () => {
    const b = notifiedBreach()
    const enisa = b.enisa ?? { dpc: 1, ei: 0.25, cb: { c: 0, i: 0, a: 0, malicious: false }, se: 0.25, band: 'low' }
    expect(BreachSchema.safeParse({ ...b, enisa: { ...enisa, ei: 0.3 } }).success).toBe(false)
    expect(BreachSchema.safeParse({ ...b, enisa: { ...enisa, dpc: 5 } }).success).toBe(false)
    expect(BreachSchema.safeParse({ ...b, enisa: { ...enisa, cb: { ...enisa.cb, c: 1 } } }).success).toBe(false)
    expect(BreachSchema.safeParse({ ...b, vendorIds: ['not-a-uuid'] }).success).toBe(false)
    expect(BreachSchema.safeParse({ ...b, awareAt: '2026-06-19 14:20' }).success).toBe(false)
    expect(BreachSchema.safeParse({ ...b, title: '' }).success).toBe(false)
  })

  it('keeps a timeline of dated entries', () => {
    const b = notifiedBreach({ timeline: [{ at: '2026-06-19T14:20:00+02:00', text: 'Employee reports the loss' }] })
    expect(BreachSchema.parse(b).timeline).toHaveLength(1)
    expect(BreachSchema.safeParse({ ...b, timeline: [{ at: 'noon', text: 'x' }] }).success).toBe(false)
  })

  it('keeps records written before facts and the ENISA basis existed valid, filling the defaults', () => {
    const { facts: _facts, ...old } = notifiedBreach()
    const enisa = { dpc: 3, ei: 1, cb: { c: 0.25, i: 0, a: 0, malicious: false }, se: 3.25, band: 'high' }
    const parsed = BreachSchema.parse({ ...old, enisa })
    expect(parsed.facts).toEqual([])
    expect([parsed.enisa?.dataKinds, parsed.enisa?.contextAdjustment, parsed.enisa?.dpc]).toEqual([[], 0, 3])
    expect(BreachSchema.safeParse({ ...old, facts: ['not_a_fact'] }).success).toBe(false)
  })
})
