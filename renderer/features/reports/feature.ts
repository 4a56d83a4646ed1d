import { mdiFileDocumentMultipleOutline } from '@mdi/js'
import { defineAsyncComponent } from 'vue'
import type { FeatureModule } from '@/app/feature'

/**
 * Reports, exports, register import and the inspection pack (issue 8). The print preview is a bare route, so that
 * printing the page gives the report alone.
 */
export const reportsFeature: FeatureModule = {
  routes: [
    { path: '/reports', name: 'reports', component: () => import('./views/ReportsView.vue') },
    {
      path: '/reports/preview/:kind/:id?',
      name: 'report-preview',
      component: () => import('./views/ReportPreviewView.vue'),
      props: true,
      meta: { bare: true },
    },
  ],
  nav: [
    { to: '/reports', icon: mdiFileDocumentMultipleOutline, label: 'reports.nav', testId: 'nav-reports', order: 85 },
  ],
  activityPanels: [defineAsyncComponent(() => import('./components/ActivityReportPanel.vue'))],
}
