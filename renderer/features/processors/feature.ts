import { mdiFileSign } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

/** Processor agreements (Art 28): list with reminders, and the agreement page with its clause-by-clause review. */
export const processorsFeature: FeatureModule = {
  routes: [
    { path: '/agreements', name: 'agreements', component: () => import('./views/AgreementListView.vue') },
    { path: '/agreements/new', name: 'agreement-new', component: () => import('./views/AgreementDetailView.vue') },
    {
      path: '/agreements/:id',
      name: 'agreement',
      component: () => import('./views/AgreementDetailView.vue'),
      props: true,
    },
  ],
  nav: [{ to: '/agreements', icon: mdiFileSign, label: 'processors.nav', testId: 'nav-agreements', order: 45 }],
}
