export * from './document.schema'
