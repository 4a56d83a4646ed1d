/**
 * A deep, plain copy of form data for the database. structuredClone refuses Vue's reactive proxies, and a form
 * built up from spread answers can hold them at any depth; the records are JSON data by schema, so a JSON round
 * trip copies them exactly.
 */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
