/**
 * Where a finding is fixed: the record's own page with the field to open, when that module has a page for it,
 * else the module's list, else nothing. Pure, so the findings view, the dashboard and tests agree; the caller
 * passes the route patterns the router knows, since modules are still being added.
 */
import type { EntityCollection, Finding } from '@shared/checks'

interface Routes {
  /** Record page patterns, tried in order; `:id` is the record id. */
  records: string[]
  /** List pages, tried in order. */
  lists: string[]
}

const ROUTES: Record<EntityCollection, Routes> = {
  activities: { records: ['/register/:id'], lists: ['/register'] },
  vendors: { records: ['/vendors/:id'], lists: ['/vendors'] },
  agreements: { records: ['/agreements/:id'], lists: ['/agreements'] },
  transfers: { records: ['/transfers/:id'], lists: ['/transfers'] },
  lias: { records: ['/lia/:id', '/lias/:id'], lists: ['/lia', '/lias'] },
  dpiaScreenings: { records: [], lists: ['/register'] },
  breaches: { records: ['/breaches/:id'], lists: ['/breaches'] },
  requests: { records: ['/requests/:id'], lists: ['/requests'] },
  complaints: { records: ['/complaints/:id'], lists: ['/complaints'] },
  organisation: { records: [], lists: ['/settings'] },
}

/** A place in the app: a path and, for a record page, the field to open. */
export interface FindingTarget {
  path: string
  query: Record<string, string>
}

/** The page to fix the finding on, given the route patterns that exist; null when no page fits. */
export function findingTarget(
  finding: Pick<Finding, 'entity' | 'field'>,
  known: ReadonlySet<string>,
): FindingTarget | null {
  const routes = ROUTES[finding.entity.collection]
  const record = routes.records.find((p) => known.has(p))
  if (record) {
    const path = record.replace(':id', encodeURIComponent(finding.entity.id))
    return { path, query: finding.field ? { field: finding.field } : {} }
  }
  const list = routes.lists.find((p) => known.has(p))
  return list ? { path: list, query: {} } : null
}

/** The list page of a module's records, for links from the dashboard; null when the module has none yet. */
export function listTarget(collection: EntityCollection, known: ReadonlySet<string>): string | null {
  return ROUTES[collection].lists.find((p) => known.has(p)) ?? null
}
