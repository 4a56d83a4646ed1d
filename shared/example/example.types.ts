import type { CollectionName, CollectionRecord } from '../backup/workspace.schema'

/** Some collections of a workspace, as an example module contributes them. */
export type ExampleCollections = { [K in CollectionName]?: CollectionRecord<K>[] }
