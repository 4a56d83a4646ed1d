/**
 * Opening a zip (an XLSX, an inspection pack) without letting it blow up: the central directory's declared sizes
 * are added up and checked against the limit before anything is inflated, and each entry is inflated into a
 * buffer of exactly its declared size, so an entry that lies about its size is cut off rather than allowed to grow
 * (a 511 KB xlsx reached 521 MiB in the wild, safety-and-speed.md §4). Only stored and deflated entries are read.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'

/** Most entries a zip may hold; an XLSX has a few dozen, a pack ten. */
export const MAX_ZIP_ENTRIES = 5_000

/** A refused zip. */
export type ZipProblem = { code: 'unpacked_too_large'; limit: number; found: number } | { code: 'zip_unreadable' }

/** The zip's files by name, or why it was refused. */
export type ZipOutcome = { ok: true; files: Record<string, Uint8Array> } | { ok: false; problem: ZipProblem }

/** Declared (uncompressed) sizes of every entry, read from the central directory without inflating anything. */
export function declaredEntries(bytes: Uint8Array): UnzipFileInfo[] | null {
  const entries: UnzipFileInfo[] = []
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file)
        return false
      },
    })
  } catch {
    return null
  }
  return entries
}

/** Inflates a zip whose declared total is within `maxUnpacked`; refuses it otherwise, inflating nothing. */
export function safeUnzip(bytes: Uint8Array, maxUnpacked: number): ZipOutcome {
  const entries = declaredEntries(bytes)
  if (entries === null || entries.length === 0 || entries.length > MAX_ZIP_ENTRIES) {
    return { ok: false, problem: { code: 'zip_unreadable' } }
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0)
  if (total > maxUnpacked)
    return { ok: false, problem: { code: 'unpacked_too_large', limit: maxUnpacked, found: total } }
  if (entries.some((e) => e.compression !== 0 && e.compression !== 8))
    return { ok: false, problem: { code: 'zip_unreadable' } }
  try {
    // fflate inflates each entry into a buffer of its declared size and does not grow it (see the module comment).
    return { ok: true, files: unzipSync(bytes) }
  } catch {
    return { ok: false, problem: { code: 'zip_unreadable' } }
  }
}
