/**
 * Vendors as the views see them: the list (a shallowRef of records, sorted by name), a lookup by id, and the
 * actions that go through the audited repository.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import type { Vendor, VendorFields } from '@shared/vendors'
import { useSettingsStore } from '@/features/settings/settings.store'
import { vendorsRepository } from './vendors.repository'

const byName = (a: Vendor, b: Vendor): number => a.name.localeCompare(b.name, 'sv')

export const useVendorsStore = defineStore('vendors', () => {
  const vendors = shallowRef<Vendor[]>([])
  const loaded = ref(false)
  const byId = computed(() => new Map(vendors.value.map((v) => [v.id, v])))
  const actor = () => useSettingsStore().actor()

  /** Reads every vendor from the database. */
  async function load(): Promise<void> {
    vendors.value = (await vendorsRepository.list()).sort(byName)
    loaded.value = true
  }

  function replace(vendor: Vendor): void {
    vendors.value = [...vendors.value.filter((v) => v.id !== vendor.id), vendor].sort(byName)
  }

  /** Creates (id null) or updates a vendor; returns the saved record. */
  async function save(id: string | null, fields: VendorFields, revision: number): Promise<Vendor> {
    // toRaw: the form hands in its reactive copy, which IndexedDB cannot clone.
    const plain = structuredClone(toRaw(fields))
    const saved = id
      ? await vendorsRepository.update(id, plain, revision, actor())
      : await vendorsRepository.create(plain, actor())
    replace(saved)
    return saved
  }

  /** Deletes a vendor; the view checks first that nothing references it. */
  async function remove(id: string): Promise<void> {
    await vendorsRepository.remove(id, actor())
    vendors.value = vendors.value.filter((v) => v.id !== id)
  }

  /** Puts a just-deleted vendor back (undo). */
  async function undoRemove(vendor: Vendor): Promise<void> {
    replace(await vendorsRepository.undoRemove(toRaw(vendor), actor()))
  }

  return { vendors, loaded, byId, load, save, remove, undoRemove }
})
