/**
 * Compliance checks across the modules (domain-reference §9): the common finding shape, the registered checks,
 * running them with the DPO's acceptances, and the figures the dashboard shows.
 */
export * from './acceptance.schema'
export * from './acceptance.rules'
export * from './finding'
export * from './catalogue'
export * from './run.rules'
export * from './retention.rules'
export * from './aggregates.rules'
export * from './deadlines.rules'
export * from './timeline.rules'
export * from './completeness-history.rules'
