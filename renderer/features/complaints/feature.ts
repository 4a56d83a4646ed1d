import { mdiCommentAlertOutline } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

/** Complaints handled internally and IMY supervisory cases (Art 77–78): list and case page. */
export const complaintsFeature: FeatureModule = {
  routes: [
    { path: '/complaints', name: 'complaints', component: () => import('./views/ComplaintListView.vue') },
    { path: '/complaints/new', name: 'complaint-new', component: () => import('./views/ComplaintDetailView.vue') },
    {
      path: '/complaints/:id',
      name: 'complaint',
      component: () => import('./views/ComplaintDetailView.vue'),
      props: true,
    },
  ],
  nav: [
    {
      to: '/complaints',
      icon: mdiCommentAlertOutline,
      label: 'complaints.nav',
      testId: 'nav-complaints',
      order: 80,
    },
  ],
}
