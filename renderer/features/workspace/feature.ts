import type { FeatureModule } from '@/app/feature'

export const workspaceFeature: FeatureModule = {
  routes: [
    { path: '/welcome', name: 'welcome', component: () => import('./views/FirstRunView.vue'), meta: { bare: true } },
  ],
  nav: [],
}
