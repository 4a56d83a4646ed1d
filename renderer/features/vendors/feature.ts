import { mdiDomain } from '@mdi/js'
import { defineAsyncComponent } from 'vue'
import type { FeatureModule } from '@/app/feature'

/** Vendors: list, detail, and the panel beside a saved activity that links its recipients to vendors. */
export const vendorsFeature: FeatureModule = {
  routes: [
    { path: '/vendors', name: 'vendors', component: () => import('./views/VendorListView.vue') },
    { path: '/vendors/new', name: 'vendor-new', component: () => import('./views/VendorDetailView.vue') },
    { path: '/vendors/:id', name: 'vendor', component: () => import('./views/VendorDetailView.vue'), props: true },
  ],
  nav: [{ to: '/vendors', icon: mdiDomain, label: 'vendors.nav', testId: 'nav-vendors', order: 40 }],
  activityPanels: [defineAsyncComponent(() => import('./components/ActivityVendorsPanel.vue'))],
}
