import { describe, expect, it } from 'vitest'
import { openDatabase } from '@/db/database'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './index'

// Every migration file, found on disk, so one that is written but not registered is caught.
const FILES = import.meta.glob<Migration>(['./[0-9][0-9][0-9]-*.ts', '!./*.test.ts'], { eager: true })

describe('MIGRATIONS', () => {
  it('has versions that strictly increase, from 1', () => {
    const versions = MIGRATIONS.map((m) => m.version)
    expect(versions[0]).toBe(1)
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!))
    expect(LATEST_VERSION).toBe(versions.at(-1))
  })

  it('registers every NNN-verb-object.ts file, and each file’s version equals its NNN', () => {
    const files = Object.entries(FILES)
    expect(files.length).toBeGreaterThanOrEqual(2)
    expect(files).toHaveLength(MIGRATIONS.length)
    for (const [path, module] of files) {
      const nnn = Number(/\/(\d{3})-[a-z0-9-]+\.ts$/.exec(path)?.[1])
      expect(module.version, path).toBe(nnn)
      expect(MIGRATIONS).toContainEqual(expect.objectContaining({ version: nnn, stores: module.stores }))
    }
  })

  it('states the full schema at every version: later stores keep every earlier table unless removed with null', () => {
    MIGRATIONS.slice(1).forEach((m, i) => {
      const previous = MIGRATIONS[i]!.stores
      for (const [table, spec] of Object.entries(previous)) {
        if (spec === null) continue
        expect(Object.keys(m.stores), `${table} at v${m.version}`).toContain(table)
      }
      expect(Object.isFrozen(m.stores)).toBe(true)
    })
  })

  it('creates a fresh database at the latest version with every table', async () => {
    const database = openDatabase('t-' + crypto.randomUUID())
    await database.open()
    const latest = MIGRATIONS.at(-1)!.stores
    const expected = Object.entries(latest)
      .filter(([, spec]) => spec !== null)
      .map(([name]) => name)
    expect(database.verno).toBe(LATEST_VERSION)
    expect(database.tables.map((t) => t.name).sort()).toEqual(expected.sort())
    expect(expected).toEqual(expect.arrayContaining(['activities', 'settings', 'audit']))
    expect(database.table('audit').schema.primKey.keyPath).toBe('seq')
    expect(database.table('activities').schema.primKey.keyPath).toBe('id')
    database.close()
  })

  it('stops at an older version when asked (upTo)', async () => {
    const database = openDatabase('t-' + crypto.randomUUID(), 1)
    await database.open()
    expect(database.verno).toBe(1)
    expect(database.tables.map((t) => t.name).sort()).toEqual(['activities', 'settings'])
    database.close()
  })
})
