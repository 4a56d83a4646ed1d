import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { ActivityFields, ProcessingActivity } from '@shared/register'
import { db, openDatabase, useDatabase } from '@/db/database'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { activitiesRepository, eachActivityChunk } from './activities.repository'
import { useActivitiesStore } from './activities.store'

vi.mock('./activities.repository', async (original) => {
  const actual = await original<typeof import('./activities.repository')>()
  return { ...actual, eachActivityChunk: vi.fn(actual.eachActivityChunk) }
})

const ACTOR = 'Åsa Öberg'
const fields = (name: string, change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  name,
  ...change,
})
const names = (rows: readonly { activity: ProcessingActivity }[]) => rows.map((r) => r.activity.name)

/** Names whose Swedish order differs from the name index's code-unit order (case, å/ä/ö). */
const NAMES = ['Årsredovisning', 'arkivering', 'Ärendehantering', 'Bokföring', 'IT-support', 'Inköp', 'Öppettider']
const IN_SWEDISH = ['arkivering', 'Bokföring', 'Inköp', 'IT-support', 'Årsredovisning', 'Ärendehantering', 'Öppettider']

async function seed(list: string[]): Promise<ProcessingActivity[]> {
  const saved: ProcessingActivity[] = []
  for (const n of list) saved.push(await activitiesRepository.create(fields(n), ACTOR))
  return saved
}

beforeEach(() => {
  vi.mocked(eachActivityChunk).mockClear()
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  setActivePinia(createPinia())
})
afterEach(() => db().close())

describe('useActivitiesStore: reading the register', () => {
  it('load reads every activity in Swedish name order, across read chunks', async () => {
    await seed(NAMES)
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...(structuredClone(payroll) as ActivityFields),
      name: `Behandling ${String(i).padStart(4, '0')}`,
      id: crypto.randomUUID(),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
    }))
    await db().activities.bulkAdd(many)
    const store = useActivitiesStore()
    await store.load()
    expect(store.loaded).toBe(true)
    expect(store.rows).toHaveLength(1207)
    expect(new Set(store.rows.map((r) => r.activity.id)).size).toBe(1207)
    expect(names(store.rows)[0]).toBe('arkivering')
    expect(names(store.rows).slice(-3)).toEqual(IN_SWEDISH.slice(-3))
  })

  it('loadFirstRows of a small register reads it whole, so no second read is needed', async () => {
    await seed(NAMES)
    const store = useActivitiesStore()
    await store.loadFirstRows(50)
    expect(store.loaded).toBe(true)
    expect(names(store.rows)).toEqual(IN_SWEDISH)
    expect(store.listLength).toBe(7)
  })

  it('loadFirstRows of a larger register shows the first rows and the full count until load is done', async () => {
    await seed(NAMES)
    const store = useActivitiesStore()
    await store.loadFirstRows(3)
    expect(store.loaded).toBe(false)
    expect(store.rows).toEqual([])
    // The name index's first three (code-unit order: uppercase first), shown in Swedish order.
    expect(names(store.pageRows)).toEqual(['Bokföring', 'Inköp', 'IT-support'])
    expect(store.listLength).toBe(7)

    // A filter over the first rows alone would mislead: nothing is shown until the whole register is read.
    store.filters.text = 'bok'
    expect(store.pageRows).toEqual([])
    expect(store.listLength).toBe(0)

    await store.load()
    expect(names(store.pageRows)).toEqual(['Bokföring'])
    store.clearFilters()
    expect(names(store.pageRows)).toEqual(IN_SWEDISH)
  })

  it('a read cannot undo a save or delete made while it was under way', async () => {
    const [annual, bookkeeping] = await seed(['Årsredovisning', 'Bokföring'])
    const store = useActivitiesStore()
    await store.load()
    // A read that took its snapshot before the edits below and delivers it after them.
    let deliver: () => void = () => undefined
    const delivered = new Promise<void>((resolve) => (deliver = resolve))
    vi.mocked(eachActivityChunk).mockImplementationOnce(async (_size, visit) => {
      const snapshot = await db().activities.toArray()
      await delivered
      visit(snapshot)
    })
    const reading = store.load()
    await vi.waitFor(() => expect(eachActivityChunk).toHaveBeenCalledTimes(2))
    await store.save(null, fields('Arkivering'), 0)
    await store.remove(bookkeeping!.id)
    await store.save(annual!.id, fields('Årsredovisning 2026'), annual!.revision)
    deliver()
    await reading
    expect(names(store.rows)).toEqual(['Arkivering', 'Årsredovisning 2026'])
    await store.load()
    expect(names(store.rows)).toEqual(['Arkivering', 'Årsredovisning 2026'])
  })

  it('an older read that ends last does not replace a newer one', async () => {
    await seed(['Bokföring'])
    const store = useActivitiesStore()
    let deliver: () => void = () => undefined
    const delivered = new Promise<void>((resolve) => (deliver = resolve))
    vi.mocked(eachActivityChunk).mockImplementationOnce(async (_size, visit) => {
      const snapshot = await db().activities.toArray()
      await delivered
      visit(snapshot)
    })
    const older = store.load()
    await vi.waitFor(() => expect(eachActivityChunk).toHaveBeenCalled())
    await activitiesRepository.create(fields('Arkivering'), ACTOR)
    await store.load()
    deliver()
    await older
    expect(names(store.rows)).toEqual(['Arkivering', 'Bokföring'])
  })

  it('keeps name order through save, remove and undo without a full re-sort', async () => {
    await seed(NAMES)
    const store = useActivitiesStore()
    await store.load()
    const inkop = store.rows.find((r) => r.activity.name === 'Inköp')!.activity
    await store.remove(inkop.id)
    expect(names(store.rows)).toEqual(IN_SWEDISH.filter((n) => n !== 'Inköp'))
    await store.undoRemove(inkop)
    expect(names(store.rows)).toEqual(IN_SWEDISH)
    const copy = await store.duplicate(inkop, (n) => `${n} (kopia)`)
    expect(names(store.rows)).toContain(copy.name)
    expect(names(store.rows).indexOf(copy.name)).toBe(names(store.rows).indexOf('Inköp') + 1)
  })
})

describe('useActivitiesStore: the list', () => {
  it('filters, sorts and pages in the store, and a new filter or order starts at page 1', async () => {
    await seed(NAMES)
    const store = useActivitiesStore()
    await store.load()
    store.itemsPerPage = 3
    await nextTick()
    store.page = 3
    expect(names(store.pageRows)).toEqual(['Öppettider'])

    store.sortBy = [{ key: 'name', order: 'desc' }]
    await nextTick()
    expect(store.page).toBe(1)
    expect(names(store.pageRows)).toEqual(['Öppettider', 'Ärendehantering', 'Årsredovisning'])

    store.page = 2
    store.filters.text = 'i'
    await nextTick()
    expect(store.page).toBe(1)
    expect(store.listLength).toBe(store.ordered.length)
    expect(store.ordered.every((r) => r.haystack.includes('i'))).toBe(true)
  })

  it('sorts by findings with the counts the checks hand in', async () => {
    const [a, b] = await seed(['Arkivering', 'Bokföring'])
    const store = useActivitiesStore()
    await store.load()
    store.findingCounts = new Map([[b!.id, { high: 1, medium: 0, low: 0 }]])
    store.sortBy = [{ key: 'findings', order: 'desc' }]
    expect(store.ordered.map((r) => r.activity.id)).toEqual([b!.id, a!.id])
  })
})
