import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain, type AuditEntry } from '@shared/audit'
import {
  emptyLiaAnswers,
  liaEditOf,
  newLiaDraft,
  type LegitimateInterestAssessment,
  type LiaEdit,
  type LiaOverride,
} from '@shared/lia'
import { FIXTURE_IDS, passingAnswers } from '@shared/lia/lia.fixtures'
import { onWorkspaceChanged } from '@/db/changes'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { LiaSignOffError, liaRepository as repo } from './lia.repository'

const ACTOR = 'Åsa Öberg'
const NOW = new Date('2026-03-10T09:30:00.000Z')
const audit = (): Promise<AuditEntry[]> => db().audit.orderBy('seq').toArray()
const links = { activityIds: [FIXTURE_IDS.activity], purposeIds: [FIXTURE_IDS.purpose] }

/** A saved draft whose answers pass. */
async function passingDraft(): Promise<LegitimateInterestAssessment> {
  return repo.create({ ...newLiaDraft(ACTOR, links), answers: passingAnswers() }, ACTOR)
}
const edit = (lia: LegitimateInterestAssessment, change: Partial<LiaEdit>): LiaEdit => ({
  ...liaEditOf(lia),
  ...change,
})

let notified = 0
let unsubscribe: () => void = () => undefined
beforeEach(() => {
  useDatabase(openDatabase('t-' + crypto.randomUUID()))
  notified = 0
  unsubscribe = onWorkspaceChanged(() => notified++)
})
afterEach(() => {
  unsubscribe()
  vi.restoreAllMocks()
  db().close()
})

describe('liaRepository.signOff', () => {
  it('writes the signed LIA, its version and one sign_off audit entry together', async () => {
    const lia = await passingDraft()
    const { lia: signed, version } = await repo.signOff(lia.id, lia.revision, ACTOR, NOW, null)
    expect(await repo.get(lia.id)).toEqual(signed)
    expect(signed).toMatchObject({ status: 'signed_off', revision: 2, version: 1, nextReviewOn: '2027-03-10' })
    expect(signed.signOff).toEqual({ by: ACTOR, at: NOW.toISOString(), outcome: 'passes' })
    expect(await repo.versions(lia.id)).toEqual([version])
    expect(version).toMatchObject({ liaId: lia.id, version: 1, savedBy: ACTOR, savedAt: NOW.toISOString() })
    const log = await audit()
    expect(log.map((e) => e.op)).toEqual(['create', 'sign_off'])
    expect(log[1]).toMatchObject({ entity: 'lias', entityId: lia.id, actor: ACTOR, at: NOW.toISOString() })
    expect(log[1]!.changes.map((c) => c.field)).toEqual(['nextReviewOn', 'signOff', 'status'])
    expect(verifyAuditChain(log).ok).toBe(true)
    expect(notified).toBe(2)
  })

  it('leaves LIA, versions and log untouched when the audit write fails', async () => {
    const lia = await passingDraft()
    vi.spyOn(db().audit, 'add').mockRejectedValueOnce(new Error('disk full'))
    await expect(repo.signOff(lia.id, lia.revision, ACTOR, NOW, null)).rejects.toThrow('disk full')
    expect(await repo.get(lia.id)).toEqual(lia)
    expect(await db().liaVersions.count()).toBe(0)
    expect(await db().audit.count()).toBe(1)
    expect(notified).toBe(1)
  })

  it('rolls back the LIA and the audit entry when the version write fails', async () => {
    const lia = await passingDraft()
    vi.spyOn(db().liaVersions, 'add').mockRejectedValueOnce(new Error('quota'))
    await expect(repo.signOff(lia.id, lia.revision, ACTOR, NOW, null)).rejects.toThrow('quota')
    expect(await repo.get(lia.id)).toEqual(lia)
    expect(await db().audit.count()).toBe(1)
  })

  it('refuses an incomplete LIA, a stale revision and a second sign-off, writing nothing', async () => {
    const empty = await repo.create(newLiaDraft(ACTOR, links), ACTOR)
    const refused = await repo.signOff(empty.id, 1, ACTOR, NOW, null).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(LiaSignOffError)
    expect((refused as LiaSignOffError).code).toBe('incomplete')
    const lia = await passingDraft()
    await expect(repo.signOff(lia.id, 7, ACTOR, NOW, null)).rejects.toMatchObject({ code: 'conflict' })
    const { lia: signed } = await repo.signOff(lia.id, 1, ACTOR, NOW, null)
    await expect(repo.signOff(lia.id, signed.revision, ACTOR, NOW, null)).rejects.toMatchObject({
      code: 'already_signed_off',
    })
    expect(await db().liaVersions.count()).toBe(1)
    expect((await audit()).map((e) => e.op)).toEqual(['create', 'create', 'sign_off'])
  })
})

describe('editing after sign-off', () => {
  it('starts version 2 as a draft, keeps version 1 intact, and signs off version 2 as a second row', async () => {
    const lia = await passingDraft()
    const { lia: signed, version: v1 } = await repo.signOff(lia.id, 1, ACTOR, NOW, null)
    const answers = { ...passingAnswers(), privacyNotice: { stated: false, link: '' } }
    const draft = await repo.save(lia.id, edit(signed, { answers }), signed.revision, ACTOR)
    expect(draft).toMatchObject({ status: 'draft', version: 2, signOff: null, answers })
    expect(await repo.versions(lia.id)).toEqual([v1])
    const log = await audit()
    expect(log.at(-1)).toMatchObject({ op: 'update', label: expect.stringMatching(/\(v2\)$/) })
    expect(log.at(-1)!.changes.map((c) => c.field)).toEqual(['answers', 'signOff', 'status', 'version'])

    const later = new Date('2026-04-01T08:00:00.000Z')
    const { version: v2 } = await repo.signOff(lia.id, draft.revision, ACTOR, later, '2026-10-01')
    expect(v2).toMatchObject({ version: 2, derived: { outcome: 'passes_with_mitigations' } })
    expect((await repo.versions(lia.id)).map((v) => v.version)).toEqual([1, 2])
    expect(verifyAuditChain(await audit()).ok).toBe(true)
  })

  it('moves the review date of a signed-off LIA without re-opening it', async () => {
    const lia = await passingDraft()
    const { lia: signed } = await repo.signOff(lia.id, 1, ACTOR, NOW, null)
    const moved = await repo.save(lia.id, edit(signed, { nextReviewOn: '2026-12-01' }), signed.revision, ACTOR)
    expect(moved).toMatchObject({ status: 'signed_off', version: 1, nextReviewOn: '2026-12-01' })
  })

  it('re-opens without changes for a reassessment', async () => {
    const lia = await passingDraft()
    const { lia: signed } = await repo.signOff(lia.id, 1, ACTOR, NOW, null)
    const draft = await repo.startNewDraft(lia.id, signed.revision, ACTOR)
    expect(draft).toMatchObject({ status: 'draft', version: 2, answers: passingAnswers(), signOff: null })
  })
})

describe('override', () => {
  it('is saved with its justification and audited with before and after', async () => {
    const answers = { ...passingAnswers(), privacyNotice: { stated: false, link: '' } }
    const lia = await repo.create({ ...newLiaDraft(ACTOR, links), answers }, ACTOR)
    const override: LiaOverride = {
      outcome: 'passes',
      justification: 'Informationen läggs in i integritetspolicyn före första utskicket.',
      by: ACTOR,
      at: NOW.toISOString(),
    }
    const saved = await repo.save(lia.id, edit(lia, { outcomeOverride: override }), lia.revision, ACTOR)
    expect(saved.outcomeOverride).toEqual(override)
    const entry = (await audit()).at(-1)!
    expect(entry).toMatchObject({ op: 'update', actor: ACTOR, entityId: lia.id })
    expect(entry.changes).toEqual([{ field: 'outcomeOverride', before: null, after: override }])
    const { lia: signed } = await repo.signOff(lia.id, saved.revision, ACTOR, NOW, null)
    expect(signed.signOff?.outcome).toBe('passes')
  })

  it('refuses an override without a justification', async () => {
    const lia = await passingDraft()
    const override = { outcome: 'fails', justification: '', by: ACTOR, at: NOW.toISOString() } as const
    await expect(repo.save(lia.id, edit(lia, { outcomeOverride: override }), 1, ACTOR)).rejects.toBeInstanceOf(
      RecordError,
    )
    expect((await repo.get(lia.id))?.outcomeOverride).toBeNull()
  })
})

describe('remove', () => {
  it('deletes a never-signed draft but keeps an LIA that has versions', async () => {
    const draft = await repo.create({ ...newLiaDraft(ACTOR, links), answers: emptyLiaAnswers() }, ACTOR)
    await repo.remove(draft.id, ACTOR)
    expect(await repo.get(draft.id)).toBeUndefined()
    const lia = await passingDraft()
    await repo.signOff(lia.id, 1, ACTOR, NOW, null)
    await expect(repo.remove(lia.id, ACTOR)).rejects.toMatchObject({ code: 'invalid' })
    expect(await repo.get(lia.id)).toBeDefined()
  })
})
