/**
 * Complaints and IMY cases: the generic audited repository, plus the writes it does not cover. Attaching a file
 * stores it in the `documents` table (base64 with its SHA-256) and lists it on the case in one transaction with
 * both audit entries; removing a case takes its files with it, and undo brings them back.
 */
import type { AuditDraft } from '@shared/audit'
import {
  ComplaintFieldsSchema,
  checkCaseDocument,
  storedCaseDocument,
  type CaseDocument,
  type CaseDocumentProblem,
  type Complaint,
  type ComplaintFields,
} from '@shared/complaints'
import { StoredDocumentSchema, type StoredDocument } from '@shared/documents'
import { issueLines, newId, stampUpdate } from '@shared/kernel'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, type DpoDatabase } from '@/db/database'
import { createEntityRepository, RecordError } from '@/db/entity-repository'

export const complaintsRepository = createEntityRepository<Complaint, ComplaintFields>({
  entity: 'complaints',
  table: (database) => database.complaints,
  fieldsSchema: ComplaintFieldsSchema,
  label: (fields) => fields.title,
})

/** The editable fields of a stored case (its bookkeeping fields stripped), as a plain copy. */
export function complaintFields(c: Complaint): ComplaintFields {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = c
  return JSON.parse(JSON.stringify(fields)) as ComplaintFields
}

/** A file refused before anything was written; `problem` says why, for a clear message. */
export class CaseDocumentRefusedError extends Error {
  constructor(readonly problem: CaseDocumentProblem) {
    super(`Document refused: ${problem}`)
    this.name = 'CaseDocumentRefusedError'
  }
}

/** How an attached file is listed on the case. */
export interface CaseDocumentMeta {
  direction: CaseDocument['direction']
  /** The day it was sent or received. */
  date: string
  publicRecordAck: boolean
}

/** A case and the files that were deleted with it, for undo. */
export interface RemovedCase {
  complaint: Complaint
  documents: StoredDocument[]
}

const draft = (
  entity: 'complaints' | 'documents',
  op: AuditDraft['op'],
  record: { id: string },
  label: string,
  actor: string,
  changes: AuditDraft['changes'],
): AuditDraft => ({
  at: new Date().toISOString(),
  actor,
  entity,
  entityId: record.id,
  label: label.slice(0, 500),
  op,
  changes,
})

/** Document metadata for the audit log: everything but the content, which the hash pins down. */
const trace = ({ dataBase64: _data, ...meta }: StoredDocument): Omit<StoredDocument, 'dataBase64'> => meta

function toDocument(ownerId: string, file: { name: string; bytes: Uint8Array }, actor: string): StoredDocument {
  const verdict = checkCaseDocument(file.bytes, file.name)
  if (!verdict.ok) throw new CaseDocumentRefusedError(verdict.problem)
  const doc = storedCaseDocument({
    id: newId(),
    ownerId,
    name: file.name,
    bytes: file.bytes,
    mimeType: verdict.mimeType,
    addedAt: new Date().toISOString(),
    addedBy: actor,
  })
  const parsed = StoredDocumentSchema.safeParse(doc)
  if (!parsed.success) throw new RecordError('invalid', 'The document does not validate', issueLines(parsed.error))
  return parsed.data
}

async function current(database: DpoDatabase, id: string, expectedRevision: number): Promise<Complaint> {
  const found = await database.complaints.get(id)
  if (!found) throw new RecordError('not-found', `No complaint ${id}`)
  if (found.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
  return found
}

async function writeCase<R>(work: (database: DpoDatabase) => Promise<R>): Promise<R> {
  const database = db()
  const result = await database.transaction('rw', [database.complaints, database.documents, database.audit], () =>
    work(database),
  )
  notifyWorkspaceChanged()
  return result
}

/**
 * The case with a new documents list, validated and written, plus its audit draft. The caller appends the draft:
 * Dexie keeps the transaction zone only one async call deep, so audit writes stay in the transaction body.
 */
async function putDocuments(
  database: DpoDatabase,
  before: Complaint,
  documents: CaseDocument[],
  actor: string,
): Promise<{ next: Complaint; audit: AuditDraft }> {
  const parsed = ComplaintFieldsSchema.shape.documents.safeParse(documents)
  if (!parsed.success) throw new RecordError('invalid', 'The documents do not validate', issueLines(parsed.error))
  const next = stampUpdate({ ...before, documents: parsed.data })
  await database.complaints.put(next)
  const change = [{ field: 'documents', before: before.documents, after: next.documents }]
  return { next, audit: draft('complaints', 'update', next, next.title, actor, change) }
}

export const complaintDocumentsRepository = {
  /** The stored file, for opening it. */
  get: (id: string): Promise<StoredDocument | undefined> => db().documents.get(id),

  /** Stores `file` and lists it on the case; refused if the case was saved since `expectedRevision`. */
  async attach(
    complaintId: string,
    file: { name: string; bytes: Uint8Array },
    meta: CaseDocumentMeta,
    expectedRevision: number,
    actor: string,
  ): Promise<Complaint> {
    // Hash and encode before the transaction: IndexedDB would auto-commit while a large file is processed.
    const document = toDocument(complaintId, file, actor)
    return writeCase(async (database) => {
      const before = await current(database, complaintId, expectedRevision)
      await database.documents.add(document)
      const entry: CaseDocument = {
        name: document.name,
        sentAt: meta.date,
        publicRecordAck: meta.publicRecordAck,
        direction: meta.direction,
        documentId: document.id,
      }
      const { next, audit } = await putDocuments(database, before, [...before.documents, entry], actor)
      await appendAudit(database, audit)
      const added = [{ field: '*', before: null, after: trace(document) }]
      await appendAudit(database, draft('documents', 'create', document, document.name, actor, added))
      return next
    })
  },

  /** Takes document `index` off the case and deletes its stored file, if any. */
  async detach(complaintId: string, index: number, expectedRevision: number, actor: string): Promise<Complaint> {
    return writeCase(async (database) => {
      const before = await current(database, complaintId, expectedRevision)
      const entry = before.documents[index]
      if (!entry) throw new RecordError('not-found', `No document ${index} on complaint ${complaintId}`)
      const kept = before.documents.filter((_, i) => i !== index)
      const { next, audit } = await putDocuments(database, before, kept, actor)
      await appendAudit(database, audit)
      const stored = entry.documentId ? await database.documents.get(entry.documentId) : undefined
      if (stored) {
        await database.documents.delete(stored.id)
        const gone = [{ field: '*', before: trace(stored), after: null }]
        await appendAudit(database, draft('documents', 'delete', stored, stored.name, actor, gone))
      }
      return next
    })
  },

  /** Deletes the case and its files; every record is traced in the audit log. */
  async removeCase(id: string, actor: string): Promise<RemovedCase> {
    return writeCase(async (database) => {
      const complaint = await database.complaints.get(id)
      if (!complaint) throw new RecordError('not-found', `No complaint ${id}`)
      const documents = await database.documents.where('ownerId').equals(id).toArray()
      await database.documents.bulkDelete(documents.map((d) => d.id))
      await database.complaints.delete(id)
      const whole = [{ field: '*', before: complaint, after: null }]
      await appendAudit(database, draft('complaints', 'delete', complaint, complaint.title, actor, whole))
      for (const d of documents) {
        const gone = [{ field: '*', before: trace(d), after: null }]
        await appendAudit(database, draft('documents', 'delete', d, d.name, actor, gone))
      }
      return { complaint, documents }
    })
  },

  /** Puts a just-deleted case and its files back under their own ids (the snackbar's undo). */
  async undoRemoveCase(removed: RemovedCase, actor: string): Promise<Complaint> {
    return writeCase(async (database) => {
      const restored = stampUpdate(removed.complaint)
      await database.complaints.add(restored)
      await database.documents.bulkAdd(removed.documents)
      const whole = [{ field: '*', before: null, after: restored }]
      await appendAudit(database, draft('complaints', 'restore', restored, restored.title, actor, whole))
      for (const d of removed.documents) {
        const back = [{ field: '*', before: null, after: trace(d) }]
        await appendAudit(database, draft('documents', 'restore', d, d.name, actor, back))
      }
      return restored
    })
  },
}
