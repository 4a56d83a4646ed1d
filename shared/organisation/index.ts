export * from './organisation.schema'
