/**
 * Data-subject requests as the views see them: the list (a shallowRef, replaced on every save) and the actions
 * that go through the audited repository. Urgency and deadlines are computed by the shared rules in the views.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef, toRaw } from 'vue'
import type { DataSubjectRequest, DataSubjectRequestFields } from '@shared/requests'
import { useSettingsStore } from '@/features/settings/settings.store'
import { requestsRepository } from './requests.repository'

const byReceipt = (a: DataSubjectRequest, b: DataSubjectRequest): number =>
  a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0

export const useRequestsStore = defineStore('requests', () => {
  const requests = shallowRef<DataSubjectRequest[]>([])
  const loaded = ref(false)
  const actor = () => useSettingsStore().actor()

  /** Reads every request. */
  async function load(): Promise<void> {
    requests.value = (await requestsRepository.list()).sort(byReceipt)
    loaded.value = true
  }

  function replace(request: DataSubjectRequest): void {
    requests.value = [...requests.value.filter((r) => r.id !== request.id), request].sort(byReceipt)
  }

  /** The stored request, read fresh. */
  const get = (id: string): Promise<DataSubjectRequest | undefined> => requestsRepository.get(id)

  /** Creates (id null) or updates a request; returns the saved record. */
  async function save(
    id: string | null,
    fields: DataSubjectRequestFields,
    revision: number,
  ): Promise<DataSubjectRequest> {
    // A JSON copy: the view hands in its reactive form, whose nested proxies IndexedDB cannot clone.
    const raw = JSON.parse(JSON.stringify(fields)) as DataSubjectRequestFields
    const saved = id
      ? await requestsRepository.update(id, raw, revision, actor())
      : await requestsRepository.create(raw, actor())
    replace(saved)
    return saved
  }

  /** Deletes a request (audited with its whole record). */
  async function remove(id: string): Promise<void> {
    await requestsRepository.remove(id, actor())
    requests.value = requests.value.filter((r) => r.id !== id)
  }

  /** Puts a just-deleted request back (undo). */
  async function undoRemove(request: DataSubjectRequest): Promise<void> {
    replace(await requestsRepository.undoRemove(toRaw(request), actor()))
  }

  return { requests, loaded, load, get, save, remove, undoRemove }
})
