/**
 * The global search (Ctrl/Cmd+K) across every module: activities, vendors, agreements, transfers, LIAs, breaches
 * and requests. A cross-cutting service of the shell, so it reads the tables itself (one read transaction when
 * the dialog opens) and the dialog component only calls it. Matching is plain: every word of the query must
 * occur in the record's text, accents and case ignored ("bokforing" finds "Bokföring").
 */
import type { CollectionRecord } from '@shared/backup'
import { db, type DpoDatabase } from '@/db/database'

type SearchedTable = 'activities' | 'vendors' | 'agreements' | 'transfers' | 'lias' | 'breaches' | 'requests'

/** The kinds of record the search covers, in the order results are grouped. */
export const SEARCH_KINDS = ['activity', 'vendor', 'agreement', 'transfer', 'lia', 'breach', 'request'] as const
/** A kind of record. */
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** One searchable record. */
export interface SearchEntry {
  kind: SearchKind
  id: string
  title: string
  subtitle: string
  /** The route that opens the record. */
  route: string
  /** Folded text the query is matched against. */
  haystack: string
}

/** Lower case without accents, so typing without å, ä, ö still finds. */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

const entry = (kind: SearchKind, id: string, route: string, title: string, subtitle: string, more: unknown[]) => ({
  kind,
  id,
  route,
  title: title.trim() || id,
  subtitle,
  haystack: foldForSearch([title, subtitle, ...more.flat()].filter((x) => typeof x === 'string').join('\n')),
})

const dot = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ')

/** The records of each searched table. */
type Rows = { [K in SearchedTable]: CollectionRecord<K>[] }

function registerEntries(rows: Rows): SearchEntry[] {
  return rows.activities.map((a) =>
    entry('activity', a.id, `/register/${a.id}`, a.name, dot(a.department, a.owner), [
      a.description,
      a.purposes.map((p) => p.description),
      a.personalDataCategories,
      a.dataSubjectCategories,
      a.systems,
      a.recipients.map((r) => r.name),
    ]),
  )
}

function vendorEntries(rows: Rows): SearchEntry[] {
  const vendorName = new Map(rows.vendors.map((v) => [v.id, v.name]))
  return [
    ...rows.vendors.map((v) =>
      entry('vendor', v.id, `/vendors/${v.id}`, v.name, dot(v.country, v.orgNumber), [
        v.services,
        v.contact.name,
        v.notes,
      ]),
    ),
    ...rows.agreements.map((a) =>
      entry('agreement', a.id, `/agreements/${a.id}`, a.title, dot(vendorName.get(a.vendorId), a.version), [
        a.subProcessors.map((s) => s.name),
        a.notes,
      ]),
    ),
    ...rows.transfers.map((t) =>
      entry('transfer', t.id, `/transfers/${t.id}`, t.title, dot(t.importer.name, t.destinationCountry), [
        t.dataCategories,
        t.notes,
      ]),
    ),
  ]
}

function liaEntries(rows: Rows): SearchEntry[] {
  const activityName = new Map(rows.activities.map((a) => [a.id, a.name]))
  return rows.lias.map((l) => {
    const activityNames = l.activityIds.map((id) => activityName.get(id) ?? '')
    const interest = l.answers.interest?.description ?? ''
    const title = interest.length > 90 ? `${interest.slice(0, 88)}…` : interest || activityNames.join(', ')
    // The LIA feature registers its records under /lia/:id.
    return entry('lia', l.id, `/lia/${l.id}`, title, dot(activityNames.join(', '), l.author), [interest])
  })
}

function incidentEntries(rows: Rows): SearchEntry[] {
  return [
    ...rows.breaches.map((b) =>
      entry('breach', b.id, `/breaches/${b.id}`, b.title, dot(b.detectedAt?.slice(0, 10)), [
        b.description,
        b.dataCategories,
      ]),
    ),
    ...rows.requests.map((r) =>
      entry('request', r.id, `/requests/${r.id}`, r.reference || r.type, dot(r.requester, r.receivedAt), [
        r.description,
        r.type,
      ]),
    ),
  ]
}

async function readEntries(d: DpoDatabase): Promise<SearchEntry[]> {
  const [activities, vendors, agreements, transfers, lias, breaches, requests] = await Promise.all([
    d.activities.toArray(),
    d.vendors.toArray(),
    d.agreements.toArray(),
    d.transfers.toArray(),
    d.lias.toArray(),
    d.breaches.toArray(),
    d.requests.toArray(),
  ])
  const rows: Rows = { activities, vendors, agreements, transfers, lias, breaches, requests }
  return [...registerEntries(rows), ...vendorEntries(rows), ...liaEntries(rows), ...incidentEntries(rows)]
}

/** Every searchable record, read in one consistent transaction. */
export function loadSearchEntries(database: DpoDatabase = db()): Promise<SearchEntry[]> {
  const d = database
  const tables = [d.activities, d.vendors, d.agreements, d.transfers, d.lias, d.breaches, d.requests]
  return d.transaction('r', tables, () => readEntries(d))
}

/** How well an entry answers the query: lower is better, null when a word of the query is missing. */
function rank(e: SearchEntry, words: string[], whole: string): number | null {
  if (!words.every((w) => e.haystack.includes(w))) return null
  const title = foldForSearch(e.title)
  if (title.startsWith(whole)) return 0
  if (words.every((w) => title.includes(w))) return 1
  return 2
}

/** The entries matching every word of the query, best first (title matches before text matches), at most `limit`. */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const whole = foldForSearch(query.trim())
  const words = whole.split(/\s+/).filter(Boolean)
  if (!words.length) return []
  return entries
    .map((e) => ({ e, r: rank(e, words, whole) }))
    .filter((x): x is { e: SearchEntry; r: number } => x.r !== null)
    .sort(
      (a, b) =>
        a.r - b.r ||
        SEARCH_KINDS.indexOf(a.e.kind) - SEARCH_KINDS.indexOf(b.e.kind) ||
        a.e.title.localeCompare(b.e.title, 'sv'),
    )
    .slice(0, limit)
    .map((x) => x.e)
}
