/** DPIA screening (Art 35): schema, WP248 / Art 35(3) / IMY list texts, screening rules and the register check. */
export * from './dpia.schema'
export * from './dpia.criteria'
export * from './dpia.rules'
export * from './dpia-register.rules'
