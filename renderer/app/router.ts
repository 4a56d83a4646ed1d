import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { auditRoutes } from '@/features/audit'
import { registerRoutes } from '@/features/register'
import { settingsRoutes } from '@/features/settings'
import { useSettingsStore } from '@/features/settings/settings.store'
import { workspaceRoutes } from '@/features/workspace'

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/register' },
  ...workspaceRoutes,
  ...registerRoutes,
  ...auditRoutes,
  ...settingsRoutes,
  { path: '/:pathMatch(.*)*', redirect: '/register' },
]

/** Hash history: the same URLs work under app:// in Electron and over http in the browser. */
export const router = createRouter({ history: createWebHashHistory(), routes })

// A workspace that was never started goes to the first-run choice; nothing else is shown before it.
router.beforeEach(async (to) => {
  const settings = useSettingsStore()
  if (!settings.loaded) await settings.load()
  if (!settings.workspace && to.name !== 'welcome') return { name: 'welcome' }
  return true
})
