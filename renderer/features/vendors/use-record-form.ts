/**
 * The edit-form pattern of the detail views (as in the register's activity view): a working copy of the
 * record's fields, "unsaved" when it differs from what was loaded, and a guard that asks before leaving with
 * unsaved changes.
 */
import { computed, ref, shallowRef, type Ref } from 'vue'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { canonicalJson } from '@shared/kernel'

export function useRecordForm<R extends { id: string; revision: number }, F>(opts: {
  empty: () => F
  fieldsOf: (record: R) => F
}) {
  const router = useRouter()
  const record = shallowRef<R | null>(null)
  const form = ref(opts.empty()) as Ref<F>
  const saved = ref(canonicalJson(form.value))
  const dirty = computed(() => canonicalJson(form.value) !== saved.value)
  /** Set when the guard stopped a navigation; the view's dialog asks whether to discard. */
  const leaveBlocked = ref(false)
  let pendingLeave: string | null = null

  /** Shows a record (or a new one, optionally prefilled) and takes it as the unchanged state. */
  function show(r: R | null, initial?: F): void {
    record.value = r
    form.value = r ? structuredClone(opts.fieldsOf(r)) : (initial ?? opts.empty())
    saved.value = canonicalJson(form.value)
  }

  /** Leaves anyway, dropping the changes. */
  async function discardAndLeave(): Promise<void> {
    saved.value = canonicalJson(form.value)
    leaveBlocked.value = false
    if (pendingLeave) await router.push(pendingLeave)
  }

  /** Takes the current form as saved (after a delete, so the guard lets the view go). */
  const markClean = (): void => {
    saved.value = canonicalJson(form.value)
  }

  onBeforeRouteLeave((to) => {
    if (!dirty.value) return true
    pendingLeave = to.fullPath
    leaveBlocked.value = true
    return false
  })

  return { record, form, dirty, leaveBlocked, show, discardAndLeave, markClean }
}
