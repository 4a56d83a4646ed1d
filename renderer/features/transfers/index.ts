/**
 * What other features may use from transfers. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useTransfersStore } from './transfers.store'
export { default as FindingList } from './components/FindingList.vue'
