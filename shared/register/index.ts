export * from './activity.schema'
export * from './activity.rules'
export * from './activity.validation'
