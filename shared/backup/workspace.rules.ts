/**
 * Building and reading workspace files. Reading is all-or-nothing: size cap, JSON parse, format check,
 * migration, strict schema, content hash, cross-references; the first failure is returned as a value with the
 * paths of the first problems, and the caller writes nothing.
 */
import { verifyAuditChain } from '../audit'
import { canonicalJson, err, issueLines, ok, sha256Hex, type Result } from '../kernel'
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  CURRENT_FORMAT_VERSION,
  EnvelopeSchema,
  WORKSPACE_FORMAT,
  WorkspaceFileSchema,
  type WorkspaceData,
  type WorkspaceFile,
} from './workspace.schema'
import { migrateWorkspaceFile } from './format-migrations'

/** Refuse anything larger before parsing it (a 10k-activity workspace is ~8 MB). */
export const MAX_WORKSPACE_FILE_CHARS = 150 * 1024 * 1024

/**
 * Deeper than any real workspace nests (a record inside an audit change is about ten levels). JSON.parse
 * accepts far deeper input, but hashing it recursively would overflow the stack and throw.
 */
export const MAX_WORKSPACE_DEPTH = 64

/** Wraps workspace data as a file, hashing the content. */
export function buildWorkspaceFile(workspace: WorkspaceData, appVersion: string, now: Date): WorkspaceFile {
  // A file always says whether a published notice exists, so a restore removes a stale one.
  const data = { ...workspace, publishedNotice: workspace.publishedNotice ?? null }
  const last = data.auditLog[data.auditLog.length - 1]
  return {
    format: WORKSPACE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    contentHash: sha256Hex(canonicalJson(data)),
    audit: { count: data.auditLog.length, headHash: last?.hash ?? null },
    data,
  }
}

/** Serialises a workspace file for writing; pretty-printed so a DPO can read it in an editor. */
export function serialiseWorkspaceFile(file: WorkspaceFile): string {
  return JSON.stringify(file, null, 1)
}

/** Parses, migrates and validates a workspace file's text; nothing is written by this function. */
export function readWorkspaceFile(text: string): Result<WorkspaceFile> {
  if (text.length > MAX_WORKSPACE_FILE_CHARS)
    return err('backup/too-large', 'The file is larger than a workspace can be')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return err('backup/not-json', `Not valid JSON: ${(e as Error).message}`)
  }
  if (nestsDeeperThan(raw, MAX_WORKSPACE_DEPTH)) {
    return err('backup/invalid', 'The file nests deeper than a workspace can', [
      `(root): nested more than ${MAX_WORKSPACE_DEPTH} levels deep`,
    ])
  }
  const envelope = EnvelopeSchema.safeParse(raw)
  if (!envelope.success) return err('backup/not-workspace', 'Not a DPO Desk workspace file', issueLines(envelope.error))
  const version = envelope.data.formatVersion
  if (version > CURRENT_FORMAT_VERSION) {
    return err('backup/newer-format', `Written by a newer DPO Desk (format ${version}); update the app to open it`)
  }
  const lifted = migrateWorkspaceFile(raw as Record<string, unknown>, version, CURRENT_FORMAT_VERSION)
  if (!lifted)
    return err('backup/hash-mismatch', 'The content does not match its checksum: the file was altered or damaged')
  const parsed = WorkspaceFileSchema.safeParse(lifted)
  if (!parsed.success) return err('backup/invalid', 'The file does not validate', issueLines(parsed.error))
  return checkIntegrity(parsed.data, lifted.data)
}

function findDuplicateId(data: WorkspaceData): string | null {
  for (const name of COLLECTION_NAMES) {
    const key = COLLECTIONS[name].idKey
    const seen = new Set<string>()
    for (const [i, record] of (data[name] as Record<string, unknown>[]).entries()) {
      const id = String(record[key])
      if (seen.has(id)) return `data.${name}[${i}].${key}: ${id}`
      seen.add(id)
    }
  }
  return null
}

/** Iterative on purpose: a recursive walk would itself overflow on the input it is meant to refuse. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item
    if (node === null || typeof node !== 'object') continue
    if (depth >= limit) return true
    for (const child of Object.values(node)) stack.push([child, depth + 1])
  }
  return false
}

/**
 * The hash is checked over the data as written, not as parsed: parsing fills in defaults for fields added since
 * the file was written (a new nullable column), and those must not read as tampering.
 */
function checkIntegrity(file: WorkspaceFile, writtenData: unknown): Result<WorkspaceFile> {
  if (sha256Hex(canonicalJson(writtenData)) !== file.contentHash) {
    return err('backup/hash-mismatch', 'The content does not match its checksum: the file was altered or damaged')
  }
  const duplicate = findDuplicateId(file.data)
  if (duplicate) return err('backup/duplicate-id', 'Two records share one id', [duplicate])
  const chain = verifyAuditChain(file.data.auditLog)
  if (!chain.ok) {
    return err('backup/audit-broken', `The audit log is broken at entry ${chain.brokenAtSeq} (${chain.reason})`)
  }
  if (chain.count !== file.audit.count || (chain.count > 0 && chain.headHash !== file.audit.headHash)) {
    return err('backup/audit-broken', 'The audit head does not match the file header')
  }
  return ok(file)
}
