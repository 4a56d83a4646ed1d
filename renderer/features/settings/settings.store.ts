/** Organisation profile, this user's preferences and how the workspace began. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { emptyOrganisation, type Organisation } from '@shared/organisation'
import { DEFAULT_PREFERENCES, type Preferences, type WorkspaceState } from '@shared/settings'
import { settingsRepository } from './settings.repository'

export const useSettingsStore = defineStore('settings', () => {
  const organisation = ref<Organisation>(emptyOrganisation())
  const preferences = ref<Preferences>({ ...DEFAULT_PREFERENCES })
  const workspace = ref<WorkspaceState | null>(null)
  const loaded = ref(false)

  /** Reads all settings; called at start and after a restore or reset. */
  async function load(): Promise<void> {
    ;[organisation.value, preferences.value, workspace.value] = await Promise.all([
      settingsRepository.getOrganisation(),
      settingsRepository.getPreferences(),
      settingsRepository.getWorkspaceState(),
    ])
    loaded.value = true
  }

  /** The name written into audit entries. */
  const actor = (): string => preferences.value.userName || 'DPO'

  async function saveOrganisation(next: Organisation): Promise<void> {
    organisation.value = await settingsRepository.saveOrganisation(next, actor())
  }

  async function updatePreferences(patch: Partial<Preferences>): Promise<void> {
    preferences.value = { ...preferences.value, ...patch }
    await settingsRepository.savePreferences(preferences.value)
  }

  return { organisation, preferences, workspace, loaded, load, actor, saveOrganisation, updatePreferences }
})
