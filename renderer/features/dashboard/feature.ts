/** The start page: key figures, the most serious findings and the charts that summarise the workspace. */
import { mdiViewDashboardOutline } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

export const dashboardFeature: FeatureModule = {
  routes: [{ path: '/dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue') }],
  nav: [
    { to: '/dashboard', icon: mdiViewDashboardOutline, label: 'dashboard.nav', testId: 'nav-dashboard', order: 10 },
  ],
}
