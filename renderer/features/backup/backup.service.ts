/**
 * Export, import and automatic backups of the whole workspace. Import is validated completely before anything
 * is written, a pre-restore backup is taken, and then one transaction replaces or merges.
 */
import {
  buildWorkspaceFile,
  MAX_WORKSPACE_FILE_CHARS,
  readWorkspaceFile,
  serialiseWorkspaceFile,
  type WorkspaceFile,
} from '@shared/backup'
import type { BackupReason } from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel'
import { api } from '@/platform/bridge'
import { writeMarkerNow } from '@/features/workspace/marker'
import { workspaceRepository } from '@/features/workspace/workspace.repository'

export type ImportMode = 'replace' | 'merge'

export interface ImportOutcome {
  mode: ImportMode
  activities: number
  added?: number
  updated?: number
}

/** The current workspace as backup-file text. */
export async function workspaceFileText(): Promise<string> {
  const data = await workspaceRepository.snapshot()
  return serialiseWorkspaceFile(buildWorkspaceFile(data, __APP_VERSION__, new Date()))
}

/** Saves the whole workspace to a file the user picks (Electron) or downloads (browser). */
export async function exportWorkspace(): Promise<Result<{ saved: boolean; name: string }>> {
  const stamp = new Date().toISOString().slice(0, 10)
  return api()['file:save']({
    suggestedName: `dpo-desk-arbetsyta-${stamp}.json`,
    content: await workspaceFileText(),
    mimeType: 'application/json',
    filters: [{ name: 'DPO Desk', extensions: ['json'] }],
  })
}

/**
 * The backup text built in a worker, so a large workspace does not freeze the page while it is hashed and
 * serialised; on this thread where workers are unavailable (unit tests) or the worker fails.
 */
export function workspaceFileTextOffThread(): Promise<string> {
  if (typeof Worker === 'undefined') return workspaceFileText()
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-file.worker.ts', import.meta.url), { type: 'module' })
    const fallback = (why: string) => {
      worker.terminate()
      console.warn('[backup] worker failed, building the backup on the main thread:', why)
      workspaceFileText().then(resolve, reject)
    }
    worker.onmessage = (e: MessageEvent<{ ok: true; text: string } | { ok: false; message: string }>) => {
      if (!e.data.ok) return fallback(e.data.message)
      worker.terminate()
      resolve(e.data.text)
    }
    worker.onerror = (e) => {
      e.preventDefault()
      fallback(e.message)
    }
    worker.postMessage('build')
  })
}

/** Writes an automatic backup through the bridge (rotated there, newest 20 kept). */
export async function writeBackup(reason: BackupReason) {
  return api()['backup:write']({ content: await workspaceFileTextOffThread(), reason })
}

/** Decodes bytes as strict UTF-8, so a file in another encoding is refused instead of garbled. */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''))
  } catch {
    return err('backup/encoding', 'The file is not UTF-8 text')
  }
}

/** Validates text as a workspace and, only if all of it is valid, applies it. */
export async function importWorkspaceText(
  text: string,
  mode: ImportMode,
  actor: string,
  source: string,
): Promise<Result<ImportOutcome>> {
  const file = readWorkspaceFile(text)
  if (!file.ok) return file
  const safety = await writeBackup('pre-restore')
  if (!safety.ok) return err('backup/pre-restore-failed', `No safety backup could be written: ${safety.error.message}`)
  const outcome = await apply(file.value, mode, actor, source)
  // At once, not debounced: a restore may shorten the audit log, and a marker still showing the longer log
  // would read as data loss at the next start.
  await writeMarkerNow()
  return ok(outcome)
}

async function apply(file: WorkspaceFile, mode: ImportMode, actor: string, source: string): Promise<ImportOutcome> {
  const activities = file.data.activities.length
  if (mode === 'replace') {
    await workspaceRepository.replace(file.data, actor, source)
    return { mode, activities }
  }
  return { mode, activities, ...(await workspaceRepository.merge(file.data, actor, source)) }
}

/** Lets the user pick a workspace file and imports it. `ok(null)` when the dialog was cancelled. */
export async function importWorkspaceFromFile(mode: ImportMode, actor: string): Promise<Result<ImportOutcome | null>> {
  const picked = await api()['file:open']({
    filters: [{ name: 'DPO Desk', extensions: ['json'] }],
    maxBytes: MAX_WORKSPACE_FILE_CHARS,
  })
  if (!picked.ok || picked.value === null) return picked as Result<null>
  const text = decodeUtf8(picked.value.bytes)
  if (!text.ok) return text
  return importWorkspaceText(text.value, mode, actor, picked.value.name)
}

/** Restores one of the automatic backups, replacing the workspace. */
export async function restoreBackup(name: string, actor: string): Promise<Result<ImportOutcome>> {
  const text = await api()['backup:read'](name)
  if (!text.ok) return text
  return importWorkspaceText(text.value, 'replace', actor, name)
}

/** The newest automatic backup this build can read (a newer app's backups may use a newer format). */
export async function newestReadableBackup(): Promise<string | null> {
  const list = await api()['backup:list']()
  if (!list.ok) return null
  for (const info of list.value) {
    const text = await api()['backup:read'](info.name)
    if (text.ok && readWorkspaceFile(text.value).ok) return info.name
  }
  return null
}
