/** Starting, resetting and reloading the workspace as a whole. */
import { defineStore } from 'pinia'
import { useActivitiesStore } from '@/features/register/activities.store'
import { useSettingsStore } from '@/features/settings/settings.store'
import { writeBackup } from '@/features/backup/backup.service'
import { workspaceRepository } from './workspace.repository'

export const useWorkspaceStore = defineStore('workspace', () => {
  const settings = useSettingsStore()

  /** Re-reads every store after the workspace changed underneath them (restore, reset). */
  async function reload(): Promise<void> {
    await settings.load()
    await useActivitiesStore().load()
  }

  async function openExample(): Promise<void> {
    await workspaceRepository.loadExample(settings.actor())
    await reload()
  }

  async function startEmpty(): Promise<void> {
    await workspaceRepository.startEmpty(settings.actor())
    await reload()
  }

  /** Replaces the workspace with the example after writing a backup of what is there. */
  async function resetExample(): Promise<void> {
    const backup = await writeBackup('pre-reset')
    if (!backup.ok) throw new Error(backup.error.message)
    await openExample()
  }

  return { reload, openExample, startEmpty, resetExample }
})
