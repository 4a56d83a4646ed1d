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
