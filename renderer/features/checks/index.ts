/**
 * Compliance checks across the modules: the findings view (open and accepted), the panel beside each activity,
 * and the store the dashboard and the register list read their counts from.
 */
import { mdiClipboardCheckOutline } from '@mdi/js'
import { defineAsyncComponent } from 'vue'
import type { FeatureModule } from '@/app/feature'

export const checksFeature: FeatureModule = {
  routes: [{ path: '/checks', name: 'checks', component: () => import('./views/FindingsView.vue') }],
  nav: [{ to: '/checks', icon: mdiClipboardCheckOutline, label: 'checks.nav', testId: 'nav-checks', order: 15 }],
  activityPanels: [defineAsyncComponent(() => import('./components/ActivityFindingsPanel.vue'))],
}
export { useChecksStore } from './checks.store'
export { SEVERITY_COLOR, SEVERITY_ICON, useFindingLinks, useLocalisedText } from './use-finding-display'
export { default as FindingCountChips } from './components/FindingCountChips.vue'
export { default as FindingRow } from './components/FindingRow.vue'
