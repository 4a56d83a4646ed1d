import type { RouteRecordRaw } from 'vue-router'

export const workspaceRoutes: RouteRecordRaw[] = [
  { path: '/welcome', name: 'welcome', component: () => import('./views/FirstRunView.vue'), meta: { bare: true } },
]
