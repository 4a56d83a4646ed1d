/**
 * Persistent storage: asked for once at start (cheap insurance against eviction, safety-and-speed.md §2),
 * and read back for the settings page.
 */
export interface StorageStatus {
  persisted: boolean
  usage: number
  quota: number
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false
  const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist())
  console.info(`[storage] persistent storage ${granted ? 'granted' : 'not granted'}`)
  return granted
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false
  const estimate = (await navigator.storage?.estimate?.()) ?? {}
  return { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 }
}

/** Usage at or above this share of the quota gets a warning (issue 9: "a warning at 80%"). */
export const STORAGE_WARNING_RATIO = 0.8
/**
 * Chromium's quota follows the free disk, so quota minus usage approximates what is left; below this a full
 * disk is near, and a full disk has reset databases before (electron#41877, safety-and-speed.md §2 target 5).
 */
export const LOW_STORAGE_BYTES = 500 * 1024 * 1024

export type StorageLevel = 'ok' | 'high' | 'low'

/** How worried to be about the storage: `high` at 80 % of the quota, `low` with under 500 MB left. */
export function storageLevel(status: Pick<StorageStatus, 'usage' | 'quota'>): StorageLevel {
  if (!status.quota) return 'ok'
  if (status.usage / status.quota >= STORAGE_WARNING_RATIO) return 'high'
  if (status.quota - status.usage < LOW_STORAGE_BYTES) return 'low'
  return 'ok'
}

/** Used share of the quota in whole percent (0 when the quota is unknown). */
export function storagePercent(status: Pick<StorageStatus, 'usage' | 'quota'>): number {
  return status.quota ? Math.min(100, Math.round((status.usage / status.quota) * 100)) : 0
}
