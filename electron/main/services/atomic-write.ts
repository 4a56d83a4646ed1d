/**
 * Writes a file so that a crash or power cut leaves either the old file or the new one, never half of each:
 * write a temp file beside it, fsync, then rename over (rename is atomic within one folder).
 */
import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp names start with a dot and end in `.tmp`, so backup listings and users' file browsers skip them. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Atomically replaces (or creates) `path` with `content`; text is written as UTF-8. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/**
 * The synchronous twin, for the few bytes written while the app is closing: an async write started in a
 * window's `close` handler may still be pending when the process exits.
 */
export function writeFileAtomicSync(path: string, content: string): void {
  const temp = tempPathFor(path)
  try {
    writeFileSync(temp, content, { flag: 'wx', flush: true })
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
