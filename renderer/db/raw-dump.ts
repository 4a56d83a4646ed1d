/**
 * A copy of every table exactly as stored, at whatever schema version the database has. Used for the
 * pre-migration backup (written before an upgrade touches anything) and for the read-only export of a
 * database written by a newer DPO Desk, which this build must not open (safety-and-speed.md §2, target 3).
 */
import { DATABASE_NAME } from './database'
import { openExisting, requestValue } from './probe'

/** Every object store's rows, in key order. */
export interface RawDump {
  databaseName: string
  /** Dexie's schema version of the dumped database. */
  version: number
  tables: Record<string, unknown[]>
}

/** Reads every store in one read-only transaction, so the copy is consistent; null if there is no database. */
export async function dumpDatabase(name: string = DATABASE_NAME, factory?: IDBFactory): Promise<RawDump | null> {
  const database = await openExisting(name, factory)
  if (!database) return null
  try {
    const stores = [...database.objectStoreNames]
    const tables: Record<string, unknown[]> = {}
    if (stores.length > 0) {
      const tx = database.transaction(stores, 'readonly')
      await Promise.all(
        stores.map(async (s) => {
          tables[s] = await requestValue(tx.objectStore(s).getAll())
        }),
      )
    }
    return { databaseName: name, version: database.version / 10, tables }
  } finally {
    database.close()
  }
}

/** Row counts of a dump, to compare with the database after an upgrade. */
export function dumpCounts(dump: RawDump): Record<string, number> {
  return Object.fromEntries(Object.entries(dump.tables).map(([name, rows]) => [name, rows.length]))
}

/** Deletes the workspace database (only after its contents were exported and a restore was chosen). */
export function deleteDatabase(name: string = DATABASE_NAME, factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error ?? new Error(`[db] cannot delete ${name}`))
  })
}
