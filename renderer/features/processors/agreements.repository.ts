/**
 * Processor agreements: the generic audited repository, plus the writes it does not cover. A save may never
 * change a signed-off review; signing a review off stores the dated version and its `sign_off` audit entry in
 * one transaction; deleting an agreement takes its attached documents with it (and undo brings them back).
 */
import { format } from 'date-fns'
import { diffFields, type AuditDraft } from '@shared/audit'
import type { StoredDocument } from '@shared/documents'
import { issueLines, stampUpdate } from '@shared/kernel'
import {
  ProcessorAgreementFieldsSchema,
  changedSignedReviews,
  nextReviewAfterSignOff,
  signOff,
  type ProcessorAgreement,
  type ProcessorAgreementFields,
} from '@shared/processors'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, type DpoDatabase } from '@/db/database'
import { createEntityRepository, RecordError } from '@/db/entity-repository'

const base = createEntityRepository<ProcessorAgreement, ProcessorAgreementFields>({
  entity: 'agreements',
  table: (database) => database.agreements,
  fieldsSchema: ProcessorAgreementFieldsSchema,
  label: (fields) => fields.title,
})

/** The editable fields of a stored agreement (its bookkeeping fields stripped). */
export function agreementFields(a: ProcessorAgreement): ProcessorAgreementFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = a
  return fields
}

/** An audit entry for an agreement or one of its documents. */
export function auditDraft(
  entity: 'agreements' | 'documents',
  op: AuditDraft['op'],
  record: { id: string },
  label: string,
  actor: string,
  changes: AuditDraft['changes'],
): AuditDraft {
  return { at: new Date().toISOString(), actor, entity, entityId: record.id, label: label.slice(0, 500), op, changes }
}

/** Document metadata for the audit log: everything but the content, which the hash already pins down. */
export const documentTrace = ({ dataBase64: _data, ...meta }: StoredDocument): Omit<StoredDocument, 'dataBase64'> =>
  meta

function parseFields(fields: unknown): ProcessorAgreementFields {
  const r = ProcessorAgreementFieldsSchema.safeParse(fields)
  if (!r.success) throw new RecordError('invalid', 'The agreement does not validate', issueLines(r.error))
  return r.data
}

/** Refuses a save that would drop or alter a signed-off review. */
function guardSignedReviews(current: ProcessorAgreement, next: ProcessorAgreementFields): void {
  const changed = changedSignedReviews(current.reviews, next.reviews)
  if (changed.length > 0) throw new RecordError('invalid', 'A signed-off review cannot be changed', changed)
}

/** Reads the record to change inside the transaction, refusing a missing one or a stale revision. */
async function current(database: DpoDatabase, id: string, expectedRevision: number): Promise<ProcessorAgreement> {
  const found = await database.agreements.get(id)
  if (!found) throw new RecordError('not-found', `No agreement ${id}`)
  if (found.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
  return found
}

/** What a deleted agreement took with it, for undo. */
export interface RemovedAgreement {
  agreement: ProcessorAgreement
  documents: StoredDocument[]
}

export const agreementsRepository = {
  get: base.get,
  list: base.list,
  count: base.count,
  create: base.create,

  /** Saves new field values; refused when a signed-off review would change (it is read-only evidence). */
  async update(id: string, fields: ProcessorAgreementFields, expectedRevision: number, actor: string) {
    const stored = await base.get(id)
    // The generic update re-checks the revision inside its transaction, so the record checked here is the one
    // it will overwrite, or the save fails as a conflict.
    if (stored && stored.revision === expectedRevision) guardSignedReviews(stored, parseFields(fields))
    return base.update(id, fields, expectedRevision, actor)
  },

  /**
   * Saves the form and signs off its draft review `reviewId` in one transaction: the review gets who, when,
   * today's date, the derived outcome and the attached document's hash, becomes read-only, and the next review
   * date moves on; one `sign_off` audit entry records it all.
   */
  async signOffReview(
    id: string,
    fields: ProcessorAgreementFields,
    expectedRevision: number,
    reviewId: string,
    actor: string,
    now: Date = new Date(),
  ): Promise<ProcessorAgreement> {
    const valid = parseFields(fields)
    const database = db()
    const saved = await database.transaction('rw', [database.agreements, database.audit], async () => {
      const before = await current(database, id, expectedRevision)
      guardSignedReviews(before, valid)
      const draft = valid.reviews.find((r) => r.id === reviewId && r.signedOff === null)
      if (!draft) throw new RecordError('invalid', 'There is no draft review to sign off', [reviewId])
      const today = format(now, 'yyyy-MM-dd')
      const signed = signOff(draft, { name: actor, at: now, today, documentSha256: valid.document?.sha256 ?? null })
      const next = stampUpdate(
        {
          ...before,
          ...parseFields({
            ...valid,
            reviews: valid.reviews.map((r) => (r.id === reviewId ? signed : r)),
            nextReviewOn: nextReviewAfterSignOff(valid.nextReviewOn, today),
          }),
        },
        now,
      )
      await database.agreements.put(next)
      await appendAudit(
        database,
        auditDraft('agreements', 'sign_off', next, next.title, actor, diffFields(before, next)),
      )
      return next
    })
    notifyWorkspaceChanged()
    return saved
  },

  /** Deletes the agreement and its attached documents; every record is traced in the audit log. */
  async remove(id: string, actor: string): Promise<RemovedAgreement> {
    const database = db()
    const removed = await database.transaction(
      'rw',
      [database.agreements, database.documents, database.audit],
      async () => {
        const agreement = await database.agreements.get(id)
        if (!agreement) throw new RecordError('not-found', `No agreement ${id}`)
        const documents = await database.documents.where('ownerId').equals(id).toArray()
        await database.documents.bulkDelete(documents.map((d) => d.id))
        await database.agreements.delete(id)
        const trace = [{ field: '*', before: agreement, after: null }]
        await appendAudit(database, auditDraft('agreements', 'delete', agreement, agreement.title, actor, trace))
        for (const d of documents) {
          const docTrace = [{ field: '*', before: documentTrace(d), after: null }]
          await appendAudit(database, auditDraft('documents', 'delete', d, d.name, actor, docTrace))
        }
        return { agreement, documents }
      },
    )
    notifyWorkspaceChanged()
    return removed
  },

  /** Puts a just-deleted agreement and its documents back under their own ids (the snackbar's undo). */
  async undoRemove(removed: RemovedAgreement, actor: string): Promise<ProcessorAgreement> {
    const database = db()
    const restored = await database.transaction(
      'rw',
      [database.agreements, database.documents, database.audit],
      async () => {
        const agreement = stampUpdate(removed.agreement)
        await database.agreements.add(agreement)
        await database.documents.bulkAdd(removed.documents)
        const trace = [{ field: '*', before: null, after: agreement }]
        await appendAudit(database, auditDraft('agreements', 'restore', agreement, agreement.title, actor, trace))
        return agreement
      },
    )
    notifyWorkspaceChanged()
    return restored
  },
}
