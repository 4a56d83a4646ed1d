/**
 * What other features may use from LIAs and DPIA screenings. The shell reads feature.ts instead, so these exports
 * load only inside the lazy chunks of the features that import them.
 */
export { useLiaStore } from './lia.store'
export { useDpiaStore } from './dpia.store'
