export * from './audit.schema'
