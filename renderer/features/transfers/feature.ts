import { mdiEarthArrowRight } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

/** Third-country transfers (Chapter V): list and detail with mechanism, TIA and the transfer checks' findings. */
export const transfersFeature: FeatureModule = {
  routes: [
    { path: '/transfers', name: 'transfers', component: () => import('./views/TransferListView.vue') },
    { path: '/transfers/new', name: 'transfer-new', component: () => import('./views/TransferDetailView.vue') },
    {
      path: '/transfers/:id',
      name: 'transfer',
      component: () => import('./views/TransferDetailView.vue'),
      props: true,
    },
  ],
  nav: [{ to: '/transfers', icon: mdiEarthArrowRight, label: 'transfers.nav', testId: 'nav-transfers', order: 50 }],
}
