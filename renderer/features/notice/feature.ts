/**
 * The privacy notice (Art 13/14): generated from the register in Swedish and English (view, PDF, Markdown),
 * checked against the notice actually published, and a bare print view for the PDF.
 */
import { mdiShieldSearch } from '@mdi/js'
import type { FeatureModule } from '@/app/feature'

export const noticeFeature: FeatureModule = {
  routes: [
    { path: '/notice', name: 'notice', component: () => import('./views/NoticeView.vue') },
    { path: '/notice/check', name: 'notice-check', component: () => import('./views/NoticeCheckView.vue') },
    {
      path: '/notice/print',
      name: 'notice-print',
      component: () => import('./views/NoticePrintView.vue'),
      meta: { bare: true },
    },
  ],
  nav: [{ to: '/notice', icon: mdiShieldSearch, label: 'notice.nav', testId: 'nav-notice', order: 45 }],
}
