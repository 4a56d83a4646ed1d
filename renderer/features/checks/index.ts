/**
 * What other features may use from the compliance checks. The shell reads feature.ts instead, so these exports
 * load only inside the lazy chunks of the features that import them.
 */
export { useChecksStore } from './checks.store'
export { SEVERITY_COLOR, SEVERITY_ICON, useFindingLinks, useLocalisedText } from './use-finding-display'
export { default as FindingCountChips } from './components/FindingCountChips.vue'
export { default as FindingRow } from './components/FindingRow.vue'
