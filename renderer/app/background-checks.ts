/**
 * The checks behind `scheduleSafetyChecks`: the audit chain (in a worker, so 100k entries do not block the UI)
 * and the storage level. Loaded only when the schedule fires, since nothing on the first screen needs them.
 */
import { verifyAuditInWorker, verifyStoredAudit } from '@/db/audit-verify'
import { db } from '@/db/database'
import { storageLevel, storagePercent, storageStatus } from '@/features/settings/storage'
import type { SafetyFinding } from './safety-checks'

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
