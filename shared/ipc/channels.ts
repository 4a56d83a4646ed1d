/**
 * The one description of the bridge between the renderer and the platform (Electron main, or the browser).
 * The preload exposes exactly these channels, main registers a handler for each, and the browser bridge
 * implements each: `DpoBridge` makes all three fail to compile when they drift apart.
 */
import type { Result } from '../kernel/result'

/** Where the app runs. */
export type PlatformKind = 'electron' | 'browser'

export interface AppInfo {
  name: string
  version: string
  platform: PlatformKind
  /** OS locale, e.g. `sv-SE`; the UI defaults to Swedish regardless. */
  locale: string
  /** Where backups are written, for display; empty in the browser. */
  backupLocation: string
}

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  suggestedName: string
  /** Text is written as UTF-8; bytes as they are. */
  content: string | Uint8Array
  mimeType: string
  filters: FileFilter[]
}

export interface SavedFile {
  /** False when the user cancelled the dialog. */
  saved: boolean
  /** File name (Electron: full path) that was written. */
  name: string
}

export interface OpenFileRequest {
  filters: FileFilter[]
  /** Files larger than this are refused with `file/too-large` before being read. */
  maxBytes: number
}

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

/** Why an automatic backup was written; shown in the backup list. */
export type BackupReason = 'auto' | 'quit' | 'manual' | 'pre-restore' | 'pre-migration' | 'pre-reset'

export interface WriteBackupRequest {
  content: string
  reason: BackupReason
}

export interface BackupInfo {
  /** File name, unique and sortable: `dpo-desk-<UTC stamp>-<reason>.json`. */
  name: string
  reason: BackupReason
  createdAt: string
  bytes: number
}

/** Report HTML to turn into a PDF (Electron: printToPDF in a window with JavaScript off). */
export interface PrintPdfRequest {
  /** A complete, self-contained HTML document; every user string in it already escaped. */
  html: string
  suggestedName: string
  /** Plain text for the page header and footer; escaped by main before it goes into Chromium's templates. */
  headerText: string
  footerText: string
}

/** An attached document to show in the system's viewer. */
export interface OpenDocumentRequest {
  name: string
  mimeType: string
  dataBase64: string
}

/**
 * What the workspace held after the last save, kept outside IndexedDB: if the database later opens empty or
 * smaller, the app knows data went missing instead of taking it for a first run (safety-and-speed.md §2).
 */
export interface WorkspaceMarker {
  schemaVersion: number
  counts: Record<string, number>
  auditCount: number
  auditHeadHash: string | null
  writtenAt: string
}

export interface ChannelMap {
  'app:info': { args: []; result: Result<AppInfo> }
  'file:save': { args: [SaveFileRequest]; result: Result<SavedFile> }
  'file:open': { args: [OpenFileRequest]; result: Result<OpenedFile | null> }
  'backup:write': { args: [WriteBackupRequest]; result: Result<BackupInfo> }
  'backup:list': { args: []; result: Result<BackupInfo[]> }
  'backup:read': { args: [name: string]; result: Result<string> }
  'pdf:print': { args: [PrintPdfRequest]; result: Result<SavedFile> }
  /** The PDF's bytes back to the renderer (for the inspection pack); `pdf/unavailable` in the browser. */
  'pdf:render': { args: [PrintPdfRequest]; result: Result<Uint8Array> }
  'document:open': { args: [OpenDocumentRequest]; result: Result<true> }
  'marker:read': { args: []; result: Result<WorkspaceMarker | null> }
  'marker:write': { args: [WorkspaceMarker]; result: Result<true> }
}

export type Channel = keyof ChannelMap

/** Every channel, in one list: the preload's allow-list and the set main must handle. */
export const CHANNELS = [
  'app:info',
  'file:save',
  'file:open',
  'backup:write',
  'backup:list',
  'backup:read',
  'pdf:print',
  'pdf:render',
  'document:open',
  'marker:read',
  'marker:write',
] as const satisfies readonly Channel[]

// Compile-time proof that CHANNELS lists every key of ChannelMap.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: Missing extends never ? true : false = true
void everyChannelListed

/** What `window.api` is, in Electron and in the browser alike. */
export type DpoBridge = {
  readonly [K in Channel]: (...args: ChannelMap[K]['args']) => Promise<ChannelMap[K]['result']>
}

/** Largest backup the app writes or reads back through the bridge (a 10k-activity workspace is ~8 MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
/** How many automatic backups are kept; older ones are rotated away. */
export const BACKUPS_KEPT = 20
