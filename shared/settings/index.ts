export * from './preferences.schema'
