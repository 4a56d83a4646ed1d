import { mdiCogOutline } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

export const settingsFeature: FeatureModule = {
  routes: [{ path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') }],
  nav: [{ to: '/settings', icon: mdiCogOutline, label: 'app.nav.settings', testId: 'nav-settings', order: 100 }],
}
