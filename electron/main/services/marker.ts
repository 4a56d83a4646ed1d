/**
 * The workspace marker file in userData: what the database held after the last save. It lives outside
 * IndexedDB on purpose, so that a database the browser engine reset or lost can be told from a first run.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { WorkspaceMarkerSchema, type WorkspaceMarker } from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel/result'
import { writeFileAtomic } from './atomic-write'

export const MARKER_FILE = 'workspace-marker.json'

export interface MarkerStore {
  read: () => Promise<Result<WorkspaceMarker | null>>
  write: (marker: WorkspaceMarker) => Promise<Result<true>>
}

export function createMarkerStore(userData: string): MarkerStore {
  const path = join(userData, MARKER_FILE)
  return {
    async read() {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        return ok(null)
      }
      try {
        const parsed = WorkspaceMarkerSchema.safeParse(JSON.parse(text))
        // A damaged marker says nothing reliable; treat it as absent rather than block the app.
        return ok(parsed.success ? parsed.data : null)
      } catch {
        return ok(null)
      }
    },
    async write(marker) {
      try {
        await writeFileAtomic(path, JSON.stringify(marker))
        return ok(true)
      } catch (e) {
        return err('marker/write-failed', `Could not write the marker: ${String(e)}`)
      }
    },
  }
}
