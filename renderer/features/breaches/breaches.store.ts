/**
 * The breach log as the views see it: the list (a shallowRef: records are replaced, never mutated in place), the
 * vendors the pickers offer, and the actions that go through the audited repository.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef, toRaw } from 'vue'
import { imyDraftHtml, type Breach, type BreachFields, type ImyDraftModel } from '@shared/breaches'
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import { api } from '@/platform/bridge'
import { useSettingsStore } from '@/features/settings/settings.store'
import { breachesRepository, listVendorOptions, type VendorOption } from './breaches.repository'

/** Newest awareness first; breaches still without awareAt (just reported) at the top. */
function byAwareness(a: Breach, b: Breach): number {
  const ka = a.awareAt ?? a.createdAt
  const kb = b.awareAt ?? b.createdAt
  if (a.awareAt === null && b.awareAt !== null) return -1
  if (b.awareAt === null && a.awareAt !== null) return 1
  return ka < kb ? 1 : ka > kb ? -1 : 0
}

export const useBreachesStore = defineStore('breaches', () => {
  const breaches = shallowRef<Breach[]>([])
  const vendors = shallowRef<VendorOption[]>([])
  const loaded = ref(false)
  const actor = () => useSettingsStore().actor()

  /** Reads the log and the vendor names. */
  async function load(): Promise<void> {
    const [all, vendorOptions] = await Promise.all([breachesRepository.list(), listVendorOptions()])
    breaches.value = all.sort(byAwareness)
    vendors.value = vendorOptions
    loaded.value = true
  }

  function replace(breach: Breach): void {
    breaches.value = [...breaches.value.filter((b) => b.id !== breach.id), breach].sort(byAwareness)
  }

  /** The stored breach, read fresh (the detail view edits a copy of it). */
  const get = (id: string): Promise<Breach | undefined> => breachesRepository.get(id)

  /** Creates (id null) or updates a breach; returns the saved record. */
  async function save(id: string | null, fields: BreachFields, revision: number): Promise<Breach> {
    // A JSON copy: the view hands in its reactive form, whose nested proxies IndexedDB cannot clone.
    const raw = JSON.parse(JSON.stringify(fields)) as BreachFields
    const saved = id
      ? await breachesRepository.update(id, raw, revision, actor())
      : await breachesRepository.create(raw, actor())
    replace(saved)
    return saved
  }

  /** Deletes a breach (audited with its whole record). */
  async function remove(id: string): Promise<void> {
    await breachesRepository.remove(id, actor())
    breaches.value = breaches.value.filter((b) => b.id !== id)
  }

  /** Puts a just-deleted breach back (undo). */
  async function undoRemove(breach: Breach): Promise<void> {
    replace(await breachesRepository.undoRemove(toRaw(breach), actor()))
  }

  /**
   * Prints the IMY draft to PDF (Electron) or through the print dialog (browser): one self-contained document
   * built from the pure model, every user string escaped by `imyDraftHtml`.
   */
  function printDraft(model: ImyDraftModel): Promise<Result<SavedFile>> {
    return api()['pdf:print']({
      html: imyDraftHtml(model),
      suggestedName: `IMY-anmalan-${model.reference}.pdf`,
      headerText: `${model.organisationName} – ${model.reference}`.slice(0, 300),
      footerText: 'Utkast – granska innan det skickas till IMY (allmän handling)',
    })
  }

  return { breaches, vendors, loaded, load, get, save, remove, undoRemove, printDraft }
})
