/**
 * Recognising a write that failed because the disk or the origin's quota is full. Chromium aborts the whole
 * transaction at commit with a `QuotaExceededError`; Dexie hands it on either as its own `QuotaExceededError`
 * or wrapped in an `AbortError` whose `inner` is the DOMException (Dexie `Transaction` onabort). Since the
 * transaction aborted, nothing of the write was kept: the last good state stands (safety-and-speed.md §2).
 */
import { RecordError } from './record-error'

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'])

/** True when `error`, or any error it wraps, says the storage quota was exceeded. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error
  // A bounded walk: a hostile or cyclic `inner` chain must not hang the error path.
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown }
    if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true
    // Legacy DOMException code 22 (QUOTA_EXCEEDED_ERR).
    if (e.code === 22 && e.name !== 'RecordError') return true
    current = e.inner ?? e.cause
  }
  return false
}

/** The storage is full: the write was rolled back. Shown with `errors.storage-full`. */
export class StorageFullError extends RecordError {
  constructor(readonly original: unknown) {
    super('storage-full', 'The disk or the storage quota is full; the change was not saved')
    this.name = 'StorageFullError'
  }
}

/** Rethrows a quota failure as a `StorageFullError`; every other error passes through unchanged. */
export function asStorageError(error: unknown): unknown {
  if (error instanceof StorageFullError) return error
  return isQuotaError(error) ? new StorageFullError(error) : error
}
