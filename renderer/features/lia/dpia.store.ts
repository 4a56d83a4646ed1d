/**
 * DPIA screenings as the views see them: one per activity, joined with the register so the list can say which
 * activities need a DPIA and have none referenced.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { plainCopy } from './plain-copy'
import {
  dpiaFindingsForActivity,
  screeningForActivity,
  type DpiaFinding,
  type DpiaScreening,
  type DpiaScreeningInput,
} from '@shared/dpia'
import type { ProcessingActivity } from '@shared/register'
import { useActivitiesStore } from '@/features/register'
import { useSettingsStore } from '@/features/settings/settings.store'
import { dpiaRepository } from './dpia.repository'
import { liaToday } from './lia.store'

/** One activity with its screening (if any) and the register problem the screening reveals. */
export interface DpiaRow {
  activity: ProcessingActivity
  screening: DpiaScreening | null
  findings: DpiaFinding[]
}

export const useDpiaStore = defineStore('dpiaScreenings', () => {
  const screenings = shallowRef<DpiaScreening[]>([])
  const loaded = ref(false)
  const activities = useActivitiesStore()

  async function load(): Promise<void> {
    await Promise.all([dpiaRepository.list().then((all) => (screenings.value = all)), activities.load()])
    loaded.value = true
  }

  const rows = computed<DpiaRow[]>(() =>
    activities.rows
      .map((r) => r.activity)
      .filter((a) => a.status !== 'retired')
      .map((activity) => {
        const screening = screeningForActivity(activity.id, screenings.value)
        return { activity, screening, findings: dpiaFindingsForActivity(activity, screening) }
      }),
  )

  /** Screens or re-screens an activity; `revision` is that of the screening the form was loaded from. */
  async function screen(
    activityId: string,
    input: DpiaScreeningInput,
    revision: number | null,
  ): Promise<DpiaScreening> {
    const actor = useSettingsStore().actor()
    const saved = await dpiaRepository.screen(activityId, plainCopy(input), revision, actor, liaToday())
    screenings.value = [...screenings.value.filter((s) => s.activityId !== activityId), saved]
    return saved
  }

  const forActivity = (activityId: string): Promise<DpiaScreening | undefined> => dpiaRepository.forActivity(activityId)

  return { screenings, loaded, rows, load, screen, forActivity }
})
