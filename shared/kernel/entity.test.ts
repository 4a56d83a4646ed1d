import { describe, expect, it } from 'vitest'
import { EntityBaseSchema, IsoDate, IsoDateTime, newId, stampNew, stampUpdate } from './entity'

const NOW = new Date('2026-03-05T09:15:00.000Z')
const LATER = new Date('2026-03-06T10:00:00.000Z')

describe('stampNew', () => {
  it('adds a v4 uuid, both timestamps at now and revision 1, keeping the fields', () => {
    const fields = { name: 'Lönehantering' }
    const record = stampNew(fields, NOW)
    expect(record).toEqual({
      name: 'Lönehantering',
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      createdAt: '2026-03-05T09:15:00.000Z',
      updatedAt: '2026-03-05T09:15:00.000Z',
      revision: 1,
    })
    expect(fields).toEqual({ name: 'Lönehantering' })
    const { name: _name, ...base } = record
    expect(EntityBaseSchema.safeParse(base).success).toBe(true)
  })

  it('gives every record its own id', () => {
    const ids = new Set(Array.from({ length: 200 }, () => stampNew({}, NOW).id))
    expect(ids.size).toBe(200)
    expect(newId()).not.toBe(newId())
  })
})

describe('stampUpdate', () => {
  it('keeps id and createdAt, moves updatedAt and adds one to the revision', () => {
    const created = stampNew({ name: 'Bokföring' }, NOW)
    const updated = stampUpdate(created, LATER)
    expect(updated).toEqual({
      ...created,
      updatedAt: '2026-03-06T10:00:00.000Z',
      revision: 2,
    })
    expect(stampUpdate(updated, LATER).revision).toBe(3)
    expect(created.revision).toBe(1)
  })
})

describe('EntityBaseSchema', () => {
  it('refuses revision 0, a non-uuid id, unknown keys and a date without time', () => {
    const good = { id: newId(), createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), revision: 1 }
    expect(EntityBaseSchema.safeParse(good).success).toBe(true)
    expect(EntityBaseSchema.safeParse({ ...good, revision: 0 }).success).toBe(false)
    expect(EntityBaseSchema.safeParse({ ...good, revision: 1.5 }).success).toBe(false)
    expect(EntityBaseSchema.safeParse({ ...good, id: 'abc' }).success).toBe(false)
    expect(EntityBaseSchema.safeParse({ ...good, extra: 1 }).success).toBe(false)
    expect(EntityBaseSchema.safeParse({ ...good, createdAt: '2026-03-05' }).success).toBe(false)
  })

  it('accepts dates and times with an offset', () => {
    expect(IsoDate.safeParse('2026-12-31').success).toBe(true)
    expect(IsoDate.safeParse('2026-13-01').success).toBe(false)
    expect(IsoDateTime.safeParse('2026-03-05T10:15:00+01:00').success).toBe(true)
  })
})
