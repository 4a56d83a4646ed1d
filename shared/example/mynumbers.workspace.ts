/**
 * The whole MyNumbers AB example workspace: the organisation, the register derived from its privacy policy, and
 * each module's records. Every module adds its own file; this one only puts them together.
 */
import { stampNew } from '../kernel'
import type { Organisation } from '../organisation'
import type { ProcessingActivity } from '../register'
import type { ExampleCollections } from './example.types'
import { myNumbersIncidents } from './mynumbers.incidents'
import { myNumbersLia } from './mynumbers.lia'
import { myNumbersProcessors } from './mynumbers.processors'
import { MYNUMBERS_ORGANISATION, myNumbersActivities } from './mynumbers.register'

export interface ExampleWorkspace {
  organisation: Organisation
  collections: ExampleCollections
}

/** The example, stamped at `now`. */
export function myNumbersWorkspace(now: Date): ExampleWorkspace {
  const activities = myNumbersActivities().map(({ id, fields }) => ({ ...stampNew(fields, now), id }))
  return {
    organisation: MYNUMBERS_ORGANISATION,
    collections: {
      activities: activities satisfies ProcessingActivity[],
      ...myNumbersProcessors(now),
      ...myNumbersLia(now),
      ...myNumbersIncidents(now),
    },
  }
}
