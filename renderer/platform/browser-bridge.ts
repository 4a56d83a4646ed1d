/**
 * The bridge when the renderer runs in a plain browser (browser mode and the Playwright suite): downloads for
 * saving, a file input for opening, and a separate IndexedDB database for automatic backups. It satisfies the
 * same `DpoBridge` type as the Electron preload, so the two cannot drift apart.
 */
import Dexie, { type EntityTable } from 'dexie'
import {
  BACKUPS_KEPT,
  type BackupInfo,
  type DpoBridge,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
} from '@shared/ipc'
import { BackupNameSchema, backupFileName, CHANNEL_ARGS } from '@shared/ipc'
import { err, ok, type Result } from '@shared/kernel'
import { download, openDocumentAsDownload, printInFrame, readMarker, writeMarker } from './browser-files'

interface StoredBackup extends BackupInfo {
  content: string
}

class BackupStore extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>
  constructor() {
    super('dpo-desk-backups', { chromeTransactionDurability: 'strict' })
    this.version(1).stores({ backups: 'name, createdAt' })
  }
}

const store = new BackupStore()

function pickFile(req: OpenFileRequest): Promise<Result<OpenedFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = req.filters.flatMap((f) => f.extensions.map((e) => (e === '*' ? '*/*' : `.${e}`))).join(',')
    input.addEventListener('cancel', () => resolve(ok(null)))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return resolve(ok(null))
      if (file.size > req.maxBytes) {
        return resolve(err('file/too-large', `${file.name} is ${file.size} bytes; the limit is ${req.maxBytes}`))
      }
      file.arrayBuffer().then(
        (buf) => resolve(ok({ name: file.name, bytes: new Uint8Array(buf) })),
        (e: unknown) => resolve(err('file/unreadable', String(e))),
      )
    })
    input.click()
  })
}

async function writeBackup(content: string, reason: BackupInfo['reason']): Promise<Result<BackupInfo>> {
  const info: BackupInfo = {
    name: backupFileName(reason, new Date()),
    reason,
    createdAt: new Date().toISOString(),
    bytes: new TextEncoder().encode(content).byteLength,
  }
  await store.transaction('rw', store.backups, async () => {
    await store.backups.put({ ...info, content })
    const names = await store.backups.orderBy('createdAt').reverse().offset(BACKUPS_KEPT).primaryKeys()
    await store.backups.bulkDelete(names)
  })
  return ok(info)
}

/** Validates arguments exactly as main does, so browser tests catch what Electron would refuse. */
function validated<K extends keyof typeof CHANNEL_ARGS>(channel: K, args: unknown[]): Result<true> {
  const r = CHANNEL_ARGS[channel].safeParse(args)
  return r.success ? ok(true) : err('ipc/invalid-args', `Invalid arguments for ${channel}`)
}

export function createBrowserBridge(): DpoBridge {
  return Object.freeze({
    'app:info': async () =>
      ok({
        name: 'DPO Desk',
        version: __APP_VERSION__,
        platform: 'browser' as const,
        locale: navigator.language,
        backupLocation: '',
      }),
    'file:save': async (req: SaveFileRequest) => {
      const v = validated('file:save', [req])
      return v.ok ? download(req) : v
    },
    'file:open': async (req: OpenFileRequest) => {
      const v = validated('file:open', [req])
      return v.ok ? pickFile(req) : v
    },
    'backup:write': async (req) => {
      const v = validated('backup:write', [req])
      return v.ok ? writeBackup(req.content, req.reason) : v
    },
    'backup:list': async () => {
      const rows = await store.backups.orderBy('createdAt').reverse().toArray()
      return ok(rows.map(({ content: _content, ...info }) => info))
    },
    'backup:read': async (name: string) => {
      if (!BackupNameSchema.safeParse(name).success) return err('backup/bad-name', 'Not a backup file name')
      const row = await store.backups.get(name)
      return row ? ok(row.content) : err('backup/not-found', `No backup ${name}`)
    },
    'pdf:print': async (req) => {
      const v = validated('pdf:print', [req])
      return v.ok ? printInFrame(req) : v
    },
    // A browser cannot print to PDF bytes without a dialog; callers fall back to HTML.
    'pdf:render': async () => err('pdf/unavailable', 'PDF rendering needs the desktop app'),
    'document:open': async (req) => {
      const v = validated('document:open', [req])
      return v.ok ? openDocumentAsDownload(req) : v
    },
    'marker:read': async () => readMarker(),
    'marker:write': async (marker) => {
      const v = validated('marker:write', [marker])
      return v.ok ? writeMarker(marker) : v
    },
  })
}
