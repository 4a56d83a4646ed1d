/**
 * What other features may use from vendors. The shell reads feature.ts instead, so these exports load only
 * inside the lazy chunks of the features that import them.
 */
export { useVendorsStore } from './vendors.store'
export { todayIso } from './today'
export { useLocalised } from './use-localised'
export { default as CountrySelect } from './components/CountrySelect.vue'
export { default as DateField } from './components/DateField.vue'
export { default as AgreementStatusChip } from './components/AgreementStatusChip.vue'
export { default as TransferStatusChip } from './components/TransferStatusChip.vue'
