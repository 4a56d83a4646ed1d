import { createRouter, createWebHashHistory } from 'vue-router'
import { useSettingsStore } from '@/features/settings/settings.store'
import { FEATURES } from './features'

/** Hash history: the same URLs work under app:// in Electron and over http in the browser. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/dashboard' },
    ...FEATURES.flatMap((f) => f.routes),
    { path: '/:pathMatch(.*)*', redirect: '/register' },
  ],
})

// A workspace that was never started goes to the first-run choice; nothing else is shown before it.
router.beforeEach(async (to) => {
  const settings = useSettingsStore()
  if (!settings.loaded) await settings.load()
  if (!settings.workspace && to.name !== 'welcome') return { name: 'welcome' }
  return true
})
