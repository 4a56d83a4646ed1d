/**
 * The workspace database. One Dexie subclass with typed tables; the schema comes from the numbered
 * migrations so any test can open it at an earlier version (`upTo`).
 */
import Dexie, { type Table } from 'dexie'
import type { AuditEntry } from '@shared/audit'
import type { CollectionName, CollectionRecord } from '@shared/backup'
import { MIGRATIONS } from './migrations'

/** The IndexedDB name; fixed forever, since renaming it would strand every user's data. */
export const DATABASE_NAME = 'dpo-desk'

export interface SettingRow {
  key: string
  value: unknown
}

type CollectionTables = { [K in CollectionName]: Table<CollectionRecord<K>, string> }

export interface DpoDatabase extends CollectionTables {}

// The collection tables are declared through the interface merge above, so adding a collection to
// shared/backup COLLECTIONS (and a migration) is all it takes to get a typed table.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DpoDatabase extends Dexie {
  settings!: Table<SettingRow, string>
  audit!: Table<AuditEntry, number>

  constructor(name: string, options: { upTo?: number } = {}) {
    // Flush to disk before a write is reported done (safety-and-speed.md §2): a DPO's register is the only copy.
    super(name, { chromeTransactionDurability: 'strict' })
    for (const m of MIGRATIONS) {
      if (options.upTo !== undefined && m.version > options.upTo) break
      const v = this.version(m.version).stores(m.stores)
      if (m.upgrade) v.upgrade(m.upgrade)
    }
  }
}

/** Opens (without yet connecting) the workspace database, optionally stopping at an older version. */
export function openDatabase(name: string = DATABASE_NAME, upTo?: number): DpoDatabase {
  return new DpoDatabase(name, upTo === undefined ? {} : { upTo })
}

let current: DpoDatabase | undefined

/** The app's database singleton. */
export function db(): DpoDatabase {
  current ??= openDatabase()
  return current
}

/** Replaces the singleton (tests, or after the database was deleted and recreated). */
export function useDatabase(database: DpoDatabase): void {
  current = database
}
