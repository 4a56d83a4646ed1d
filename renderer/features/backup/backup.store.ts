/** The backup panel's state: the automatic backups on disk and the import/export actions. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupInfo } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import { useSettingsStore } from '@/features/settings/settings.store'
import { useWorkspaceStore } from '@/features/workspace/workspace.store'
import { api } from '@/platform/bridge'
import {
  exportWorkspace,
  importWorkspaceFromFile,
  restoreBackup,
  type ImportMode,
  type ImportOutcome,
} from './backup.service'

export const useBackupStore = defineStore('backup', () => {
  const backups = ref<BackupInfo[]>([])
  const location = ref('')
  const busy = ref(false)

  async function refresh(): Promise<void> {
    const [list, info] = await Promise.all([api()['backup:list'](), api()['app:info']()])
    backups.value = list.ok ? list.value : []
    location.value = info.ok ? info.value.backupLocation : ''
  }

  async function run<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    busy.value = true
    try {
      const result = await work()
      if (result.ok) await useWorkspaceStore().reload()
      await refresh()
      return result
    } finally {
      busy.value = false
    }
  }

  const actor = () => useSettingsStore().actor()

  return {
    backups,
    location,
    busy,
    refresh,
    exportWorkspace,
    importFromFile: (mode: ImportMode): Promise<Result<ImportOutcome | null>> =>
      run(() => importWorkspaceFromFile(mode, actor())),
    restore: (name: string): Promise<Result<ImportOutcome>> => run(() => restoreBackup(name, actor())),
  }
})
