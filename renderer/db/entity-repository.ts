/**
 * The one way records are written: validated by their zod schema, stamped, and saved in the same strict
 * transaction as their audit entry. Feature repositories are thin instances of this.
 */
import type { Table } from 'dexie'
import type { z } from 'zod'
import { diffFields } from '@shared/audit'
import { issueLines, stampNew, stampUpdate, type EntityBase } from '@shared/kernel'
import { appendAudit } from './audit'
import { notifyWorkspaceChanged } from './changes'
import { db, type DpoDatabase } from './database'
import { RecordError } from './record-error'

export { RecordError }

export interface EntityRepositoryOptions<T extends EntityBase, F> {
  /** Table name, also the audit entry's `entity`. */
  entity: string
  table: (database: DpoDatabase) => Table<T, string>
  fieldsSchema: z.ZodType<F>
  label: (fields: F) => string
}

export function createEntityRepository<T extends EntityBase, F extends object>(opts: EntityRepositoryOptions<T, F>) {
  const parse = (fields: unknown): F => {
    const r = opts.fieldsSchema.safeParse(fields)
    if (!r.success) throw new RecordError('invalid', 'The record does not validate', issueLines(r.error))
    return r.data
  }
  const write = async <R>(work: (database: DpoDatabase) => Promise<R>): Promise<R> => {
    const database = db()
    const result = await database.transaction('rw', [opts.table(database), database.audit], () => work(database))
    notifyWorkspaceChanged()
    return result
  }

  return {
    get: (id: string): Promise<T | undefined> => opts.table(db()).get(id),
    list: (): Promise<T[]> => opts.table(db()).toArray(),
    count: (): Promise<number> => opts.table(db()).count(),

    // async, so a refused record rejects the promise instead of throwing before one exists.
    /** Validates and saves a new record with its `create` audit entry. */
    create: async (fields: F, actor: string): Promise<T> => {
      const record = stampNew(parse(fields)) as unknown as T
      return write(async (database) => {
        await opts.table(database).add(record)
        await appendAudit(database, draft('create', record, actor, diffFields({}, record)))
        return record
      })
    },

    /** Saves new field values over the record if nobody saved it since `expectedRevision`. */
    update: async (id: string, fields: F, expectedRevision: number, actor: string): Promise<T> => {
      const valid = parse(fields)
      return write(async (database) => {
        const current = await opts.table(database).get(id)
        if (!current) throw new RecordError('not-found', `No ${opts.entity} ${id}`)
        if (current.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
        const next = stampUpdate({ ...current, ...valid })
        const changes = diffFields(current, next)
        if (changes.length === 0) return current
        await opts.table(database).put(next)
        await appendAudit(database, draft('update', next, actor, changes))
        return next
      })
    },

    /** Deletes the record; the audit entry keeps the whole record, so nothing disappears without a trace. */
    remove: (id: string, actor: string): Promise<void> =>
      write(async (database) => {
        const current = await opts.table(database).get(id)
        if (!current) throw new RecordError('not-found', `No ${opts.entity} ${id}`)
        await opts.table(database).delete(id)
        await appendAudit(database, draft('delete', current, actor, [{ field: '*', before: current, after: null }]))
      }),

    /** Puts a just-deleted record back under its own id (the snackbar's undo); audited as a restore. */
    undoRemove: (record: T, actor: string): Promise<T> =>
      write(async (database) => {
        const restored = stampUpdate(record)
        await opts.table(database).add(restored)
        await appendAudit(database, draft('restore', restored, actor, [{ field: '*', before: null, after: restored }]))
        return restored
      }),
  }

  function draft(
    op: 'create' | 'update' | 'delete' | 'restore',
    record: T,
    actor: string,
    changes: ReturnType<typeof diffFields>,
  ) {
    return {
      at: new Date().toISOString(),
      actor,
      entity: opts.entity,
      entityId: record.id,
      label: opts.label(record as unknown as F).slice(0, 500),
      op,
      changes,
    }
  }
}

export type EntityRepository<T extends EntityBase, F extends object> = ReturnType<typeof createEntityRepository<T, F>>
