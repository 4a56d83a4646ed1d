import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * SHA-256 as lowercase hex, computed synchronously. Synchronous on purpose: an awaited WebCrypto digest inside
 * a Dexie transaction lets IndexedDB auto-commit it (TransactionInactiveError, safety-and-speed.md §2), and the
 * audit chain must be hashed in the same transaction as the change it records.
 */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input))
}
