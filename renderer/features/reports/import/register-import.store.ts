/** The import panel's state: the opened file, its mapping and preview, and the last commit (for undo). */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ColumnMapping, ImportPreview, ImportTarget } from '@shared/exports'
import { useActivitiesStore } from '@/features/register/activities.store'
import { useSettingsStore } from '@/features/settings/settings.store'
import { useWorkspaceStore } from '@/features/workspace/workspace.store'
import {
  commitImport,
  openRegisterFile,
  previewRegister,
  undoImport,
  type CommittedImport,
  type OpenedRegister,
  type OpenOutcome,
} from './register-import.service'

export const useRegisterImportStore = defineStore('register-import', () => {
  const opened = shallowRef<OpenedRegister | null>(null)
  const mapping = ref<ColumnMapping>([])
  const preview = shallowRef<ImportPreview | null>(null)
  const committed = shallowRef<CommittedImport | null>(null)
  const busy = ref(false)
  const actor = () => useSettingsStore().actor()

  async function withBusy<T>(work: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await work()
    } finally {
      busy.value = false
    }
  }

  /** Opens a file and previews it under the recognised mapping. */
  const open = (): Promise<OpenOutcome> =>
    withBusy(async () => {
      const outcome = await openRegisterFile()
      if (outcome.ok && outcome.value) {
        opened.value = outcome.value
        mapping.value = [...outcome.value.mapping]
        committed.value = null
        preview.value = await previewRegister(outcome.value, mapping.value)
      }
      return outcome
    })

  /** Maps one column somewhere else and reads every row again. */
  async function setTarget(column: number, target: ImportTarget): Promise<void> {
    if (!opened.value) return
    mapping.value = mapping.value.map((t, i) => (i === column ? target : t))
    preview.value = await previewRegister(opened.value, mapping.value)
  }

  const commit = () =>
    withBusy(async () => {
      if (!preview.value || !opened.value) return null
      const result = await commitImport(preview.value, actor(), opened.value.fileName)
      if (result.ok) {
        committed.value = result.value
        opened.value = null
        preview.value = null
        await useActivitiesStore().load()
      }
      return result
    })

  const undo = () =>
    withBusy(async () => {
      if (!committed.value) return null
      const result = await undoImport(committed.value.backupName, actor())
      if (result.ok) {
        committed.value = null
        await useWorkspaceStore().reload()
      }
      return result
    })

  function cancel(): void {
    opened.value = null
    preview.value = null
  }

  return { opened, mapping, preview, committed, busy, open, setTarget, commit, undo, cancel }
})
