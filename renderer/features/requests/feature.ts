import { mdiAccountQuestionOutline } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

/** Data-subject requests (Art 12, 15–22): list by due date and the request page with its deadline. */
export const requestsFeature: FeatureModule = {
  routes: [
    { path: '/requests', name: 'requests', component: () => import('./views/RequestListView.vue') },
    { path: '/requests/new', name: 'request-new', component: () => import('./views/RequestDetailView.vue') },
    { path: '/requests/:id', name: 'request', component: () => import('./views/RequestDetailView.vue'), props: true },
  ],
  nav: [{ to: '/requests', icon: mdiAccountQuestionOutline, label: 'requests.nav', testId: 'nav-requests', order: 70 }],
}
