/** The ordered list of schema versions; each later file states only its difference from the one before. */
import type { Transaction } from 'dexie'
import * as m001 from './001-create-register'
import * as m002 from './002-add-audit-log'
import * as m003 from './003-add-module-tables'

export interface Migration {
  version: number
  stores: Readonly<Record<string, string | null>>
  upgrade?: (tx: Transaction) => Promise<unknown>
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003]

/** The schema version the app writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0
