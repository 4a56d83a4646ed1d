import { createRouter, createWebHashHistory } from 'vue-router'
import { useSettingsStore } from '@/features/settings/settings.store'
import { FEATURES } from './features'
import { firstRunRedirect } from './first-run.guard'
import { loadLocaleMessages } from './i18n'

/** Hash history: the same URLs work under app:// in Electron and over http in the browser. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/dashboard' },
    ...FEATURES.flatMap((f) => f.routes),
    { path: '/:pathMatch(.*)*', redirect: '/register' },
  ],
})

// The first-run choice comes before anything else, and only once (first-run.guard.ts).
router.beforeEach(async (to) => {
  const settings = useSettingsStore()
  if (!settings.loaded) {
    await settings.load()
    // So that the first screen already shows in the chosen language, which may still have to load (i18n.ts).
    await loadLocaleMessages(settings.preferences.locale).catch((e: unknown) => console.warn('[i18n]', e))
  }
  return firstRunRedirect(settings.workspace !== null, to.name)
})
