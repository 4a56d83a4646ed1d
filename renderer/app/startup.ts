/**
 * The start-up check that runs before the workspace database is opened. It holds Dexie's first open
 * (`holdDatabaseOpen`), looks at the database raw, compares it with the marker, and then either opens it,
 * writes a pre-migration backup and opens it (upgrade), or stops and lets the user decide (missing, shrunk,
 * newer). The app never silently starts empty or runs an upgrade over a database (safety-and-speed.md §2).
 *
 * It runs before the first screen, so it imports only the raw database tools eagerly. The workspace format (every
 * feature's schema, for the collection names) loads while the database is probed; the backup and marker writers
 * load when a verdict needs them.
 */
import { shallowRef, type ShallowRef } from 'vue'
import { DATABASE_NAME, db, holdDatabaseOpen } from '@/db/database'
import { LATEST_VERSION } from '@/db/migrations'
import { probeDatabase } from '@/db/probe'
import { deleteDatabase, dumpCounts, dumpDatabase, type RawDump } from '@/db/raw-dump'
import { judgeOpening, opensWithoutAsking, type OpeningVerdict } from '@/features/workspace/opening-check'
import { api } from '@/platform/bridge'

/** Where start-up stands; the shell shows the guard instead of the app while `blocked`. */
export type StartupState =
  | { phase: 'checking' }
  | { phase: 'blocked'; verdict: BlockingVerdict; newestBackup: string | null; exported: boolean }
  | { phase: 'ready'; migratedFrom: number | null; migrationMismatch: string[] }

/** A verdict the user must answer, including an upgrade whose safety backup could not be written. */
export type BlockingVerdict =
  | Exclude<OpeningVerdict, { kind: 'ok' | 'first-run' | 'upgrade' }>
  | { kind: 'backup-failed'; from: number; to: number; message: string }

export interface Startup {
  readonly state: ShallowRef<StartupState>
  /** Holds the database and runs the check; call before anything queries the database. */
  begin: () => Promise<void>
  /** Opens the database as it is (missing or shrunk: the user accepts; failed backup: upgrade anyway). */
  proceed: () => Promise<void>
  /** Runs the check again (after a failed pre-migration backup). */
  retry: () => Promise<void>
  /** Saves a read-only copy of every table as stored. */
  exportCopy: () => Promise<boolean>
  /**
   * Makes way for restoring the newest readable backup: a newer database is deleted first (only once its copy
   * was saved), then the database is opened. Returns the backup's name for the caller to restore.
   */
  prepareRestore: () => Promise<string | null>
}

/** Rows per table that an upgrade lost, comparing the pre-migration copy with the upgraded database. */
async function migrationMismatch(before: Record<string, number>): Promise<string[]> {
  const database = db()
  await database.open()
  const names = database.tables.map((t) => t.name).filter((n) => n in before)
  const after = await Promise.all(names.map(async (n) => [n, await database.table(n).count()] as const))
  return after.filter(([n, count]) => count < (before[n] ?? 0)).map(([n]) => n)
}

/**
 * The newest backup that can be read, or null. Never throws: a blocking verdict must stay blocking, so a failure
 * here shows the guard without the restore button rather than falling through to opening the database.
 */
async function newestBackupOrNone(): Promise<string | null> {
  try {
    const { newestReadableBackup } = await import('@/features/backup/backup.service')
    return await newestReadableBackup()
  } catch (e) {
    console.error('[startup] backups could not be read', e)
    return null
  }
}

/** A start-up check for the database `name` (the workspace database; tests use their own). */
export function createStartup(name: string = DATABASE_NAME): Startup {
  const state = shallowRef<StartupState>({ phase: 'checking' })
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))

  async function open(migratedFrom: number | null = null, before: Record<string, number> | null = null) {
    release()
    const mismatch = before ? await migrationMismatch(before) : []
    state.value = { phase: 'ready', migratedFrom, migrationMismatch: mismatch }
    try {
      const { writeMarkerNow } = await import('@/features/workspace/marker')
      await writeMarkerNow()
    } catch (e) {
      // A marker that lags behind is safe (judgeOpening alarms only on less than it says); the next save rewrites it.
      console.warn('[startup] marker not written', e)
    }
  }

  async function upgrade(from: number, to: number): Promise<void> {
    const dump = (await dumpDatabase(name)) as RawDump
    const { writePreMigrationBackup } = await import('@/features/backup/raw-backup')
    const written = await writePreMigrationBackup(dump)
    if (written.ok) return open(from, dumpCounts(dump))
    const verdict: BlockingVerdict = { kind: 'backup-failed', from, to, message: written.error.message }
    state.value = { phase: 'blocked', verdict, newestBackup: null, exported: false }
  }

  async function check(): Promise<void> {
    try {
      const [probe, marker, backups, { COLLECTION_NAMES }] = await Promise.all([
        probeDatabase(name),
        api()['marker:read'](),
        api()['backup:list'](),
        import('@shared/backup'),
      ])
      const count = backups.ok ? backups.value.length : 0
      const verdict = judgeOpening(probe, marker.ok ? marker.value : null, count, LATEST_VERSION, COLLECTION_NAMES)
      if (verdict.kind === 'upgrade') return await upgrade(verdict.from, verdict.to)
      if (opensWithoutAsking(verdict)) return await open()
      const newestBackup = await newestBackupOrNone()
      state.value = { phase: 'blocked', verdict: verdict as BlockingVerdict, newestBackup, exported: false }
    } catch (e) {
      // The check could not run (IndexedDB unavailable, a damaged store): opening as before is all that is left;
      // Dexie reports the same failure to the user through the first query.
      console.error('[startup] opening check failed', e)
      await open()
    }
  }

  const blocked = () => (state.value.phase === 'blocked' ? state.value : null)

  return {
    state,
    begin: () => {
      holdDatabaseOpen(gate)
      return check()
    },
    proceed: () => open(),
    retry: check,
    async exportCopy() {
      const dump = await dumpDatabase(name)
      if (!dump) return false
      const { exportRawDump } = await import('@/features/backup/raw-backup')
      const saved = await exportRawDump(dump)
      const current = blocked()
      if (saved.ok && saved.value.saved && current) state.value = { ...current, exported: true }
      return saved.ok && saved.value.saved
    },
    async prepareRestore() {
      const current = blocked()
      if (!current?.newestBackup) return null
      // A newer database cannot be opened by this build: it goes, but only once a copy of it was saved.
      if (current.verdict.kind === 'newer') {
        if (!current.exported) return null
        await deleteDatabase(name)
      }
      release()
      return current.newestBackup
    },
  }
}

/** The app's one start-up check. */
export const startup = createStartup()
