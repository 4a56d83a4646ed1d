import type { RouteRecordRaw } from 'vue-router'

export const registerRoutes: RouteRecordRaw[] = [
  { path: '/register', name: 'register', component: () => import('./views/ActivityListView.vue') },
  { path: '/register/new', name: 'activity-new', component: () => import('./views/ActivityDetailView.vue') },
  { path: '/register/:id', name: 'activity', component: () => import('./views/ActivityDetailView.vue'), props: true },
]
export { useActivitiesStore } from './activities.store'
