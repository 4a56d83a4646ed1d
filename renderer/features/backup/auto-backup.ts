/**
 * Automatic backups: a few seconds after the last change, and once more when the window closes with changes
 * not yet backed up. The bridge rotates them (newest 20 kept).
 */
import { onWorkspaceChanged } from '@/db/changes'
import { writeBackup } from './backup.service'

export interface AutoBackup {
  /** Writes now if anything changed since the last backup. */
  flush: () => Promise<void>
  stop: () => void
  readonly dirty: boolean
}

export function startAutoBackup(debounceMs = 4000, log: (msg: string) => void = console.warn): AutoBackup {
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let running: Promise<void> = Promise.resolve()

  const flush = (reason: 'auto' | 'quit' = 'auto'): Promise<void> => {
    clearTimeout(timer)
    if (!dirty) return running
    dirty = false
    running = running.then(async () => {
      const r = await writeBackup(reason)
      if (!r.ok) {
        dirty = true
        log(`[backup] automatic backup failed: ${r.error.message}`)
      }
    })
    return running
  }
  const unsubscribe = onWorkspaceChanged(() => {
    dirty = true
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), debounceMs)
  })
  return {
    flush: () => flush('quit'),
    stop: () => {
      clearTimeout(timer)
      unsubscribe()
    },
    get dirty() {
      return dirty
    },
  }
}
