/**
 * The signed agreement as a file: stored in the `documents` table (base64, so backups carry it unchanged) with
 * its SHA-256 and size, and its metadata on the agreement. Attaching replaces the previous file; both records
 * and their audit entries are written in one transaction.
 */
import { StoredDocumentSchema, type StoredDocument } from '@shared/documents'
import { issueLines, newId, sha256Hex, stampUpdate } from '@shared/kernel'
import { checkAgreementDocument, type DocumentProblem, type ProcessorAgreement } from '@shared/processors'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { auditDraft, documentTrace } from './agreements.repository'

/** A file refused before anything was written; `problem` says why, for a clear message. */
export class DocumentRefusedError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    readonly bytes: number,
  ) {
    super(`Document refused: ${problem}`)
    this.name = 'DocumentRefusedError'
  }
}

/** Base64 of the bytes, in chunks so a 20 MB file does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** A file name safe to hand back to the system when the document is opened: no path parts, bounded length. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const clean = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .trim()
  return (clean === '' || clean === '.' || clean === '..' ? 'avtal.pdf' : clean).slice(-200)
}

/** The stored document record for a file, validated; refused when empty, too large or not a PDF/PNG/JPEG. */
function toStoredDocument(ownerId: string, file: { name: string; bytes: Uint8Array }, actor: string): StoredDocument {
  const verdict = checkAgreementDocument(file.bytes)
  if (!verdict.ok) throw new DocumentRefusedError(verdict.problem, file.bytes.byteLength)
  const parsed = StoredDocumentSchema.safeParse({
    id: newId(),
    ownerId,
    name: safeFileName(file.name),
    mimeType: verdict.mimeType,
    bytes: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    dataBase64: bytesToBase64(file.bytes),
    addedAt: new Date().toISOString(),
    addedBy: actor,
  })
  if (!parsed.success) throw new RecordError('invalid', 'The document does not validate', issueLines(parsed.error))
  return parsed.data
}

export const agreementDocumentsRepository = {
  /** The stored file, for opening it. */
  get: (id: string): Promise<StoredDocument | undefined> => db().documents.get(id),

  /**
   * Stores the file as the agreement's signed document, replacing (and deleting) any earlier one, and records
   * name, size and SHA-256 on the agreement. Refused if the agreement was saved since `expectedRevision`.
   */
  async attach(
    agreementId: string,
    file: { name: string; bytes: Uint8Array },
    expectedRevision: number,
    actor: string,
  ): Promise<ProcessorAgreement> {
    // Hash and encode before the transaction: IndexedDB would auto-commit while a 20 MB file is processed.
    const document = toStoredDocument(agreementId, file, actor)
    const database = db()
    const tables = [database.agreements, database.documents, database.audit]
    const saved = await database.transaction('rw', tables, async () => {
      const before = await database.agreements.get(agreementId)
      if (!before) throw new RecordError('not-found', `No agreement ${agreementId}`)
      if (before.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
      const previous = before.document?.documentId
        ? await database.documents.get(before.document.documentId)
        : undefined
      if (previous) await database.documents.delete(previous.id)
      await database.documents.add(document)
      const { name, sha256, bytes, mimeType, id: documentId } = document
      const next = stampUpdate({ ...before, document: { name, sha256, bytes, mimeType, documentId } })
      await database.agreements.put(next)
      const change = [{ field: 'document', before: before.document, after: next.document }]
      await appendAudit(database, auditDraft('agreements', 'update', next, next.title, actor, change))
      if (previous) {
        const gone = [{ field: '*', before: documentTrace(previous), after: null }]
        await appendAudit(database, auditDraft('documents', 'delete', previous, previous.name, actor, gone))
      }
      const added = [{ field: '*', before: null, after: documentTrace(document) }]
      await appendAudit(database, auditDraft('documents', 'create', document, document.name, actor, added))
      return next
    })
    notifyWorkspaceChanged()
    return saved
  },
}
