/** The retention calculator (domain-reference §7): ISO periods, bokföringslagen 7 kap. 2 §, rules in words. */
export * from './iso-period'
export * from './bookkeeping.rules'
export * from './retention.rules'
