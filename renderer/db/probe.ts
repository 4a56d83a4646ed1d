/**
 * Looking at the workspace database without Dexie and without a version, before anything opens it for real.
 * Dexie would create a missing database, upgrade an older one and (since 4.0.1) silently open a newer one
 * (Dexie#2097); a raw `indexedDB.open(name)` with no version does none of that (safety-and-speed.md §2).
 */
import { DATABASE_NAME } from './database'

/** What the database holds, read without changing it. */
export interface DatabaseProbe {
  exists: boolean
  /** Dexie's schema version (IndexedDB stores Dexie's version × 10); 0 when the database does not exist. */
  version: number
  /** Rows per object store, every store the database has (also ones this build does not know). */
  counts: Record<string, number>
  /** Sequence number and hash of the newest audit entry. */
  auditCount: number
  auditHeadHash: string | null
  /** Whether a workspace was ever started in it (first-run choice made). */
  started: boolean
}

const EMPTY: DatabaseProbe = {
  exists: false,
  version: 0,
  counts: {},
  auditCount: 0,
  auditHeadHash: null,
  started: false,
}

/** Opens `name` at whatever version it has; resolves null (and leaves nothing behind) when it does not exist. */
export function openExisting(name: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name)
    let created = false
    req.onupgradeneeded = () => {
      // Only a database that did not exist gets an upgrade when opened without a version: undo its creation.
      created = true
      req.transaction?.abort()
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = (e) => {
      e.preventDefault()
      if (!created) return reject(req.error ?? new Error(`[db] cannot open ${name}`))
      const del = factory.deleteDatabase(name)
      del.onsuccess = del.onerror = del.onblocked = () => resolve(null)
    }
    req.onblocked = () => reject(new Error(`[db] opening ${name} is blocked by another connection`))
  })
}

/** Wraps one request as a promise. */
export function requestValue<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('[db] request failed'))
  })
}

async function readProbe(database: IDBDatabase): Promise<DatabaseProbe> {
  const stores = [...database.objectStoreNames]
  const probe: DatabaseProbe = { ...EMPTY, exists: true, version: database.version / 10, counts: {} }
  if (stores.length === 0) return probe
  const tx = database.transaction(stores, 'readonly')
  await Promise.all(
    stores.map(async (s) => {
      probe.counts[s] = await requestValue(tx.objectStore(s).count())
    }),
  )
  if (stores.includes('audit')) {
    const cursor = await requestValue(tx.objectStore('audit').openCursor(null, 'prev'))
    const head = cursor?.value as { seq?: unknown; hash?: unknown } | undefined
    probe.auditCount = typeof head?.seq === 'number' ? head.seq : 0
    probe.auditHeadHash = typeof head?.hash === 'string' ? head.hash : null
  }
  if (stores.includes('settings')) {
    probe.started = (await requestValue(tx.objectStore('settings').get('workspace'))) !== undefined
  }
  return probe
}

/** Inspects the workspace database as it is on disk; never creates, upgrades or alters it. */
export async function probeDatabase(name: string = DATABASE_NAME, factory?: IDBFactory): Promise<DatabaseProbe> {
  const database = await openExisting(name, factory)
  if (!database) return { ...EMPTY, counts: {} }
  try {
    return await readProbe(database)
  } finally {
    database.close()
  }
}
