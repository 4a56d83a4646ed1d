/** An error carried as a value across a boundary (IPC, import), never thrown through it. */
export interface AppError {
  /** Stable machine code, e.g. `file/too-large`; the UI maps it to a translated message. */
  code: string
  /** Human-readable detail in English, for logs and for codes the UI does not know. */
  message: string
  /** Extra detail such as zod issue paths. */
  details?: string[]
}

/** Success or failure as a value. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** Wraps an error as a failure. */
export const err = <T = never>(code: string, message: string, details?: string[]): Result<T> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})
