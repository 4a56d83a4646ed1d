/**
 * The implementation behind each channel: thin adapters from a channel to a service. Validation and sender
 * checks happen before these run (handle.ts); errors come back as Results from the services.
 */
import type { AppInfo } from '@shared/ipc'
import { ok } from '@shared/kernel/result'
import type { BackupStore } from '../services/backups'
import { openDocument, type DocumentShell } from '../services/documents'
import type { MarkerStore } from '../services/marker'
import { printPdf, renderPdfBytes, type PdfWindowFactory } from '../services/pdf'
import { openFile, saveFile, type FileDialog } from '../services/file-dialogs'
import type { ChannelHandlers } from './handle'

export interface HandlerServices {
  appInfo: () => AppInfo
  dialog: FileDialog
  /** Where the save dialog starts (the user's Documents folder). */
  documentsFolder: () => string
  backups: BackupStore
  marker: MarkerStore
  shell: DocumentShell
  /** Private folder for attachments opened in the system viewer. */
  viewerFolder: () => string
  createPdfWindow: PdfWindowFactory
}

/** Maps every channel to its service. */
export function createHandlers(services: HandlerServices): ChannelHandlers {
  return {
    'app:info': () => Promise.resolve(ok(services.appInfo())),
    'file:save': (request) => saveFile(services.dialog, request, services.documentsFolder()),
    'file:open': (request) => openFile(services.dialog, request),
    'backup:write': (request) => services.backups.write(request),
    'backup:list': () => services.backups.list(),
    'backup:read': (name) => services.backups.read(name),
    'pdf:print': (request) => printPdf(services.createPdfWindow, services.dialog, request, services.documentsFolder()),
    'pdf:render': (request) => renderPdfBytes(services.createPdfWindow, request),
    'document:open': (request) => openDocument(services.shell, services.viewerFolder(), request),
    'marker:read': () => services.marker.read(),
    'marker:write': (marker) => services.marker.write(marker),
  }
}
