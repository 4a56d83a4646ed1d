/**
 * The register as the views see it: the list (kept in a shallowRef, so 10k rows are not made deeply reactive),
 * the filters, the list's order and page, and the actions that go through the audited repository.
 *
 * A large register is read in two steps (safety-and-speed.md §6, target 2): `loadFirstRows` reads the first rows
 * by the name index and the count, so the list draws at once; `load` then reads the whole register in chunks.
 * Until that is done `loaded` stays false and `rows` empty: views that need every activity call `load`.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import type { SeverityCounts } from '@shared/checks'
import { newId } from '@shared/kernel'
import {
  activityCompleteness,
  duplicateActivityFields,
  type ActivityFields,
  type Completeness,
  type LegalBasis,
  type ProcessingActivity,
} from '@shared/register'
import { useSettingsStore } from '@/features/settings/settings.store'
import { activitiesRepository, activityFields, eachActivityChunk, firstActivitiesByName } from './activities.repository'
import { filterActivities, type RegisterFilters } from './register-filter'
import { pageOf, sortRows, swedishOrder, type RegisterSort } from './register-list'

export interface ActivityRow {
  activity: ProcessingActivity
  completeness: Completeness
  legalBases: (LegalBasis | null)[]
  /** Lower-cased text searched by the filter, built once per load. */
  haystack: string
}

/**
 * Rows per page the list starts with, and how many rows the first read fetches. 25 rather than 50: every keystroke
 * in the search redraws one page, and its layout and paint grow with the rows (50 rows cost twice as much at 10k
 * activities); the DPO can choose 50 or 100.
 */
export const DEFAULT_PAGE_SIZE = 25
/** Records per chunk of the whole read: small enough that each chunk is a short task (~20 ms at 10k). */
const READ_CHUNK = 1000

function toRow(activity: ProcessingActivity): ActivityRow {
  return {
    activity,
    completeness: activityCompleteness(activity),
    legalBases: [...new Set(activity.purposes.map((p) => p.legalBasis))],
    haystack: [
      activity.name,
      activity.description,
      activity.department,
      activity.owner,
      ...activity.purposes.map((p) => p.description),
      ...activity.dataSubjectCategories,
      ...activity.personalDataCategories,
      ...activity.systems,
    ]
      .join('\n')
      .toLocaleLowerCase('sv'),
  }
}

const byName = (a: ActivityRow, b: ActivityRow) => swedishOrder.compare(a.activity.name, b.activity.name)

/** `rows` with the activity `id` replaced by `activity` (or removed when null), still in name order. */
function withEdit(rows: readonly ActivityRow[], id: string, activity: ProcessingActivity | null): ActivityRow[] {
  const others = rows.filter((r) => r.activity.id !== id)
  if (!activity) return others
  const row = toRow(activity)
  let lo = 0
  let hi = others.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (byName(others[mid]!, row) <= 0) lo = mid + 1
    else hi = mid
  }
  others.splice(lo, 0, row)
  return others
}

const noFilters = (): RegisterFilters => ({ text: '', status: [], legalBasis: [], department: [], role: [] })

export const useActivitiesStore = defineStore('activities', () => {
  const rows = shallowRef<ActivityRow[]>([])
  const loaded = ref(false)
  /** Before `loaded`: the first rows by name and the register's size, so the list can draw before the whole read. */
  const firstRows = shallowRef<ActivityRow[]>([])
  const total = ref(0)
  const filters = ref<RegisterFilters>(noFilters())
  const sortBy = ref<RegisterSort[]>([])
  const page = ref(1)
  const itemsPerPage = ref(DEFAULT_PAGE_SIZE)
  /** Open findings per activity, handed in by the list view from the checks; only sorting by findings reads it. */
  const findingCounts = shallowRef<ReadonlyMap<string, SeverityCounts>>(new Map())

  const hasFilters = computed(() => {
    const f = filters.value
    return !!f.text || [f.status, f.legalBasis, f.department, f.role].some((l) => l.length > 0)
  })
  // The first rows stand in for the list only unfiltered and in name order; anything else waits for the whole read.
  const firstRowsShown = computed(
    () => !loaded.value && !hasFilters.value && sortBy.value.every((s) => s.key === 'name' && s.order !== 'desc'),
  )
  /** The activities the filters let through, in name order. */
  const visible = computed(() =>
    loaded.value ? filterActivities(rows.value, filters.value) : firstRowsShown.value ? firstRows.value : [],
  )
  /** `visible` in the table's sort order. */
  const ordered = computed(() => {
    const findings = sortBy.value.some((s) => s.key === 'findings') ? findingCounts.value : undefined
    return sortRows(visible.value, sortBy.value, findings)
  })
  /** How many activities the list holds (the whole register's count while only the first rows are read). */
  const listLength = computed(() => (loaded.value ? ordered.value.length : firstRowsShown.value ? total.value : 0))
  /** The rows of the current page: all the table is given. */
  const pageRows = computed(() =>
    !loaded.value && page.value > 1 ? [] : pageOf(ordered.value, page.value, itemsPerPage.value),
  )
  const departments = computed(() =>
    [...new Set(rows.value.map((r) => r.activity.department).filter(Boolean))].sort(swedishOrder.compare),
  )
  // A new filter, order or page size starts again at the first page.
  watch([filters, sortBy, itemsPerPage], () => (page.value = 1), { deep: true })

  const actor = () => useSettingsStore().actor()

  let readsStarted = 0
  let readApplied = 0
  /** Local edits made while a whole read is under way, replayed onto its result so the read cannot undo them. */
  const editLogs = new Set<Map<string, ProcessingActivity | null>>()

  /** Applies a whole-register read unless a read started later was applied first. */
  async function applyRead(read: () => Promise<ActivityRow[] | null>): Promise<void> {
    const seq = ++readsStarted
    const edits = new Map<string, ProcessingActivity | null>()
    editLogs.add(edits)
    try {
      const all = await read()
      if (!all || seq < readApplied) return
      readApplied = seq
      let next = all.sort(byName)
      for (const [id, activity] of edits) next = withEdit(next, id, activity)
      rows.value = next
      firstRows.value = []
      loaded.value = true
    } finally {
      editLogs.delete(edits)
    }
  }

  /**
   * Reads the first `limit` rows by name and the count, for a list to draw at once. When they are the whole
   * register it is loaded; otherwise `load` must follow.
   */
  async function loadFirstRows(limit: number = itemsPerPage.value): Promise<void> {
    if (loaded.value) return
    await applyRead(async () => {
      const { first, total: count } = await firstActivitiesByName(limit)
      const built = first.map(toRow)
      if (first.length === count) return built
      firstRows.value = built.sort(byName)
      total.value = count
      return null
    })
  }

  /** Reads the whole register (again); resolves once `rows` holds every activity. */
  async function load(): Promise<void> {
    await applyRead(async () => {
      const all: ActivityRow[] = []
      await eachActivityChunk(READ_CHUNK, (chunk) => {
        for (const a of chunk) all.push(toRow(a))
      })
      return all
    })
  }

  function applyEdit(id: string, activity: ProcessingActivity | null): void {
    rows.value = withEdit(rows.value, id, activity)
    for (const log of editLogs) log.set(id, activity)
  }

  /** Creates (id null) or updates an activity; returns the saved record. */
  async function save(id: string | null, fields: ActivityFields, revision: number): Promise<ProcessingActivity> {
    const saved = id
      ? await activitiesRepository.update(id, fields, revision, actor())
      : await activitiesRepository.create(fields, actor())
    applyEdit(saved.id, saved)
    return saved
  }

  async function remove(id: string): Promise<void> {
    await activitiesRepository.remove(id, actor())
    applyEdit(id, null)
  }

  /** Puts a just-deleted activity back (undo). */
  async function undoRemove(activity: ProcessingActivity): Promise<void> {
    const restored = await activitiesRepository.undoRemove(toRaw(activity), actor())
    applyEdit(restored.id, restored)
  }

  async function duplicate(source: ProcessingActivity, copyName: (n: string) => string): Promise<ProcessingActivity> {
    // toRaw: a view may hand in its reactive copy, which IndexedDB and structuredClone cannot clone.
    const fields = duplicateActivityFields(activityFields(toRaw(source)), copyName, newId)
    return save(null, fields, 0)
  }

  async function retire(activity: ProcessingActivity): Promise<ProcessingActivity> {
    return save(activity.id, { ...activityFields(toRaw(activity)), status: 'retired' }, activity.revision)
  }

  function clearFilters(): void {
    filters.value = noFilters()
  }

  return {
    rows,
    loaded,
    filters,
    hasFilters,
    visible,
    departments,
    sortBy,
    page,
    itemsPerPage,
    findingCounts,
    ordered,
    listLength,
    pageRows,
    load,
    loadFirstRows,
    save,
    remove,
    undoRemove,
    duplicate,
    retire,
    clearFilters,
  }
})
