import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DpoBridge, WorkspaceMarker } from '@shared/ipc'
import type { ActivityFields } from '@shared/register'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db, openDatabase, useDatabase } from '@/db/database'
import { LATEST_VERSION } from '@/db/migrations'
import { activitiesRepository } from '@/features/register/activities.repository'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { currentMarker, startMarkerWriter } from './marker'

const written = vi.hoisted(() => [] as WorkspaceMarker[])
vi.mock('@/platform/bridge', () => {
  const fake: Partial<DpoBridge> = {
    'marker:write': async (m: WorkspaceMarker) => (written.push(m), { ok: true, value: true }),
  }
  return { api: () => fake as DpoBridge }
})

const fields = (name: string): ActivityFields => ({ ...(structuredClone(payroll) as ActivityFields), name })

beforeEach(() => {
  written.length = 0
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
})
afterEach(() => db().close())

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('currentMarker', () => {
  it('records the schema version, rows per collection and the audit head', async () => {
    await activitiesRepository.create(fields('Lönehantering'), 'Åsa')
    const saved = await activitiesRepository.create(fields('Bokföring'), 'Åsa')
    await activitiesRepository.remove(saved.id, 'Åsa')
    const head = await db().audit.get(3)
    const marker = await currentMarker(db(), new Date('2026-11-27T10:00:00Z'))
    expect(marker).toMatchObject({
      schemaVersion: LATEST_VERSION,
      auditCount: 3,
      auditHeadHash: head!.hash,
      writtenAt: '2026-11-27T10:00:00.000Z',
    })
    expect(marker.counts).toMatchObject({ activities: 1, vendors: 0, findingAcceptances: 0 })
  })
})

describe('startMarkerWriter', () => {
  it('writes once, a debounce after the last of a burst of changes, and again on flush', async () => {
    const writer = startMarkerWriter(60)
    notifyWorkspaceChanged()
    await sleep(30)
    notifyWorkspaceChanged()
    await sleep(40)
    expect(written).toHaveLength(0)
    await sleep(60)
    await writer.flush()
    expect(written).toHaveLength(1)
    await writer.flush()
    expect(written).toHaveLength(1)
    notifyWorkspaceChanged()
    await writer.flush()
    expect(written).toHaveLength(2)
    writer.stop()
    notifyWorkspaceChanged()
    await sleep(120)
    expect(written).toHaveLength(2)
  })
})
