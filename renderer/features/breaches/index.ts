/**
 * What other features may use from the breach log. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useBreachesStore } from './breaches.store'
export { useNow } from './use-now'
export { default as TimelineCard } from './components/TimelineCard.vue'
export { default as DateTimeField } from './components/DateTimeField.vue'
export { default as DateField } from './components/DateField.vue'
