/**
 * Checks that run once the app is up, in the background: the audit chain (in a worker, so 100k entries do
 * not block the UI) and the storage level. They only report; the user decides what to do.
 */
import { verifyAuditInWorker, verifyStoredAudit } from '@/db/audit-verify'
import { db } from '@/db/database'
import { storageLevel, storagePercent, storageStatus } from '@/features/settings/storage'

/** Something a background check found, for the snackbar. */
export type SafetyFinding =
  | { kind: 'audit-broken'; seq: number; reason: string }
  | { kind: 'hash-disagrees' }
  | { kind: 'storage-high'; percent: number }
  | { kind: 'storage-low' }

/** Walks the audit chain off the UI thread; a broken chain or a WebCrypto disagreement is a finding. */
export async function checkAuditChain(): Promise<SafetyFinding | null> {
  const verdict = await verifyAuditInWorker(() => verifyStoredAudit(db()))
  if (!verdict.ok) return { kind: 'audit-broken', seq: verdict.brokenAtSeq, reason: verdict.reason }
  if (verdict.webCryptoAgrees === false) return { kind: 'hash-disagrees' }
  console.info(`[audit] chain verified: ${verdict.count} entries`)
  return null
}

/** Logs the storage estimate (safety-and-speed.md §2 target 5) and reports 80 % use or little space left. */
export async function checkStorage(): Promise<SafetyFinding | null> {
  const status = await storageStatus()
  console.info(`[storage] ${status.usage} of ${status.quota} bytes used, persisted: ${status.persisted}`)
  const level = storageLevel(status)
  if (level === 'high') return { kind: 'storage-high', percent: storagePercent(status) }
  return level === 'low' ? { kind: 'storage-low' } : null
}

/**
 * Runs both after `delayMs`, so they do not compete with the first paint, and reports each finding.
 * Returns a function that cancels checks not yet started.
 */
export function scheduleSafetyChecks(report: (finding: SafetyFinding) => void, delayMs = 3000): () => void {
  const timer = setTimeout(() => {
    void (async () => {
      for (const check of [checkStorage, checkAuditChain]) {
        try {
          const finding = await check()
          if (finding) report(finding)
        } catch (e) {
          console.warn('[safety] background check failed', e)
        }
      }
    })()
  }, delayMs)
  return () => clearTimeout(timer)
}
