/**
 * Legitimate interest assessments (Art 6(1)(f)) and DPIA screenings (Art 35): the LIA list and editor, version
 * comparison, the screening per activity, and the two panels shown beside a saved activity.
 */
import { mdiScaleBalance } from '@mdi/js'
import { defineAsyncComponent } from 'vue'
import type { FeatureModule } from '@/app/feature'

export const liaFeature: FeatureModule = {
  routes: [
    { path: '/lia', name: 'lias', component: () => import('./views/LiaListView.vue') },
    { path: '/lia/new', name: 'lia-new', component: () => import('./views/LiaDetailView.vue') },
    { path: '/lia/:id', name: 'lia', component: () => import('./views/LiaDetailView.vue'), props: true },
    {
      path: '/lia/:id/versions',
      name: 'lia-versions',
      component: () => import('./views/LiaVersionsView.vue'),
      props: true,
    },
    {
      path: '/dpia/:activityId',
      name: 'dpia-screening',
      component: () => import('./views/DpiaScreeningView.vue'),
      props: true,
    },
  ],
  nav: [{ to: '/lia', icon: mdiScaleBalance, label: 'lia.nav', testId: 'nav-lia', order: 25 }],
  activityPanels: [
    defineAsyncComponent(() => import('./components/LiaActivityPanel.vue')),
    defineAsyncComponent(() => import('./components/DpiaActivityPanel.vue')),
  ],
}
