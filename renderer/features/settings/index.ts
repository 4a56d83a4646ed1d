/**
 * What other features may use from settings. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useSettingsStore } from './settings.store'
