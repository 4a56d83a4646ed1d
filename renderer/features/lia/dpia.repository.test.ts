import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { emptyDpiaScreeningAnswers, type DpiaScreeningAnswers } from '@shared/dpia'
import { db, openDatabase, useDatabase } from '@/db/database'
import { dpiaRepository as repo } from './dpia.repository'

const ACTOR = 'Åsa Öberg'
const ACTIVITY = '6d1f0c3a-0003-4000-8000-000000000003'
const OTHER = '6d1f0c3a-0004-4000-8000-000000000004'

function profilingAndCombining(): DpiaScreeningAnswers {
  const a = emptyDpiaScreeningAnswers()
  a.criteria.evaluation_scoring = { met: true, note: 'Profilering' }
  a.criteria.matching_combining = { met: true, note: 'Samkörning' }
  return a
}

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => {
  vi.restoreAllMocks()
  db().close()
})

describe('dpiaRepository.screen', () => {
  it('stores the result the answers give, with a create audit entry', async () => {
    const saved = await repo.screen(ACTIVITY, { answers: profilingAndCombining(), note: '' }, null, ACTOR, '2026-04-20')
    expect(saved).toMatchObject({ activityId: ACTIVITY, result: 'required', screenedBy: ACTOR, revision: 1 })
    expect(await repo.forActivity(ACTIVITY)).toEqual(saved)
    const log = await db().audit.toArray()
    expect(log).toMatchObject([{ op: 'create', entity: 'dpiaScreenings', entityId: saved.id, actor: ACTOR }])
    expect(log[0]!.label).toContain('krävs')
  })

  it('updates the one screening of the activity on re-screening, audited with what changed', async () => {
    const first = await repo.screen(ACTIVITY, { answers: profilingAndCombining(), note: '' }, null, ACTOR, '2026-04-20')
    const second = await repo.screen(
      ACTIVITY,
      { answers: emptyDpiaScreeningAnswers(), note: 'Profileringen är borttagen.' },
      first.revision,
      ACTOR,
      '2026-05-02',
    )
    expect(second).toMatchObject({ id: first.id, revision: 2, result: 'not_required', screenedOn: '2026-05-02' })
    expect(await repo.list()).toEqual([second])
    const log = await db().audit.orderBy('seq').toArray()
    expect(log.map((e) => e.op)).toEqual(['create', 'update'])
    expect(log[1]!.changes.map((c) => c.field)).toEqual(['answers', 'note', 'reasons', 'result', 'screenedOn'])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('refuses a second first screening and a stale re-screening, so there is only ever one per activity', async () => {
    const first = await repo.screen(ACTIVITY, { answers: profilingAndCombining(), note: '' }, null, ACTOR, '2026-04-20')
    const input = { answers: emptyDpiaScreeningAnswers(), note: '' }
    await expect(repo.screen(ACTIVITY, input, null, ACTOR, '2026-04-21')).rejects.toMatchObject({ code: 'conflict' })
    await expect(repo.screen(ACTIVITY, input, first.revision + 1, ACTOR, '2026-04-21')).rejects.toMatchObject({
      code: 'conflict',
    })
    await repo.screen(OTHER, input, null, ACTOR, '2026-04-21')
    expect((await repo.list()).map((s) => s.activityId).sort()).toEqual([ACTIVITY, OTHER])
    expect(await db().audit.count()).toBe(2)
  })

  it('writes neither screening nor audit entry when the audit write fails', async () => {
    vi.spyOn(db().audit, 'add').mockRejectedValueOnce(new Error('disk full'))
    const input = { answers: profilingAndCombining(), note: '' }
    await expect(repo.screen(ACTIVITY, input, null, ACTOR, '2026-04-20')).rejects.toThrow('disk full')
    expect(await repo.list()).toEqual([])
  })
})
