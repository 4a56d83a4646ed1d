/** The audit log page: one page of entries at a time (the log can hold 100k), and chain verification. */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { verifyAuditChain, type AuditEntry, type ChainVerdict } from '@shared/audit'
import { auditHead, recentAudit } from '@/db/audit'
import { db } from '@/db/database'

export const useAuditStore = defineStore('audit', () => {
  const entries = shallowRef<AuditEntry[]>([])
  const total = ref(0)
  const verdict = ref<ChainVerdict | null>(null)
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

  async function verify(): Promise<ChainVerdict> {
    verdict.value = verifyAuditChain(await db().audit.orderBy('seq').toArray())
    return verdict.value
  }

  return { entries, total, verdict, loading, loadPage, verify }
})
