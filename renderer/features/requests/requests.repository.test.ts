import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extendRequest, markAnswered, newRequestFields, requestDueDate } from '@shared/requests'
import { db, openDatabase, useDatabase } from '@/db/database'
import { requestFields, requestsRepository as repo } from './requests.repository'

const ACTOR = 'DPO'
beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('requests repository', () => {
  it('saves a request through extension and answer, each step audited under the reference', async () => {
    const created = await repo.create(
      {
        ...newRequestFields('access', '2026-03-10', 'electronic'),
        reference: 'DSR-2026-014',
        requester: 'Anna Svensson',
      },
      ACTOR,
    )
    const ext = extendRequest(
      requestFields(created),
      { notifiedOn: '2026-04-02', reasons: 'Sju system.', months: 2 },
      '2026-04-02',
    )
    if (!ext.ok) throw new Error('refused')
    const extended = await repo.update(created.id, ext.value, created.revision, ACTOR)
    expect(requestDueDate(extended).due).toBe('2026-06-10')
    const answered = markAnswered(requestFields(extended), '2026-05-20', '2026-05-20')
    if (!answered.ok) throw new Error('refused')
    const done = await repo.update(created.id, answered.value, extended.revision, ACTOR)
    expect([done.status, done.respondedAt, done.revision]).toEqual(['answered', '2026-05-20', 3])
    const audit = await db().audit.orderBy('seq').toArray()
    // The label is the reference: the requester's name is not repeated in every audit entry.
    expect(audit.map((a) => a.label)).toEqual(['DSR-2026-014', 'DSR-2026-014', 'DSR-2026-014'])
  })

  it('keeps the request in its plain copy independent of the stored record', async () => {
    const created = await repo.create(newRequestFields('erasure', '2026-03-10', 'paper'), ACTOR)
    const copy = requestFields(created)
    copy.activityIds.push('6d1f0c3a-0001-4000-8000-000000000001')
    expect(created.activityIds).toEqual([])
    expect((await repo.get(created.id))?.activityIds).toEqual([])
  })
})
