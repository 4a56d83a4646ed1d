import { describe, expect, it } from 'vitest'
import { chainAuditEntry } from '@shared/audit'
import type { ActivityFields, ProcessingActivity } from '@shared/register'
import { openDatabase } from '@/db/database'
import payroll from '../../../test/fixtures/activity-payroll.json'
import { LATEST_VERSION } from './index'
import { version } from './002-add-audit-log'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

/** A stored activity with a fixed id and fixed timestamps. */
const fixtureActivity = (n: number, change: Partial<ActivityFields> = {}): ProcessingActivity => ({
  ...completeActivityFields({ name: `Behandling ${n}`, ...change }),
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
  revision: 1,
})

// Signal's migration test (house-style §2.5): open at N-1, add fixtures, close, open at the latest, deep-equal.
describe('002-add-audit-log', () => {
  it('keeps the register and settings written at version 1, and adds an empty audit table', async () => {
    expect(version).toBe(2)
    const name = 't-' + crypto.randomUUID()
    const activities = [
      fixtureActivity(1),
      fixtureActivity(2, { name: 'Årsredovisning', status: 'draft' }),
      fixtureActivity(3, { name: 'Kameraövervakning', role: 'joint_controller', jointControllers: 'Fastighets AB' }),
    ]
    const settings = [
      { key: 'organisation', value: { name: 'Byggbolaget i Norr AB', orgNumber: '556677-8899' } },
      { key: 'preferences', value: { userName: 'Åsa', locale: 'sv', theme: 'dark' } },
    ]

    const v1 = openDatabase(name, version - 1)
    await v1.open()
    expect(v1.verno).toBe(1)
    await v1.activities.bulkAdd(activities)
    await v1.settings.bulkAdd(settings)
    v1.close()

    const latest = openDatabase(name)
    await latest.open()
    expect(latest.verno).toBe(LATEST_VERSION)
    expect(await latest.activities.orderBy('id').toArray()).toEqual(activities)
    expect(await latest.settings.orderBy('key').toArray()).toEqual(settings)
    // The indexes of version 1 still answer.
    expect(await latest.activities.where('status').equals('draft').primaryKeys()).toEqual([activities[1]!.id])
    expect(await latest.audit.count()).toBe(0)
    // The new table works, keyed and ordered by seq.
    const entry = chainAuditEntry(
      {
        at: '2026-11-27T10:00:00.000Z',
        actor: 'Åsa',
        entity: 'activities',
        entityId: activities[0]!.id,
        label: activities[0]!.name,
        op: 'update',
        changes: [],
      },
      undefined,
    )
    await latest.audit.add(entry)
    expect(await latest.audit.get(1)).toEqual(entry)
    expect(await latest.audit.where('entityId').equals(activities[0]!.id).count()).toBe(1)
    latest.close()
  })
})
