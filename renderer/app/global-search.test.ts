import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, useDatabase, type DpoDatabase } from '@/db/database'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import { foldForSearch, loadSearchEntries, searchEntries, type SearchEntry } from './global-search'

let database: DpoDatabase
beforeEach(async () => {
  database = openDatabase(`t-${crypto.randomUUID()}`)
  useDatabase(database)
  await workspaceRepository.loadExample('test')
})

const titles = (r: SearchEntry[]) => r.map((e) => e.title)

describe('global search over the example workspace', () => {
  it('finds activities by name, purpose or category, with the route to the record', async () => {
    const entries = await loadSearchEntries(database)
    const [first] = searchEntries(entries, 'bokföring')
    expect(first).toMatchObject({ kind: 'activity', title: 'Bokföring och arkivering av räkenskapsinformation' })
    expect(first!.route).toBe(`/register/${first!.id}`)
    expect(titles(searchEntries(entries, 'nyhetsbrev'))).toContain('Marknadsföring och nyhetsbrev')
  })

  it('ignores case and accents, and needs every word', async () => {
    const entries = await loadSearchEntries(database)
    expect(titles(searchEntries(entries, 'BOKFORING'))).toEqual(titles(searchEntries(entries, 'bokföring')))
    expect(searchEntries(entries, 'bokföring zzzz')).toEqual([])
    expect(searchEntries(entries, '   ')).toEqual([])
  })

  it('covers every module’s records that the workspace has', async () => {
    const entries = await loadSearchEntries(database)
    const counts = {
      activity: await database.activities.count(),
      vendor: await database.vendors.count(),
      agreement: await database.agreements.count(),
      transfer: await database.transfers.count(),
      lia: await database.lias.count(),
      breach: await database.breaches.count(),
      request: await database.requests.count(),
    }
    for (const [kind, n] of Object.entries(counts))
      expect(
        entries.filter((e) => e.kind === kind),
        kind,
      ).toHaveLength(n)
    for (const e of entries)
      expect(e.route).toMatch(/^\/(register|vendors|agreements|transfers|lia|breaches|requests)\/[0-9a-f-]{36}$/)
  })
})

describe('searchEntries ranking', () => {
  const e = (kind: SearchEntry['kind'], title: string, text = ''): SearchEntry => ({
    kind,
    id: title,
    title,
    subtitle: '',
    route: `/x/${title}`,
    haystack: foldForSearch(`${title}\n${text}`),
  })
  it('puts titles starting with the query first, then titles containing it, then text matches', () => {
    const entries = [
      e('vendor', 'Molnleverantör', 'drift'),
      e('activity', 'IT-drift'),
      e('activity', 'Drift och support'),
    ]
    expect(titles(searchEntries(entries, 'drift'))).toEqual(['Drift och support', 'IT-drift', 'Molnleverantör'])
  })
  it('stops at the limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => e('activity', `Behandling ${i}`))
    expect(searchEntries(many, 'behandling')).toHaveLength(50)
    expect(searchEntries(many, 'behandling', 5)).toHaveLength(5)
  })
})
