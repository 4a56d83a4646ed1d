/**
 * What other features may use from the request log. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useRequestsStore } from './requests.store'
export { useDateText, useToday } from './use-today'
