import { mdiFormatListBulletedSquare } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

export const registerFeature: FeatureModule = {
  routes: [
    { path: '/register', name: 'register', component: () => import('./views/ActivityListView.vue') },
    { path: '/register/new', name: 'activity-new', component: () => import('./views/ActivityDetailView.vue') },
    { path: '/register/:id', name: 'activity', component: () => import('./views/ActivityDetailView.vue'), props: true },
  ],
  nav: [
    {
      to: '/register',
      icon: mdiFormatListBulletedSquare,
      label: 'app.nav.register',
      testId: 'nav-register',
      order: 20,
    },
  ],
}
