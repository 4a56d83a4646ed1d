/** MyNumbers AB's breaches, data-subject requests and complaints (issue 6), as its published policy implies them. */
import type { ExampleCollections } from './example.types'

/** Records for the example workspace; `now` stamps them so deadlines and review dates are current. */
export function myNumbersIncidents(_now: Date): ExampleCollections {
  return {}
}
