import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { MYNUMBERS_ORGANISATION } from '@shared/example'
import { emptyOrganisation } from '@shared/organisation'
import { DEFAULT_PREFERENCES } from '@shared/settings'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { settingsRepository as settings } from './settings.repository'

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('settingsRepository organisation', () => {
  it('starts empty, and saves the profile with one audit entry naming the changed fields', async () => {
    expect(await settings.getOrganisation()).toEqual(emptyOrganisation())
    await settings.saveOrganisation(MYNUMBERS_ORGANISATION, 'Åsa')
    expect(await settings.getOrganisation()).toEqual(MYNUMBERS_ORGANISATION)
    await settings.saveOrganisation(
      { ...MYNUMBERS_ORGANISATION, dpoName: 'Åsa Öberg', dpoEmail: 'dpo@mynumbers.com' },
      'Åsa',
    )
    const log = await db().audit.orderBy('seq').toArray()
    expect(log.map((e) => [e.op, e.entity, e.entityId, e.label])).toEqual([
      ['update', 'settings', 'organisation', 'MyNumbers AB'],
      ['update', 'settings', 'organisation', 'MyNumbers AB'],
    ])
    expect(log[1]!.changes).toEqual([
      { field: 'dpoEmail', before: '', after: 'dpo@mynumbers.com' },
      { field: 'dpoName', before: '', after: 'Åsa Öberg' },
    ])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('writes nothing when nothing changed', async () => {
    await settings.saveOrganisation(MYNUMBERS_ORGANISATION, 'Åsa')
    await settings.saveOrganisation({ ...MYNUMBERS_ORGANISATION }, 'Åsa')
    expect(await db().audit.count()).toBe(1)
  })

  it('refuses an invalid profile with the issue paths and writes nothing', async () => {
    const bad = { ...MYNUMBERS_ORGANISATION, orgNumber: '5591385959', country: 'se' }
    const e: unknown = await settings.saveOrganisation(bad, 'Åsa').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RecordError)
    expect((e as RecordError).code).toBe('invalid')
    expect((e as RecordError).issues).toEqual([
      expect.stringMatching(/^orgNumber: /),
      expect.stringMatching(/^country: /),
    ])
    expect(await settings.getOrganisation()).toEqual(emptyOrganisation())
    expect(await db().audit.count()).toBe(0)
  })

  it('falls back to the empty profile when the stored row does not validate', async () => {
    await db().settings.put({ key: 'organisation', value: { name: 42 } })
    expect(await settings.getOrganisation()).toEqual(emptyOrganisation())
  })
})

describe('settingsRepository preferences and workspace state', () => {
  it('returns the defaults, then what was saved; preferences are not audited', async () => {
    expect(await settings.getPreferences()).toEqual(DEFAULT_PREFERENCES)
    await settings.savePreferences({ userName: 'Åsa', locale: 'en', theme: 'dark' })
    expect(await settings.getPreferences()).toEqual({ userName: 'Åsa', locale: 'en', theme: 'dark' })
    expect(await db().audit.count()).toBe(0)
    await expect(settings.savePreferences({ userName: 'Åsa', locale: 'de' as 'sv', theme: 'dark' })).rejects.toThrow()
    expect((await settings.getPreferences()).locale).toBe('en')
  })

  it('has no workspace state on first run', async () => {
    expect(await settings.getWorkspaceState()).toBeNull()
  })
})
