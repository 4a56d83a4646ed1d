import { describe, expect, it } from 'vitest'
import { AuditEntrySchema, chainAuditEntry, type AuditEntry } from '@shared/audit'
import { COLLECTIONS, type CollectionName } from '@shared/backup'
import { myNumbersWorkspace } from '@shared/example'
import { takeLiaVersion } from '@shared/lia'
import { signedOffLia } from '@shared/lia/lia.fixtures'
import { OrganisationSchema } from '@shared/organisation'
import { openDatabase } from '@/db/database'
import v1File from '../../../test/fixtures/workspace-v1.json'
import { LATEST_VERSION, MIGRATIONS } from './index'

/**
 * The full migration chain (safety-and-speed.md §5 target 2, Dexie's tests-upgrading.js pattern): a database
 * filled at schema version 1, and more at each later version with the tables that version added, is upgraded
 * through every version to the latest; every record survives, with the shape the current schemas demand.
 * A new migration that adds a table must add fixture rows for it below (the last test insists).
 */
type Rows = Record<string, unknown[]>

const NOW = new Date('2026-11-27T10:00:00.000Z')
const example = myNumbersWorkspace(NOW).collections
/** The example's rows of a table, or a fixture where the example has none. */
const rowsOf = (name: CollectionName, fallback: () => unknown[]): unknown[] =>
  example[name]?.length ? example[name] : fallback()

function auditFixture(): AuditEntry[] {
  const out: AuditEntry[] = []
  for (const [i, label] of ['Personaladministration', 'Kameraövervakning', 'Nyhetsbrev 😀'].entries()) {
    const draft = {
      at: `2026-03-0${i + 1}T08:00:00.000Z`,
      actor: 'Åsa Öberg',
      entity: 'activities',
      entityId: v1File.data.activities[0]!.id,
      label,
      op: 'update' as const,
      changes: [{ field: 'name', before: 'Lön', after: label }],
    }
    out.push(chainAuditEntry(draft, out.at(-1)))
  }
  return out
}

/** Rows first written at each version: the tables that version introduced. */
const FIXTURES: Record<number, Rows> = {
  1: {
    activities: v1File.data.activities,
    settings: [
      { key: 'organisation', value: v1File.data.organisation },
      { key: 'preferences', value: { userName: 'Åsa Öberg', locale: 'sv', theme: 'light' } },
      { key: 'workspace', value: { origin: 'restored', initializedAt: '2026-02-02T09:00:00.000Z' } },
    ],
  },
  2: { audit: auditFixture() },
  3: {
    ...(Object.fromEntries(Object.entries(example).filter(([name]) => name !== 'activities')) as Rows),
    liaVersions: rowsOf('liaVersions', () => [takeLiaVersion(example.lias?.[0] ?? signedOffLia(), 'Åsa Öberg', NOW)]),
    findingAcceptances: [
      {
        key: `missing-retention:${v1File.data.activities[0]!.id}`,
        reason: 'Gallringsfristen utreds av arkivet; beslut väntas i december.',
        expiresOn: '2026-12-31',
        acceptedBy: 'Åsa Öberg',
        acceptedAt: '2026-11-27T10:00:00.000Z',
      },
    ],
  },
}

const tablesAt = (version: number) =>
  Object.entries(MIGRATIONS.find((m) => m.version === version)!.stores)
    .filter(([, spec]) => spec !== null)
    .map(([name]) => name)

const fixturesUpTo = (version: number): Rows =>
  Object.assign({}, ...Object.entries(FIXTURES).flatMap(([v, rows]) => (Number(v) <= version ? [rows] : []))) as Rows

/** Primary key path of a table in the latest schema (`key` for accepted findings, `seq` for the log). */
const sortKey = (rows: unknown[], table: string): unknown[] => {
  const key = table === 'audit' ? 'seq' : table === 'settings' ? 'key' : COLLECTIONS[table as CollectionName].idKey
  return [...rows].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as never)[key])))
}

async function fill(name: string, version: number): Promise<void> {
  const database = openDatabase(name, version)
  await database.open()
  for (const [table, rows] of Object.entries(FIXTURES[version] ?? {})) await database.table(table).bulkAdd(rows)
  database.close()
}

async function expectAllSurvive(name: string, version: number, filledUpTo = version): Promise<void> {
  const database = openDatabase(name, version)
  await database.open()
  expect(database.verno).toBe(version)
  for (const [table, rows] of Object.entries(fixturesUpTo(filledUpTo))) {
    const stored = await database.table(table).toArray()
    expect(sortKey(stored, table), `${table} at v${version}`).toEqual(sortKey(rows, table))
  }
  database.close()
}

describe('the migration chain from version 1 to the latest', () => {
  it('keeps every record at each step, one version at a time', async () => {
    const name = 't-' + crypto.randomUUID()
    for (const m of MIGRATIONS) {
      await fill(name, m.version)
      await expectAllSurvive(name, m.version)
    }
  })

  it('keeps every version-1 record when a version-1 database jumps straight to the latest', async () => {
    const name = 't-' + crypto.randomUUID()
    await fill(name, 1)
    await expectAllSurvive(name, LATEST_VERSION, 1)
  })

  it('leaves records in the shape the current schemas demand, with every index answering', async () => {
    const name = 't-' + crypto.randomUUID()
    for (const m of MIGRATIONS) await fill(name, m.version)
    const database = openDatabase(name)
    await database.open()
    for (const [table, schema] of Object.entries(COLLECTIONS)) {
      for (const row of await database.table(table).toArray()) {
        const parsed = schema.schema.safeParse(row)
        expect(parsed.success, `${table}: ${parsed.error?.message}`).toBe(true)
      }
    }
    for (const entry of await database.audit.toArray()) expect(AuditEntrySchema.safeParse(entry).success).toBe(true)
    expect(OrganisationSchema.safeParse((await database.settings.get('organisation'))?.value).success).toBe(true)
    for (const table of database.tables) {
      for (const index of table.schema.indexes) {
        await expect(table.orderBy(index.name).count(), `${table.name}.${index.name}`).resolves.toBeGreaterThan(-1)
      }
      expect(await table.orderBy(':id').count()).toBe(await table.count())
    }
    expect(await database.activities.where('status').equals('active').count()).toBeGreaterThan(0)
    database.close()
  })

  it('has fixture rows for every table of the latest schema, so a new table cannot skip this test', () => {
    const covered = Object.keys(fixturesUpTo(LATEST_VERSION)).sort()
    expect(covered).toEqual(tablesAt(LATEST_VERSION).sort())
    for (const [table, rows] of Object.entries(fixturesUpTo(LATEST_VERSION))) {
      expect(rows.length, table).toBeGreaterThan(0)
    }
  })
})
