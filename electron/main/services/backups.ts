/**
 * Backups written by main into `<userData>/backups/`, outside IndexedDB, so that a corrupted or wiped
 * database still leaves a copy on disk (safety-and-speed §2). Names come from `backupFileName` (sortable by
 * time, with the reason); reads accept only such names, so the renderer can never name another path.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  BACKUPS_KEPT,
  BackupNameSchema,
  MAX_BACKUP_BYTES,
  backupFileName,
  parseBackupFileName,
  type BackupInfo,
  type BackupReason,
  type WriteBackupRequest,
} from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel/result'
import { writeFileAtomic } from './atomic-write'
import { readFileWithin } from './file-dialogs'

/** Sub-folder of userData. */
export const BACKUPS_FOLDER = 'backups'

const REASONS: readonly BackupReason[] = ['auto', 'quit', 'manual', 'pre-restore', 'pre-migration', 'pre-reset']
const isReason = (value: string): value is BackupReason => (REASONS as readonly string[]).includes(value)

/** The backups folder for a userData folder. */
export const backupsFolder = (userData: string): string => join(userData, BACKUPS_FOLDER)

/** Backup file operations on one folder. */
export interface BackupStore {
  readonly folder: string
  write(request: WriteBackupRequest): Promise<Result<BackupInfo>>
  list(): Promise<Result<BackupInfo[]>>
  read(name: string): Promise<Result<string>>
}

export interface BackupStoreOptions {
  /** The clock, injectable for tests. */
  now?: () => Date
  /** How many backups survive rotation. */
  keep?: number
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code

/** The `-N` suffix a same-millisecond duplicate gets (0 for none): it orders two backups of the same stamp. */
function suffixOf(name: string): number {
  return Number(/-(\d+)\.json$/.exec(name)?.[1] ?? 0)
}

/** Newest first; same stamp → the later duplicate first. */
export function compareNewestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return suffixOf(b.name) - suffixOf(a.name)
}

/** The BackupInfo for a file name, or null for files that are not our backups. */
export function describeBackup(name: string, bytes: number): BackupInfo | null {
  if (!BackupNameSchema.safeParse(name).success) return null
  const parsed = parseBackupFileName(name)
  if (!parsed || !isReason(parsed.reason)) return null
  return { name, reason: parsed.reason, createdAt: parsed.createdAt, bytes }
}

async function listIn(folder: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return []
    throw error
  }
  const infos = await Promise.all(
    names.map(async (name) => {
      if (!describeBackup(name, 0)) return null
      const info = await stat(join(folder, name)).catch(() => null)
      return info?.isFile() ? describeBackup(name, info.size) : null
    }),
  )
  return infos.filter((i): i is BackupInfo => i !== null).sort(compareNewestFirst)
}

/** A name from `backupFileName` not yet taken in the folder (a `-N` suffix for same-millisecond writes). */
async function freeName(folder: string, reason: BackupReason, now: Date): Promise<string> {
  const base = backupFileName(reason, now)
  const taken = new Set(await readdir(folder))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = base.replace(/\.json$/, `-${n}.json`)
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Deletes all but the `keep` newest backups. The one just written always stays, even if the clock went back
 * and older files carry later stamps. Failures are logged, not returned: the new backup is already safe.
 */
async function rotate(folder: string, keep: number, justWritten: string): Promise<void> {
  const others = (await listIn(folder)).filter((b) => b.name !== justWritten)
  for (const backup of others.slice(Math.max(0, keep - 1))) {
    await rm(join(folder, backup.name), { force: true }).catch((error: unknown) => {
      console.warn(`[backups] could not rotate away ${backup.name}`, error)
    })
  }
}

/** Writes one backup, then rotates. */
async function writeIn(
  folder: string,
  request: WriteBackupRequest,
  now: Date,
  keep: number,
): Promise<Result<BackupInfo>> {
  try {
    await mkdir(folder, { recursive: true })
    const name = await freeName(folder, request.reason, now)
    await writeFileAtomic(join(folder, name), request.content)
    await rotate(folder, keep, name)
    const info = describeBackup(name, Buffer.byteLength(request.content, 'utf8'))
    return info ? ok(info) : err('internal', `backup name ${name} does not parse`)
  } catch (error) {
    return err('backup/write-failed', `could not write backup: ${messageOf(error)}`)
  }
}

/** Reads a backup by name, refusing anything that is not a backup file name. */
async function readIn(folder: string, name: string): Promise<Result<string>> {
  if (!BackupNameSchema.safeParse(name).success) return err('backup/invalid-name', 'not a backup file name')
  const path = join(folder, name)
  if (!(await stat(path).catch(() => null))) return err('backup/not-found', `no backup named ${name}`)
  const read = await readFileWithin(path, MAX_BACKUP_BYTES)
  if (!read.ok) return read
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(read.value.bytes))
  } catch {
    return err('backup/not-text', `${name} is not UTF-8 text`)
  }
}

/** Opens the backup store on `folder` (created on first write). */
export function createBackupStore(folder: string, options: BackupStoreOptions = {}): BackupStore {
  const now = options.now ?? (() => new Date())
  const keep = options.keep ?? BACKUPS_KEPT
  // Writes run one at a time, so two in the same millisecond cannot pick the same free name.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    folder,
    write(request) {
      const result = queue.then(() => writeIn(folder, request, now(), keep))
      queue = result
      return result
    },
    async list() {
      try {
        return ok(await listIn(folder))
      } catch (error) {
        return err('backup/list-failed', `could not list backups: ${messageOf(error)}`)
      }
    },
    read: (name) => readIn(folder, name),
  }
}
