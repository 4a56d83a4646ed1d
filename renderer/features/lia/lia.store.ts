/**
 * Legitimate interest assessments as the views see them: the list (in a shallowRef), each LIA's standing, the
 * (f) purposes still without a passed LIA, and the actions that go through the audited repository.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { plainCopy } from './plain-copy'
import { stockholmDateOf } from '@shared/deadlines'
import {
  liaCoverage,
  liaDisplayName,
  newLiaDraft,
  purposesWithoutPassedLia,
  type LegitimateInterestAssessment,
  type LiaCoverage,
  type LiaEdit,
  type LiaLinks,
  type LiaOutcome,
  type LiaVersion,
  type PurposeLiaCoverage,
} from '@shared/lia'
import { useActivitiesStore } from '@/features/register'
import { useSettingsStore } from '@/features/settings/settings.store'
import { liaRepository } from './lia.repository'

type Lia = LegitimateInterestAssessment

/** One row of the LIA list. */
export interface LiaRow {
  lia: Lia
  name: string
  activityNames: string[]
  coverage: LiaCoverage
  outcome: LiaOutcome
  reviewOn: string | null
  reviewDue: boolean
  /** Lower-cased text searched by the filter. */
  haystack: string
}

/** Today's date in Sweden, where the DPO's review dates fall. */
export const liaToday = (): string => stockholmDateOf(new Date())

export const useLiaStore = defineStore('lias', () => {
  const lias = shallowRef<Lia[]>([])
  const loaded = ref(false)
  const search = ref<string | null>('')
  const activities = useActivitiesStore()
  const actor = () => useSettingsStore().actor()

  async function load(): Promise<void> {
    await Promise.all([liaRepository.list().then((all) => (lias.value = all)), activities.load()])
    loaded.value = true
  }

  const activityList = computed(() => activities.rows.map((r) => r.activity))

  function toRow(lia: Lia, today: string): LiaRow {
    const linked = activityList.value.filter((a) => lia.activityIds.includes(a.id))
    const name = liaDisplayName(lia, activityList.value)
    const { coverage, outcome, reviewOn } = liaCoverage(lia, today)
    const activityNames = linked.map((a) => a.name)
    const haystack = [name, ...activityNames, lia.author, lia.answers.interest?.description ?? ''].join('\n')
    return {
      lia,
      name,
      activityNames,
      coverage,
      outcome: outcome ?? 'incomplete',
      reviewOn,
      reviewDue: coverage === 'review_due',
      haystack: haystack.toLocaleLowerCase('sv'),
    }
  }

  const rows = computed(() => {
    const today = liaToday()
    return lias.value.map((l) => toRow(l, today)).sort((a, b) => a.name.localeCompare(b.name, 'sv'))
  })
  const visible = computed(() => {
    const words = (search.value ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean)
    return rows.value.filter((r) => words.every((w) => r.haystack.includes(w)))
  })

  /** Every Art 6(1)(f) purpose in the register (active or draft activities) without a passed LIA. */
  const uncovered = computed<(PurposeLiaCoverage & { activityName: string })[]>(() => {
    const today = liaToday()
    return activityList.value
      .filter((a) => a.status !== 'retired')
      .flatMap((a) => purposesWithoutPassedLia(a, lias.value, today).map((c) => ({ ...c, activityName: a.name })))
  })

  function replace(lia: Lia): Lia {
    lias.value = [...lias.value.filter((l) => l.id !== lia.id), lia]
    return lia
  }

  /** Creates a draft with the given links and first answers. */
  async function create(links: LiaLinks, edit: LiaEdit): Promise<Lia> {
    const fields = { ...newLiaDraft(actor(), links), ...plainCopy(edit) }
    return replace(await liaRepository.create(fields, actor()))
  }

  /** Saves the form; on a signed-off LIA a change starts the next version as a draft. */
  async function save(id: string, edit: LiaEdit, revision: number): Promise<Lia> {
    return replace(await liaRepository.save(id, plainCopy(edit), revision, actor()))
  }

  async function startNewDraft(id: string, revision: number): Promise<Lia> {
    return replace(await liaRepository.startNewDraft(id, revision, actor()))
  }

  async function signOff(id: string, revision: number, nextReviewOn: string | null): Promise<Lia> {
    const { lia } = await liaRepository.signOff(id, revision, actor(), new Date(), nextReviewOn)
    return replace(lia)
  }

  async function remove(lia: Lia): Promise<void> {
    await liaRepository.remove(lia.id, actor())
    lias.value = lias.value.filter((l) => l.id !== lia.id)
  }

  async function undoRemove(lia: Lia): Promise<void> {
    replace(await liaRepository.undoRemove(plainCopy(lia), actor()))
  }

  const versions = (liaId: string): Promise<LiaVersion[]> => liaRepository.versions(liaId)
  const get = (id: string): Promise<Lia | undefined> => liaRepository.get(id)

  return {
    lias,
    loaded,
    search,
    rows,
    visible,
    uncovered,
    activityList,
    load,
    get,
    create,
    save,
    startNewDraft,
    signOff,
    remove,
    undoRemove,
    versions,
    actor,
  }
})
