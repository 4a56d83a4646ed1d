/** Compliance checks across the modules: the findings view (open and accepted) and the panel beside each activity. */
import { mdiClipboardCheckOutline } from '@mdi/js'
import { defineAsyncComponent } from 'vue'
import type { FeatureModule } from '@/app/feature'

export const checksFeature: FeatureModule = {
  routes: [{ path: '/checks', name: 'checks', component: () => import('./views/FindingsView.vue') }],
  nav: [{ to: '/checks', icon: mdiClipboardCheckOutline, label: 'checks.nav', testId: 'nav-checks', order: 15 }],
  activityPanels: [defineAsyncComponent(() => import('./components/ActivityFindingsPanel.vue'))],
}
