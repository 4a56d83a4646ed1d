export * from './acceptance.schema'
