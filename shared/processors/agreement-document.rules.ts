/**
 * Which files may be attached as the signed agreement: a PDF (or a scan as PNG/JPEG), recognised by its first
 * bytes rather than its name, so a renamed executable or a web page is not stored and later handed to the
 * system viewer as a "PDF". The size limit is the documents collection's (MAX_DOCUMENT_BYTES).
 */
import { MAX_DOCUMENT_BYTES } from '../documents'

/** File types accepted as a signed agreement. */
export const AGREEMENT_DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const
/** A file type accepted as a signed agreement. */
export type AgreementDocumentType = (typeof AGREEMENT_DOCUMENT_TYPES)[number]

/** Why a file cannot be attached. */
export type DocumentProblem = 'empty' | 'too_large' | 'unsupported_type'

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)

/** `%PDF-`, the PNG signature and the JPEG SOI marker. */
const MAGIC: readonly (readonly [AgreementDocumentType, readonly number[]])[] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
]

/** The file's type from its first bytes, or null when it is none of the accepted ones. */
export function detectDocumentType(bytes: Uint8Array): AgreementDocumentType | null {
  return MAGIC.find(([, magic]) => startsWith(bytes, magic))?.[0] ?? null
}

/** The file's type, or why it cannot be attached (empty, over `maxBytes`, not a PDF/PNG/JPEG). */
export function checkAgreementDocument(
  bytes: Uint8Array,
  maxBytes: number = MAX_DOCUMENT_BYTES,
): { ok: true; mimeType: AgreementDocumentType } | { ok: false; problem: DocumentProblem } {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' }
  if (bytes.byteLength > maxBytes) return { ok: false, problem: 'too_large' }
  const mimeType = detectDocumentType(bytes)
  return mimeType ? { ok: true, mimeType } : { ok: false, problem: 'unsupported_type' }
}

/** A byte count as the DPO reads it: `512 B`, `34.5 kB`, `20 MB` (1024-based, as Windows shows file sizes). */
export function formatBytes(bytes: number): string {
  const trim = (n: number): string => n.toFixed(1).replace(/\.0$/, '')
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} kB`
  return `${trim(bytes / (1024 * 1024))} MB`
}
