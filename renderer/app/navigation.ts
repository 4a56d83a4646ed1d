import { mdiCogOutline, mdiFormatListBulletedSquare, mdiHistory } from '@mdi/js'

/** The drawer's entries; modules add theirs here as they land. */
export const NAVIGATION = [
  { to: '/register', icon: mdiFormatListBulletedSquare, label: 'app.nav.register', testId: 'nav-register' },
  { to: '/audit', icon: mdiHistory, label: 'app.nav.audit', testId: 'nav-audit' },
  { to: '/settings', icon: mdiCogOutline, label: 'app.nav.settings', testId: 'nav-settings' },
] as const
