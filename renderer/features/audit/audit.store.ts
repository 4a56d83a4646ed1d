/** The audit log page: one page of entries at a time (the log can hold 100k), and chain verification. */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { AuditEntry } from '@shared/audit'
import { auditHead, recentAudit } from '@/db/audit'
import { verifyAuditInWorker, verifyStoredAudit, type StoredChainVerdict } from '@/db/audit-verify'
import { db } from '@/db/database'

export const useAuditStore = defineStore('audit', () => {
  const entries = shallowRef<AuditEntry[]>([])
  const total = ref(0)
  const verdict = ref<StoredChainVerdict | null>(null)
  const verifying = ref(false)
  const loading = ref(false)

  async function loadPage(page: number, perPage: number): Promise<void> {
    loading.value = true
    try {
      total.value = (await auditHead(db())).count
      entries.value = await recentAudit(db(), perPage, (page - 1) * perPage)
    } finally {
      loading.value = false
    }
  }

  /**
   * Walks the chain in pages in a worker: reading 100k entries with one toArray() and hashing them on this
   * thread froze the window for seconds (safety-and-speed.md, bench "audit.worker").
   */
  async function verify(): Promise<StoredChainVerdict> {
    verifying.value = true
    try {
      verdict.value = await verifyAuditInWorker(() => verifyStoredAudit(db()))
      return verdict.value
    } finally {
      verifying.value = false
    }
  }

  return { entries, total, verdict, verifying, loading, loadPage, verify }
})
