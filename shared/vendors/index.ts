/** Vendors: the outside parties we share personal data with, and the small rules on them. */
export * from './vendor.schema'
export * from './vendor.rules'
