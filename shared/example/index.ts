export * from './mynumbers.register'
export * from './mynumbers.workspace'
export type { ExampleCollections } from './example.types'
