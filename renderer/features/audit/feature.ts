import { mdiHistory } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

export const auditFeature: FeatureModule = {
  routes: [{ path: '/audit', name: 'audit', component: () => import('./views/AuditLogView.vue') }],
  nav: [{ to: '/audit', icon: mdiHistory, label: 'app.nav.audit', testId: 'nav-audit', order: 90 }],
}
