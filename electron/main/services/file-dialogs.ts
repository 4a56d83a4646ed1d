/**
 * Save and open through the OS dialogs. The renderer never names a path: it suggests a file name (already
 * checked to be a bare name by the IPC schema) and the user picks where. Opening checks the size before
 * reading, so a huge file chosen by mistake cannot fill memory (safety-and-speed §4).
 */
import { open } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { FileFilter, OpenedFile, OpenFileRequest, SavedFile, SaveFileRequest } from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel/result'
import { writeFileAtomic } from './atomic-write'

/** The slice of Electron's `dialog` this module needs (callers may bind it to a parent window). */
export interface FileDialog {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Adds the first filter's extension when the user typed a name without one (GTK dialogs do not add it). */
export function withExtension(path: string, filters: FileFilter[]): string {
  const ext = filters[0]?.extensions[0]
  if (extname(path) !== '' || ext === undefined || ext === '*') return path
  return `${path}.${ext}`
}

/** Asks where to save and writes the content there atomically; `saved: false` when the user cancels. */
export async function saveFile(
  dialog: FileDialog,
  request: SaveFileRequest,
  defaultFolder: string,
): Promise<Result<SavedFile>> {
  const choice = await dialog.showSaveDialog({
    defaultPath: join(defaultFolder, request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  })
  if (choice.canceled || !choice.filePath) return ok({ saved: false, name: '' })
  const path = withExtension(choice.filePath, request.filters)
  try {
    await writeFileAtomic(path, request.content)
  } catch (error) {
    return err('file/write-failed', `could not write ${path}: ${messageOf(error)}`)
  }
  return ok({ saved: true, name: path })
}

/** Reads one file, refusing it before reading if it is larger than `maxBytes`. */
export async function readFileWithin(path: string, maxBytes: number): Promise<Result<OpenedFile>> {
  const name = basename(path)
  try {
    // One handle for stat and read, so the file checked is the file read.
    const handle = await open(path, 'r')
    try {
      const info = await handle.stat()
      if (!info.isFile()) return err('file/not-a-file', `${name} is not a file`)
      if (info.size > maxBytes) return tooLarge(name, info.size, maxBytes)
      const bytes = await handle.readFile()
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return tooLarge(name, bytes.byteLength, maxBytes)
      return ok({ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    } finally {
      await handle.close()
    }
  } catch (error) {
    return err('file/read-failed', `could not read ${name}: ${messageOf(error)}`)
  }
}

function tooLarge(name: string, size: number, maxBytes: number): Result<never> {
  return err('file/too-large', `${name} is ${size} bytes; the limit is ${maxBytes}`)
}

/** Asks for one file and reads it; `null` when the user cancels. */
export async function openFile(dialog: FileDialog, request: OpenFileRequest): Promise<Result<OpenedFile | null>> {
  const choice = await dialog.showOpenDialog({ filters: request.filters, properties: ['openFile'] })
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return ok(null)
  return readFileWithin(path, request.maxBytes)
}
