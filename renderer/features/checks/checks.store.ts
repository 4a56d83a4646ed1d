/**
 * The findings as every view sees them: one run of the registered checks over the current workspace, split into
 * open and accepted, re-run after any save anywhere (debounced) so a fix clears its finding. Results live in
 * shallowRefs: thousands of findings need not be deeply reactive.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { WorkspaceData } from '@shared/backup'
import {
  acceptFinding,
  countByActivity,
  evaluateChecks,
  isAcceptanceActive,
  type AcceptanceInput,
  type CheckContext,
  type CheckRun,
  type Finding,
  type FindingAcceptance,
} from '@shared/checks'
import { stockholmDateOf } from '@shared/deadlines'
import { useSettingsStore } from '@/features/settings/settings.store'
import { checksRepository } from './checks.repository'

/** The moment the checks run for. */
export const contextAt = (now: Date): CheckContext => ({ today: stockholmDateOf(now), now })

const EMPTY_RUN: CheckRun = { open: [], accepted: [], dormant: [], failures: [] }
/** Saves often come in bursts (an import, an undo); one re-run after the last is enough. */
const REFRESH_DELAY_MS = 250

/** How a finding is named in the audit log: its record and what is wrong, in Swedish (the log's language). */
const auditLabel = (f: Pick<Finding, 'entity' | 'message'>): string => `${f.entity.label}: ${f.message.sv}`

export const useChecksStore = defineStore('checks', () => {
  const snapshot = shallowRef<WorkspaceData | null>(null)
  const run = shallowRef<CheckRun>(EMPTY_RUN)
  const context = shallowRef<CheckContext>(contextAt(new Date()))
  const loaded = ref(false)
  const loading = ref(false)
  const countsByActivity = computed(() => countByActivity(run.value.open))
  /** Acceptances past their expiry date: their findings are open again. */
  const expired = computed<FindingAcceptance[]>(() =>
    (snapshot.value?.findingAcceptances ?? []).filter((a) => !isAcceptanceActive(a, context.value.today)),
  )
  const actor = () => useSettingsStore().actor()

  let pending: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let unsubscribe: (() => void) | undefined

  /** Reads the workspace and runs every check now. */
  async function refresh(): Promise<void> {
    loading.value = true
    try {
      const data = await checksRepository.snapshot()
      const ctx = contextAt(new Date())
      run.value = evaluateChecks(data, ctx, data.findingAcceptances)
      if (run.value.failures.length > 0) console.warn('[checks] checks that failed:', run.value.failures)
      snapshot.value = data
      context.value = ctx
      loaded.value = true
    } finally {
      loading.value = false
    }
    unsubscribe ??= checksRepository.onChanged(() => {
      clearTimeout(timer)
      timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS)
    })
  }

  /** Runs the checks once if nothing has run yet; views call this on mount. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    pending ??= refresh().finally(() => (pending = null))
    return pending
  }

  /** Accepts a finding until `input.expiresOn`, audited; it moves to the accepted list at once. */
  async function accept(finding: Finding, input: AcceptanceInput): Promise<void> {
    const acceptance = acceptFinding(finding, input, actor(), new Date())
    await checksRepository.accept(acceptance, auditLabel(finding))
    await refresh()
  }

  /** Withdraws an acceptance, audited; the finding is open again if it still fires. */
  async function revoke(acceptance: FindingAcceptance, finding?: Finding): Promise<void> {
    await checksRepository.revoke(acceptance.key, finding ? auditLabel(finding) : acceptance.key, actor())
    await refresh()
  }

  return { snapshot, run, context, loaded, loading, countsByActivity, expired, refresh, ensureLoaded, accept, revoke }
})
