import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/audit'
import { newComplaintFields } from '@shared/complaints'
import { sha256Hex } from '@shared/kernel'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import {
  CaseDocumentRefusedError,
  complaintDocumentsRepository as documents,
  complaintsRepository as repo,
} from './complaints.repository'

const ACTOR = 'Åsa Öberg'
const pdf = { name: 'Yttrande till IMY.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% yttrande\n') }
const sent = { direction: 'sent' as const, date: '2026-03-19', publicRecordAck: true }
const newCase = () =>
  repo.create(
    {
      ...newComplaintFields('imy_case', 'complaint', 'Klagomål om nyhetsbrev', '2026-03-02'),
      imyCaseNumber: 'IMY-2026-1234',
    },
    ACTOR,
  )

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => db().close())

describe('complaint documents', () => {
  it('stores the file with its hash, lists it on the case and audits both in one chain', async () => {
    const created = await newCase()
    const saved = await documents.attach(created.id, pdf, sent, created.revision, ACTOR)
    expect(saved.revision).toBe(2)
    const entry = saved.documents[0]
    expect(entry).toMatchObject({
      name: 'Yttrande till IMY.pdf',
      sentAt: '2026-03-19',
      direction: 'sent',
      publicRecordAck: true,
    })
    const stored = await documents.get(entry?.documentId ?? '')
    expect(stored).toMatchObject({ ownerId: created.id, mimeType: 'application/pdf', sha256: sha256Hex(pdf.bytes) })
    const audit = await db().audit.orderBy('seq').toArray()
    expect(audit.map((a) => [a.entity, a.op])).toEqual([
      ['complaints', 'create'],
      ['complaints', 'update'],
      ['documents', 'create'],
    ])
    // The audit keeps the document's trace, not its content.
    expect(JSON.stringify(audit[2]?.changes)).not.toContain('dataBase64')
    expect(verifyAuditChain(audit).ok).toBe(true)
  })

  it('refuses an unsupported file and a stale revision, writing nothing', async () => {
    const created = await newCase()
    const html = { name: 'svar.pdf', bytes: new TextEncoder().encode('<html><script>x</script>') }
    await expect(documents.attach(created.id, html, sent, created.revision, ACTOR)).rejects.toBeInstanceOf(
      CaseDocumentRefusedError,
    )
    await documents.attach(created.id, pdf, sent, created.revision, ACTOR)
    const stale = await documents.attach(created.id, pdf, sent, created.revision, ACTOR).catch((e: unknown) => e)
    expect(stale).toBeInstanceOf(RecordError)
    expect((stale as RecordError).code).toBe('conflict')
    expect(await db().documents.count()).toBe(1)
  })

  it('detaches a document and deletes its file', async () => {
    const created = await newCase()
    const withDoc = await documents.attach(created.id, pdf, sent, created.revision, ACTOR)
    const without = await documents.detach(created.id, 0, withDoc.revision, ACTOR)
    expect(without.documents).toEqual([])
    expect(await db().documents.count()).toBe(0)
  })

  it('removes a case with its files and undo brings both back', async () => {
    const created = await newCase()
    const withDoc = await documents.attach(created.id, pdf, sent, created.revision, ACTOR)
    const removed = await documents.removeCase(created.id, ACTOR)
    expect([await db().complaints.count(), await db().documents.count()]).toEqual([0, 0])
    const restored = await documents.undoRemoveCase(removed, ACTOR)
    expect(restored.revision).toBe(withDoc.revision + 1)
    expect(await db().documents.get(withDoc.documents[0]?.documentId ?? '')).toBeDefined()
    const ops = (await db().audit.orderBy('seq').toArray()).map((a) => `${a.entity}:${a.op}`)
    expect(ops.slice(-4)).toEqual(['complaints:delete', 'documents:delete', 'complaints:restore', 'documents:restore'])
  })
})
