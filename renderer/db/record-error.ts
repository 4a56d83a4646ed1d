/**
 * A save was refused: the data did not validate, the record is gone, someone saved it in between, or the
 * storage is full. Its own module so that both the repository and the database class can use it without an
 * import cycle; `entity-repository.ts` re-exports it for callers.
 */
export class RecordError extends Error {
  constructor(
    readonly code: 'invalid' | 'not-found' | 'conflict' | 'storage-full',
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message)
    this.name = 'RecordError'
  }
}
