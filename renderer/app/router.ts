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

/** The views a DPO opens most, whose code is fetched when the browser is idle after the first screen. */
const PREFETCHED_ROUTES = new Set(['dashboard', 'register', 'checks'])

/**
 * Fetches the code of the most used views once the first screen is drawn and the browser is idle, so that moving
 * to them does not wait for a chunk to load and compile (the dashboard's first visit was dominated by that).
 */
export function prefetchCommonViews(): void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1))
  void router.isReady().then(() =>
    idle(() => {
      for (const route of router.getRoutes()) {
        const load = route.components?.default
        if (!PREFETCHED_ROUTES.has(String(route.name)) || typeof load !== 'function') continue
        // A lazy route's component is a loader; calling it fetches the chunk without rendering anything.
        void (load as () => Promise<unknown>)().catch(() => undefined)
      }
    }),
  )
}
