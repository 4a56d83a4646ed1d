import { mdiShieldAlertOutline } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

/** The breach log (Art 33–34): list, breach page and the IMY notification draft. */
export const breachesFeature: FeatureModule = {
  routes: [
    { path: '/breaches', name: 'breaches', component: () => import('./views/BreachListView.vue') },
    { path: '/breaches/new', name: 'breach-new', component: () => import('./views/BreachDetailView.vue') },
    {
      path: '/breaches/:id/imy',
      name: 'breach-imy-draft',
      component: () => import('./views/BreachImyDraftView.vue'),
      props: true,
    },
    { path: '/breaches/:id', name: 'breach', component: () => import('./views/BreachDetailView.vue'), props: true },
  ],
  nav: [{ to: '/breaches', icon: mdiShieldAlertOutline, label: 'breaches.nav', testId: 'nav-breaches', order: 60 }],
}
