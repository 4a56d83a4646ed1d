/** Vendors: the outside parties we share personal data with, their links to the register, and their status. */
export * from './vendor.schema'
export * from './vendor.rules'
export * from './vendor-links.rules'
export * from './vendor-status.rules'
