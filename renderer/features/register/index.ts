/**
 * What other features may use from the register. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useActivitiesStore } from './activities.store'
