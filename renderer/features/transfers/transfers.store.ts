/**
 * Transfers as the views see them: the list, and the findings of checks 20–28 per transfer with the importer's
 * DPF status taken from its vendor record, so a list row and the detail page say the same.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { checkTransfer, type Finding, type TransferFields, type TransferRecord } from '@shared/transfers'
import { todayIso, useVendorsStore } from '@/features/vendors'
import { useSettingsStore } from '@/features/settings/settings.store'
import { transfersRepository } from './transfers.repository'

const byTitle = (a: TransferRecord, b: TransferRecord): number => a.title.localeCompare(b.title, 'sv')

export const useTransfersStore = defineStore('transfers', () => {
  const transfers = shallowRef<TransferRecord[]>([])
  const loaded = ref(false)
  const vendors = useVendorsStore()
  const actor = () => useSettingsStore().actor()

  /** The findings of one transfer (saved or still in the form) as of today. */
  function findingsOf(transfer: TransferFields & { id?: string }): Finding[] {
    const importer = transfer.importer.vendorId ? vendors.byId.get(transfer.importer.vendorId) : undefined
    return checkTransfer(transfer, { today: todayIso(), ...(importer ? { importerDpf: importer.dpf } : {}) })
  }

  const findingsById = computed(() => new Map(transfers.value.map((t) => [t.id, findingsOf(t)])))

  /** Reads every transfer, and the vendors the checks need. */
  async function load(): Promise<void> {
    const [all] = await Promise.all([transfersRepository.list(), vendors.load()])
    transfers.value = all.sort(byTitle)
    loaded.value = true
  }

  function replace(t: TransferRecord): void {
    transfers.value = [...transfers.value.filter((x) => x.id !== t.id), t].sort(byTitle)
  }

  /** Creates (id null) or updates a transfer; returns the saved record. */
  async function save(id: string | null, fields: TransferFields, revision: number): Promise<TransferRecord> {
    const plain = structuredClone(toRaw(fields))
    const saved = id
      ? await transfersRepository.update(id, plain, revision, actor())
      : await transfersRepository.create(plain, actor())
    replace(saved)
    return saved
  }

  async function remove(id: string): Promise<void> {
    await transfersRepository.remove(id, actor())
    transfers.value = transfers.value.filter((t) => t.id !== id)
  }

  /** Puts a just-deleted transfer back (undo). */
  async function undoRemove(t: TransferRecord): Promise<void> {
    replace(await transfersRepository.undoRemove(toRaw(t), actor()))
  }

  return { transfers, loaded, findingsOf, findingsById, load, save, remove, undoRemove }
})
