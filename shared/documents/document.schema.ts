/**
 * An attached file (a signed processor agreement, a letter from IMY): kept inside the workspace so backups
 * and the inspection pack carry it, with its SHA-256 so a copy can be checked against the original.
 */
import { z } from 'zod'
import { IsoDateTime, ShortText } from '../kernel'

/** Largest attachment accepted; a signed DPA PDF is typically well under 5 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const

export const StoredDocumentSchema = z.strictObject({
  id: z.uuid(),
  /** The record the document belongs to (an agreement, a complaint …). */
  ownerId: z.uuid(),
  name: ShortText.min(1),
  mimeType: z.enum(DOCUMENT_MIME_TYPES),
  bytes: z.int().min(0).max(MAX_DOCUMENT_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's content, base64-encoded so it travels inside the JSON backup unchanged. */
  dataBase64: z.base64().max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4),
  addedAt: IsoDateTime,
  addedBy: ShortText,
})
export type StoredDocument = z.infer<typeof StoredDocumentSchema>
