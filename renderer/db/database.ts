/**
 * The workspace database. One Dexie subclass with typed tables; the schema comes from the numbered
 * migrations so any test can open it at an earlier version (`upTo`).
 */
import Dexie, { type PromiseExtended, type Table } from 'dexie'
import type { AuditEntry } from '@shared/audit'
import type { CollectionName, CollectionRecord } from '@shared/backup'
import { MIGRATIONS } from './migrations'
import { asStorageError } from './quota'

/** The IndexedDB name; fixed forever, since renaming it would strand every user's data. */
export const DATABASE_NAME = 'dpo-desk'

export interface SettingRow {
  key: string
  value: unknown
}

type CollectionTables = { [K in CollectionName]: Table<CollectionRecord<K>, string> }

// The interface half of the merge below: empty on purpose, it only carries the collection tables.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
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
    // Every write is a transaction; a full disk aborts it at commit. Name that failure once, here, for every
    // feature's repository, so the user reads "storage full, nothing saved" instead of an AbortError.
    const transaction = this.transaction.bind(this) as (...args: unknown[]) => PromiseExtended<unknown>
    this.transaction = ((...args: unknown[]) =>
      transaction(...args).catch((e: unknown) => {
        throw asStorageError(e)
      })) as typeof this.transaction
  }

  /**
   * Waits for the start-up checks before the first connection (see `holdDatabaseOpen`): Dexie opens on the
   * first query, and that open would upgrade an older database or silently accept a newer one.
   */
  override open(): PromiseExtended<Dexie> {
    const gate = openGate
    return gate ? Dexie.Promise.resolve(gate).then(() => super.open()) : super.open()
  }
}

let openGate: Promise<unknown> | null = null

/**
 * Holds the first open of every DpoDatabase until `gate` resolves (null lifts the hold). The start-up check
 * sets it before anything queries, inspects the database raw, writes a pre-migration backup when an upgrade is
 * due, and releases it; for a database newer than the app it never does (safety-and-speed.md §2, target 3).
 */
export function holdDatabaseOpen(gate: Promise<unknown> | null): void {
  openGate = gate
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
