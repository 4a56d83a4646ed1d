/**
 * What other features may use from processor agreements. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useAgreementsStore } from './agreements.store'
export { default as ReviewOutcomeChip } from './components/ReviewOutcomeChip.vue'
