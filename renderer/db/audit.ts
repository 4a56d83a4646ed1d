/**
 * Writing to the audit log. Callers run these inside their own rw transaction that includes `audit`, so the
 * change and its entry commit together or not at all, and concurrent saves cannot fork the chain (IndexedDB
 * serialises rw transactions over the same table).
 */
import Dexie from 'dexie'
import { chainAuditEntry, type AuditDraft, type AuditEntry } from '@shared/audit'
import type { DpoDatabase } from './database'

/** Appends one entry after the current head; must be called inside a transaction that includes `audit`. */
export async function appendAudit(database: DpoDatabase, draft: AuditDraft): Promise<AuditEntry> {
  if (!Dexie.currentTransaction) throw new Error('[audit] appendAudit must run inside a transaction')
  const head = await database.audit.orderBy('seq').last()
  const entry = chainAuditEntry(draft, head)
  await database.audit.add(entry)
  return entry
}

/** Newest entries first, for the log view; paged so 100k entries never load at once. */
export function recentAudit(database: DpoDatabase, limit: number, offset = 0): Promise<AuditEntry[]> {
  return database.audit.orderBy('seq').reverse().offset(offset).limit(limit).toArray()
}

/** The head of the chain: count and newest hash, carried by backups and reports. */
export async function auditHead(database: DpoDatabase): Promise<{ count: number; headHash: string | null }> {
  const last = await database.audit.orderBy('seq').last()
  return { count: last?.seq ?? 0, headHash: last?.hash ?? null }
}
