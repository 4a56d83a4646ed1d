/**
 * The inspection pack (tillsynspaket) IMY can be handed: the reports and the register workbook in one zip with a
 * manifest listing each file's SHA-256, the workspace content hash and the audit head at the time it was made
 * (domain-reference §8; safety-and-speed.md §3). Verifying a pack recomputes every file's hash and names each
 * file that was changed, is missing, or was added. It is tamper evidence, not proof: whoever can edit a file can
 * edit the manifest too, which is why the audit head is also checked against the workspace's own log.
 */
import { z } from 'zod'
import { IsoDateTime, sha256Hex, ShortText } from '../kernel'

export const PACK_FORMAT = 'dpo-desk-inspection-pack'
/** The manifest's own file name inside the zip. */
export const MANIFEST_NAME = 'manifest.json'

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)
/** A plain file name: no folders, no `..`, so a pack cannot point outside itself. */
const PackFileName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/)

export const PackFileSchema = z.strictObject({
  name: PackFileName,
  title: ShortText,
  sha256: Sha256,
  bytes: z.int().min(0),
})
/** One file of the pack as the manifest lists it. */
export type PackFile = z.infer<typeof PackFileSchema>

export const PackManifestSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  createdAt: IsoDateTime,
  appVersion: z.string().max(50),
  language: z.enum(['sv', 'en']),
  organisation: z.strictObject({ name: ShortText, orgNumber: z.string().max(20) }),
  workspace: z.strictObject({
    /** SHA-256 of the workspace data, as a backup file of the same moment carries it. */
    contentHash: Sha256,
    auditCount: z.int().min(0),
    auditHeadHash: Sha256.nullable(),
  }),
  /** Whether the reports are PDFs, or HTML because no PDF printer was available (the browser build). */
  reports: z.strictObject({ format: z.enum(['pdf', 'html']), note: z.string().max(1000) }),
  files: z.array(PackFileSchema).min(1).max(100),
})
/** The manifest of a pack. */
export type PackManifest = z.infer<typeof PackManifestSchema>

/** A file's manifest entry. */
export function packFileEntry(name: string, title: string, bytes: Uint8Array): PackFile {
  return { name, title, sha256: sha256Hex(bytes), bytes: bytes.byteLength }
}

/** Reads and validates a manifest; null when it is not one. */
export function readPackManifest(bytes: Uint8Array): PackManifest | null {
  try {
    const parsed = PackManifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** How one file compares with the manifest. */
export type PackFileStatus = 'ok' | 'changed' | 'missing' | 'unexpected'

/** The verdict on a pack's files. */
export interface PackCheck {
  ok: boolean
  files: { name: string; title: string; status: PackFileStatus }[]
}

/** Compares the zip's files with the manifest: every listed file present and unchanged, nothing added. */
export function checkPackFiles(manifest: PackManifest, files: Readonly<Record<string, Uint8Array>>): PackCheck {
  const listed = manifest.files.map((f) => {
    const bytes = Object.hasOwn(files, f.name) ? files[f.name] : undefined
    const status: PackFileStatus = !bytes
      ? 'missing'
      : sha256Hex(bytes) === f.sha256 && bytes.byteLength === f.bytes
        ? 'ok'
        : 'changed'
    return { name: f.name, title: f.title, status }
  })
  const known = new Set([MANIFEST_NAME, ...manifest.files.map((f) => f.name)])
  const extra = Object.keys(files)
    .filter((name) => !known.has(name) && !name.endsWith('/'))
    .map((name) => ({ name, title: '', status: 'unexpected' as const }))
  const all = [...listed, ...extra]
  return { ok: all.every((f) => f.status === 'ok'), files: all }
}
