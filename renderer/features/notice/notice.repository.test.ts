import { beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { sha256Hex } from '@shared/kernel'
import type { PublishedNotice } from '@shared/notice'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { workspaceRepository } from '@/features/workspace/workspace.repository'
import { EXAMPLE_NOTICE_NAME, EXAMPLE_NOTICE_TEXT } from './example-notice'
import { noticeRepository, PUBLISHED_NOTICE_KEY } from './notice.repository'

const ACTOR = 'Åsa Öberg'
const pasted = (text: string): PublishedNotice => ({
  text,
  origin: 'pasted',
  sourceName: '',
  format: 'text',
  loadedAt: '2026-03-02T09:00:00.000Z',
})

beforeEach(() => useDatabase(openDatabase(`t-${crypto.randomUUID()}`)))

describe('the example’s published notice', () => {
  it('is stored on the first open of an example workspace, once', async () => {
    await workspaceRepository.loadExample(ACTOR)
    const stored = await noticeRepository.ensureExampleNotice(ACTOR)
    expect(stored).toMatchObject({ origin: 'example', sourceName: EXAMPLE_NOTICE_NAME, text: EXAMPLE_NOTICE_TEXT })
    expect(EXAMPLE_NOTICE_TEXT).toContain('Datainspektionen')
    await noticeRepository.ensureExampleNotice(ACTOR)
    const entries = (await db().audit.toArray()).filter((e) => e.entityId === PUBLISHED_NOTICE_KEY)
    expect(entries).toHaveLength(1)
  })

  it('does not replace a notice the DPO loaded, and is not loaded into a workspace started empty', async () => {
    await workspaceRepository.loadExample(ACTOR)
    await noticeRepository.savePublished(pasted('Vår egen policy'), ACTOR)
    expect((await noticeRepository.ensureExampleNotice(ACTOR))?.text).toBe('Vår egen policy')

    useDatabase(openDatabase(`t-${crypto.randomUUID()}`))
    await workspaceRepository.startEmpty(ACTOR)
    expect(await noticeRepository.ensureExampleNotice(ACTOR)).toBeNull()
  })
})

describe('savePublished', () => {
  it('keeps the text in settings and logs its hash and size, not the text, in the audit chain', async () => {
    await noticeRepository.savePublished(pasted('Första versionen'), ACTOR)
    await noticeRepository.savePublished(
      { ...pasted('Andra versionen'), origin: 'file', sourceName: 'policy.html', format: 'html' },
      ACTOR,
    )
    expect((await noticeRepository.published())?.text).toBe('Andra versionen')
    const log = await db().audit.orderBy('seq').toArray()
    expect(verifyAuditChain(log).ok).toBe(true)
    expect(log.map((e) => [e.entity, e.entityId, e.op, e.actor])).toEqual([
      ['settings', PUBLISHED_NOTICE_KEY, 'create', ACTOR],
      ['settings', PUBLISHED_NOTICE_KEY, 'update', ACTOR],
    ])
    expect(log[1]!.changes[0]).toEqual({
      field: 'publishedNotice',
      before: { sourceName: '', origin: 'pasted', chars: 16, sha256: sha256Hex('Första versionen') },
      after: { sourceName: 'policy.html', origin: 'file', chars: 15, sha256: sha256Hex('Andra versionen') },
    })
    expect(JSON.stringify(log)).not.toContain('Andra versionen')
  })

  it('refuses what does not validate and writes nothing', async () => {
    const bad = { ...pasted('x'), origin: 'web' } as unknown as PublishedNotice
    await expect(noticeRepository.savePublished(bad, ACTOR)).rejects.toBeInstanceOf(RecordError)
    expect(await noticeRepository.published()).toBeNull()
    expect(await db().audit.count()).toBe(0)
  })
})

describe('sources', () => {
  it('reads the organisation and every record the notice is built from', async () => {
    await workspaceRepository.loadExample(ACTOR)
    const s = await noticeRepository.sources()
    expect(s.organisation.name).toBe('MyNumbers AB')
    expect(s.activities).toHaveLength(8)
    expect(s.transfers.length).toBe(await db().transfers.count())
    expect(s.lias.length).toBe(await db().lias.count())
  })
})
