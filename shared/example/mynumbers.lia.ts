/** MyNumbers AB's legitimate-interest assessments and DPIA screenings (issue 5), as its published policy implies them. */
import type { ExampleCollections } from './example.types'

/** Records for the example workspace; `now` stamps them so deadlines and review dates are current. */
export function myNumbersLia(_now: Date): ExampleCollections {
  return {}
}
