/** Third-country transfers (Chapter V): countries, adequacy decisions, transfer records and checks 19–28. */
export * from './finding'
export * from './countries'
export * from './adequacy'
export * from './adequacy.rules'
export * from './derogation.rules'
export * from './transfer.schema'
export * from './transfer.rules'
export * from './transfer-form.rules'
