/** Version 2: the append-only, hash-chained audit log, keyed by its sequence number. */
import { stores as previous } from './001-create-register'

export const version = 2

export const stores = Object.freeze({
  ...previous,
  audit: 'seq, at, entity, entityId',
})
