/**
 * Verifying the stored audit chain page by page, so 100k entries never sit in memory at once, and off the UI
 * thread in a Web Worker when one is available (safety-and-speed.md §3, target 4).
 *
 * Entries are hashed with the synchronous SHA-256 of @noble/hashes when they are written, because an awaited
 * WebCrypto digest inside a Dexie transaction lets IndexedDB auto-commit it (TransactionInactiveError) and the
 * entry must commit with its change. Verification runs outside any transaction, so it can afford a cheap
 * WebCrypto cross-check of the head entry: a faulty hash library would show as a mismatch there.
 */
import { GENESIS_HASH, hashAuditEntry, type AuditEntry, type ChainVerdict } from '@shared/audit'
import { canonicalJson } from '@shared/kernel'
import type { DpoDatabase } from './database'

/** A chain verdict plus whether the platform's SHA-256 agreed with the stored head hash. */
export type StoredChainVerdict = ChainVerdict & { webCryptoAgrees: boolean | null }

interface Progress {
  prev: AuditEntry | undefined
  count: number
}

/** Checks one page after `progress.prev`; returns the first failure, or null and advances `progress`. */
export function verifyAuditPage(page: readonly AuditEntry[], progress: Progress): ChainVerdict | null {
  for (const entry of page) {
    const expectedSeq = (progress.prev?.seq ?? 0) + 1
    if (entry.seq !== expectedSeq) return { ok: false, brokenAtSeq: expectedSeq, reason: 'sequence' }
    if (entry.prevHash !== (progress.prev?.hash ?? GENESIS_HASH)) {
      return { ok: false, brokenAtSeq: entry.seq, reason: 'link' }
    }
    const { hash, ...rest } = entry
    if (hashAuditEntry(rest) !== hash) return { ok: false, brokenAtSeq: entry.seq, reason: 'hash' }
    progress.prev = entry
    progress.count++
  }
  return null
}

/** SHA-256 of an entry through WebCrypto, the same input as `hashAuditEntry`; null without a secure context. */
export async function webCryptoHash(entry: AuditEntry): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null
  const { hash: _hash, ...rest } = entry
  const bytes = new TextEncoder().encode(entry.prevHash + '\n' + canonicalJson(rest))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Walks the stored chain oldest first in pages of `pageSize`, keyed by `seq` (a keyset walk: no offset).
 * Reads the stored order of the table, so a reordered or renumbered entry is caught as it would be in a file.
 */
export async function verifyStoredAudit(database: DpoDatabase, pageSize = 5000): Promise<StoredChainVerdict> {
  const progress: Progress = { prev: undefined, count: 0 }
  let lastKey = 0
  for (;;) {
    const page = await database.audit.where('seq').above(lastKey).limit(pageSize).toArray()
    if (page.length === 0) break
    const failure = verifyAuditPage(page, progress)
    if (failure) return { ...failure, webCryptoAgrees: null }
    lastKey = page[page.length - 1]!.seq
  }
  const head = progress.prev
  const platform = head ? await webCryptoHash(head) : null
  return {
    ok: true,
    count: progress.count,
    headHash: head?.hash ?? GENESIS_HASH,
    webCryptoAgrees: platform === null ? null : platform === head?.hash,
  }
}

/** What the worker posts back. */
export type WorkerReply = { ok: true; verdict: StoredChainVerdict } | { ok: false; message: string }

/**
 * Verifies in a Web Worker so the UI stays responsive over 100k entries; falls back to this thread where
 * workers are unavailable (unit tests, very old engines).
 */
export function verifyAuditInWorker(fallback: () => Promise<StoredChainVerdict>): Promise<StoredChainVerdict> {
  if (typeof Worker === 'undefined') return fallback()
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./audit-verify.worker.ts', import.meta.url), { type: 'module' })
    const finish = (verdict: Promise<StoredChainVerdict> | StoredChainVerdict) => {
      worker.terminate()
      resolve(verdict)
    }
    const fail = (why: string) => {
      console.warn('[audit] verification worker failed; verifying on the main thread:', why)
      finish(fallback())
    }
    worker.onmessage = (e: MessageEvent<WorkerReply>) => (e.data.ok ? finish(e.data.verdict) : fail(e.data.message))
    worker.onerror = (e) => {
      e.preventDefault()
      fail(e.message)
    }
    worker.postMessage('verify')
  })
}
