/**
 * JSON with object keys sorted at every level, so that a hash over it does not depend on the order in which
 * IndexedDB, a backup file or a spread happened to put the keys (safety-and-speed.md §3).
 * `undefined` object members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // fromEntries defines own properties: assigning `out['__proto__'] = …` would set the prototype instead and
    // drop the key from the JSON, so two different documents would hash alike.
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => [key, sortKeys(record[key])]),
    )
  }
  return value
}
