/**
 * Keeping the workspace marker (userData file in Electron, localStorage in the browser) in step with the
 * database: schema version, rows per table and the audit head, written shortly after each save. At the next
 * start `judgeOpening` compares the database with it, so a reset or shrunken database is noticed
 * (safety-and-speed.md §2, target 2).
 */
import { COLLECTION_NAMES } from '@shared/backup'
import type { WorkspaceMarker } from '@shared/ipc'
import { auditHead } from '@/db/audit'
import { onWorkspaceChanged } from '@/db/changes'
import { db, type DpoDatabase } from '@/db/database'
import { api } from '@/platform/bridge'

/** The marker for the database as it is now, read in one transaction so counts and head agree. */
export async function currentMarker(database: DpoDatabase = db(), now = new Date()): Promise<WorkspaceMarker> {
  const tables = [...COLLECTION_NAMES.map((n) => database.table(n)), database.audit]
  return database.transaction('r', tables, async () => {
    const counts = Object.fromEntries(
      await Promise.all(COLLECTION_NAMES.map(async (n) => [n, await database.table(n).count()] as const)),
    )
    const head = await auditHead(database)
    return {
      schemaVersion: database.verno,
      counts,
      auditCount: head.count,
      auditHeadHash: head.headHash,
      writtenAt: now.toISOString(),
    }
  })
}

/** Writes the marker now; failures are logged, never thrown (the save itself already succeeded). */
export async function writeMarkerNow(log: (msg: string) => void = console.warn): Promise<void> {
  try {
    const r = await api()['marker:write'](await currentMarker())
    if (!r.ok) log(`[marker] not written: ${r.error.message}`)
  } catch (e) {
    log(`[marker] not written: ${String(e)}`)
  }
}

export interface MarkerWriter {
  /** Writes at once if a change is pending. */
  flush: () => Promise<void>
  stop: () => void
}

/**
 * Rewrites the marker `debounceMs` after the last change. Debounced because a marker that lags behind is safe
 * (`judgeOpening` only alarms when the database has less than the marker says), and one write per burst of
 * saves keeps the file system quiet.
 */
export function startMarkerWriter(debounceMs = 1000): MarkerWriter {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending = false
  let running: Promise<void> = Promise.resolve()
  const flush = (): Promise<void> => {
    clearTimeout(timer)
    if (!pending) return running
    pending = false
    running = running.then(() => writeMarkerNow())
    return running
  }
  const unsubscribe = onWorkspaceChanged(() => {
    pending = true
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), debounceMs)
  })
  return {
    flush,
    stop: () => {
      clearTimeout(timer)
      unsubscribe()
    },
  }
}
