export * from './workspace.schema'
export * from './workspace.rules'
export * from './format-migrations'
