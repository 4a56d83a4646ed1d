/**
 * Opening an attached document in the system viewer: the bytes are written to a private temp folder under a
 * name derived from their hash and opened with `shell.openPath`. Only document types reach here (the channel
 * schema allows PDF, PNG, JPEG and plain text), so nothing executable is ever launched.
 */
import { mkdir } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { OpenDocumentRequest } from '@shared/ipc'
import { sha256Hex } from '@shared/kernel/hash'
import { err, ok, type Result } from '@shared/kernel/result'
import { writeFileAtomic } from './atomic-write'

const EXTENSION: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'text/plain': '.txt',
}

export interface DocumentShell {
  openPath: (path: string) => Promise<string>
}

/** A file name that keeps the original's readable part but always ends in the extension of its type. */
export function viewerFileName(name: string, mimeType: string, hash: string): string {
  const stem =
    basename(name, extname(name))
      .replace(/[^\p{L}\p{N} _.-]/gu, '_')
      .slice(0, 80) || 'document'
  return `${hash.slice(0, 12)}-${stem}${EXTENSION[mimeType] ?? '.bin'}`
}

export async function openDocument(
  shell: DocumentShell,
  tempFolder: string,
  request: OpenDocumentRequest,
): Promise<Result<true>> {
  try {
    const bytes = Buffer.from(request.dataBase64, 'base64')
    await mkdir(tempFolder, { recursive: true })
    const path = join(tempFolder, viewerFileName(request.name, request.mimeType, sha256Hex(bytes)))
    await writeFileAtomic(path, bytes)
    const failure = await shell.openPath(path)
    return failure ? err('document/open-failed', failure) : ok(true)
  } catch (e) {
    return err('document/open-failed', String(e))
  }
}
