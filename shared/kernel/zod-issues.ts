import type { z } from 'zod'

/** A zod path as a DPO-readable string: `activities[3].purposes[0].legalBasis`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    return out ? `${out}.${String(key)}` : String(key)
  }, '')
}

/** `path: message` for the first few zod issues; every form and import error is reported this way. */
export function issueLines(error: z.ZodError, limit = 10): string[] {
  return error.issues.slice(0, limit).map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`)
}
