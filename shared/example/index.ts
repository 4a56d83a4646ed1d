export * from './mynumbers.register'
