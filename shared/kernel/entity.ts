import { z } from 'zod'

/** ISO-8601 timestamp with offset, as produced by `Date.prototype.toISOString()`. */
export const IsoDateTime = z.iso.datetime({ offset: true })
/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date()

/**
 * Fields every stored record carries: a uuid, when it was created and last changed, and a revision that
 * increases by one on each save (used to detect a stale edit and to merge backups).
 */
export const EntityBaseSchema = z.strictObject({
  id: z.uuid(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  revision: z.int().min(1),
})
export type EntityBase = z.infer<typeof EntityBaseSchema>

/** A new uuid (v4) from the platform's CSPRNG. */
export const newId = (): string => crypto.randomUUID()

/** Stamps a fresh record with identity and timestamps. */
export function stampNew<T extends object>(fields: T, now: Date = new Date()): T & EntityBase {
  const at = now.toISOString()
  return { ...fields, id: newId(), createdAt: at, updatedAt: at, revision: 1 }
}

/** Returns the record as saved once more: same id and createdAt, newer updatedAt, revision + 1. */
export function stampUpdate<T extends EntityBase>(record: T, now: Date = new Date()): T {
  return { ...record, updatedAt: now.toISOString(), revision: record.revision + 1 }
}
