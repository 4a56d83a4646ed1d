/**
 * zod schemas for the arguments of every channel. Main parses what the renderer sends with these before acting,
 * because a compromised renderer could send anything.
 */
import { z } from 'zod'
import { MAX_BACKUP_BYTES, type Channel } from './channels'

const FileFilterSchema = z.strictObject({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
})

const SuggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', 'a file name, not a path')

const BackupReasonSchema = z.enum(['auto', 'quit', 'manual', 'pre-restore', 'pre-migration', 'pre-reset'])

/** A backup file name as `backupFileName` produces it; anything else (paths, `..`) is refused. */
export const BackupNameSchema = z.string().regex(/^dpo-desk-\d{8}T\d{9}Z-[a-z-]+(-\d+)?\.json$/)

const MAX_REPORT_CHARS = 100 * 1024 * 1024

export const WorkspaceMarkerSchema = z.strictObject({
  schemaVersion: z.int().min(1),
  counts: z.record(z.string().max(60), z.int().min(0)),
  auditCount: z.int().min(0),
  auditHeadHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  writtenAt: z.iso.datetime({ offset: true }),
})

/** Attachments the viewer may open: documents, never executables or HTML. */
export const VIEWABLE_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const

export const CHANNEL_ARGS = {
  'app:info': z.tuple([]),
  'file:save': z.tuple([
    z.strictObject({
      suggestedName: SuggestedName,
      content: z.union([z.string().max(MAX_BACKUP_BYTES), z.instanceof(Uint8Array)]),
      mimeType: z.string().max(100),
      filters: z.array(FileFilterSchema).max(10),
    }),
  ]),
  'file:open': z.tuple([
    z.strictObject({
      filters: z.array(FileFilterSchema).max(10),
      maxBytes: z.int().positive().max(MAX_BACKUP_BYTES),
    }),
  ]),
  'backup:write': z.tuple([z.strictObject({ content: z.string().max(MAX_BACKUP_BYTES), reason: BackupReasonSchema })]),
  'backup:list': z.tuple([]),
  'backup:read': z.tuple([BackupNameSchema]),
  'pdf:print': z.tuple([
    z.strictObject({
      html: z.string().max(MAX_REPORT_CHARS),
      suggestedName: SuggestedName,
      headerText: z.string().max(300),
      footerText: z.string().max(300),
    }),
  ]),
  'pdf:render': z.tuple([
    z.strictObject({
      html: z.string().max(MAX_REPORT_CHARS),
      suggestedName: SuggestedName,
      headerText: z.string().max(300),
      footerText: z.string().max(300),
    }),
  ]),
  'document:open': z.tuple([
    z.strictObject({
      name: SuggestedName,
      mimeType: z.enum(VIEWABLE_MIME_TYPES),
      dataBase64: z.base64().max(30 * 1024 * 1024),
    }),
  ]),
  'marker:read': z.tuple([]),
  'marker:write': z.tuple([WorkspaceMarkerSchema]),
} as const satisfies Record<Channel, z.ZodType>

/** The file name an automatic backup gets: sortable by time, with its reason. */
export function backupFileName(reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return `dpo-desk-${stamp}-${reason}.json`
}

/** Reads back the time and reason encoded by `backupFileName`. */
export function parseBackupFileName(name: string): { createdAt: string; reason: string } | null {
  const m = /^dpo-desk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+?)(?:-\d+)?\.json$/.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s, ms, reason] = m
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, reason: reason ?? '' }
}
