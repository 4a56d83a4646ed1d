/**
 * The register as the views see it: the list (kept in a shallowRef, so 10k rows are not made deeply reactive),
 * the filters, and the actions that go through the audited repository.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
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
import { activitiesRepository, activityFields } from './activities.repository'
import { filterActivities, type RegisterFilters } from './register-filter'

export interface ActivityRow {
  activity: ProcessingActivity
  completeness: Completeness
  legalBases: (LegalBasis | null)[]
  /** Lower-cased text searched by the filter, built once per load. */
  haystack: string
}

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

export const useActivitiesStore = defineStore('activities', () => {
  const rows = shallowRef<ActivityRow[]>([])
  const loaded = ref(false)
  const filters = ref<RegisterFilters>({ text: '', status: [], legalBasis: [], department: [], role: [] })

  const visible = computed(() => filterActivities(rows.value, filters.value))
  const departments = computed(() =>
    [...new Set(rows.value.map((r) => r.activity.department).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'sv')),
  )
  const actor = () => useSettingsStore().actor()

  async function load(): Promise<void> {
    const all = await activitiesRepository.list()
    rows.value = all.map(toRow).sort((a, b) => a.activity.name.localeCompare(b.activity.name, 'sv'))
    loaded.value = true
  }

  function replaceRow(activity: ProcessingActivity): void {
    const others = rows.value.filter((r) => r.activity.id !== activity.id)
    rows.value = [...others, toRow(activity)].sort((a, b) => a.activity.name.localeCompare(b.activity.name, 'sv'))
  }

  /** Creates (id null) or updates an activity; returns the saved record. */
  async function save(id: string | null, fields: ActivityFields, revision: number): Promise<ProcessingActivity> {
    const saved = id
      ? await activitiesRepository.update(id, fields, revision, actor())
      : await activitiesRepository.create(fields, actor())
    replaceRow(saved)
    return saved
  }

  async function remove(id: string): Promise<void> {
    await activitiesRepository.remove(id, actor())
    rows.value = rows.value.filter((r) => r.activity.id !== id)
  }

  /** Puts a just-deleted activity back (undo). */
  async function undoRemove(activity: ProcessingActivity): Promise<void> {
    replaceRow(await activitiesRepository.undoRemove(toRaw(activity), actor()))
  }

  async function duplicate(source: ProcessingActivity, copyName: (n: string) => string): Promise<ProcessingActivity> {
    // toRaw: a view may hand in its reactive copy, which IndexedDB and structuredClone cannot clone.
    const fields = duplicateActivityFields(activityFields(toRaw(source)), copyName, newId)
    return save(null, fields, 0)
  }

  async function retire(activity: ProcessingActivity): Promise<ProcessingActivity> {
    return save(activity.id, { ...activityFields(toRaw(activity)), status: 'retired' }, activity.revision)
  }

  return { rows, loaded, filters, visible, departments, load, save, remove, undoRemove, duplicate, retire }
})
