/**
 * Which files may be attached to a case: PDF, PNG, JPEG or plain text, told by their first bytes (not the name,
 * which anyone can change), and no larger than the documents table accepts. The viewer only opens these types
 * (shared/ipc VIEWABLE_MIME_TYPES), so anything else is refused before it is stored.
 */
import { MAX_DOCUMENT_BYTES, type StoredDocument } from '../documents'
import { sha256Hex } from '../kernel'

/** Why a file was refused. */
export type CaseDocumentProblem = 'empty' | 'too_large' | 'unsupported'

/** The file's type, or why it cannot be attached. */
export type CaseDocumentVerdict =
  { ok: true; mimeType: StoredDocument['mimeType'] } | { ok: false; problem: CaseDocumentProblem }

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b)

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]

/** Text is accepted only as `.txt` that decodes as UTF-8 without NUL bytes: HTML or scripts stay out. */
function isPlainText(bytes: Uint8Array, fileName: string): boolean {
  if (!/\.txt$/i.test(fileName) || bytes.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Checks a file picked for attachment. */
export function checkCaseDocument(bytes: Uint8Array, fileName: string): CaseDocumentVerdict {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, problem: 'too_large' }
  if (startsWith(bytes, PDF)) return { ok: true, mimeType: 'application/pdf' }
  if (startsWith(bytes, PNG)) return { ok: true, mimeType: 'image/png' }
  if (startsWith(bytes, JPEG)) return { ok: true, mimeType: 'image/jpeg' }
  if (isPlainText(bytes, fileName)) return { ok: true, mimeType: 'text/plain' }
  return { ok: false, problem: 'unsupported' }
}

/** A file name safe to store and hand back to the system: no path parts or control characters, bounded. */
export function safeDocumentName(name: string, fallback = 'handling.pdf'): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const clean = Array.from(base)
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
  return (clean === '' || clean === '.' || clean === '..' ? fallback : clean).slice(-200)
}

/** Base64 of the bytes, in chunks so a 20 MB file does not overflow the argument list of `fromCharCode`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** What a stored case document is made from. */
export interface CaseDocumentFile {
  id: string
  /** The complaint or IMY case the file belongs to. */
  ownerId: string
  name: string
  bytes: Uint8Array
  mimeType: StoredDocument['mimeType']
  addedAt: string
  addedBy: string
}

/** The `documents` row for a file: content as base64 with its SHA-256, so a copy can be checked later. */
export function storedCaseDocument(file: CaseDocumentFile): StoredDocument {
  return {
    id: file.id,
    ownerId: file.ownerId,
    name: safeDocumentName(file.name),
    mimeType: file.mimeType,
    bytes: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    dataBase64: bytesToBase64(file.bytes),
    addedAt: file.addedAt,
    addedBy: file.addedBy,
  }
}
