import type { FeatureModule } from '@/app/feature'

/** Not built yet: appears in the shell once it has routes and a drawer entry. */
export const noticeFeature: FeatureModule = { routes: [], nav: [] }
