import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyAuditChain, type AuditEntry } from '@shared/audit'
import { MAX_DOCUMENT_BYTES } from '@shared/documents'
import { sha256Hex } from '@shared/kernel'
import { emptyAgreementReview, type ProcessorAgreementFields } from '@shared/processors'
import { acceptableReview, activeAgreement } from '@shared/processors/fixtures'
import { db, openDatabase, useDatabase } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import {
  agreementDocumentsRepository as documents,
  bytesToBase64,
  DocumentRefusedError,
  safeFileName,
} from './agreement-documents.repository'
import { agreementFields, agreementsRepository as repo } from './agreements.repository'

const ACTOR = 'Åsa Öberg'
const DRAFT = '88888888-8888-4888-8888-888888888888'
const NOW = new Date('2026-05-04T08:30:00.000Z')
const audit = (): Promise<AuditEntry[]> => db().audit.orderBy('seq').toArray()
const pdf = (text = 'tiny'): Uint8Array => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`)

/** An active agreement with one signed review and a draft that finds (h2) missing. */
function withDraft(): ProcessorAgreementFields {
  const { id: _id, ...fields } = activeAgreement({ nextReviewOn: '2026-04-01' })
  const draft = {
    ...emptyAgreementReview(DRAFT, '', '2026-05-01'),
    clauses: structuredClone(acceptableReview().clauses),
  }
  draft.extras = structuredClone(acceptableReview().extras)
  draft.clauses.h2.status = 'missing'
  return { ...fields, reviews: [...fields.reviews, draft] }
}

const rejection = async (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e,
  )

beforeEach(() => useDatabase(openDatabase('t-' + crypto.randomUUID())))
afterEach(() => {
  vi.restoreAllMocks()
  db().close()
})

describe('agreementsRepository.signOffReview', () => {
  it('writes the signed version and one sign_off audit entry together', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const saved = await repo.signOffReview(created.id, agreementFields(created), 1, DRAFT, ACTOR, NOW)

    const signed = saved.reviews.find((r) => r.id === DRAFT)!
    expect(signed).toMatchObject({
      reviewedBy: ACTOR,
      reviewedOn: '2026-05-04',
      signedOff: { by: ACTOR, at: '2026-05-04T08:30:00.000Z' },
      outcome: 'not_acceptable',
    })
    expect(saved).toMatchObject({ revision: 2, nextReviewOn: '2027-05-04' })
    expect(await repo.get(created.id)).toEqual(saved)
    const log = await audit()
    expect(log.map((e) => e.op)).toEqual(['create', 'sign_off'])
    expect(log[1]).toMatchObject({ entity: 'agreements', entityId: created.id, actor: ACTOR })
    expect(log[1]!.changes.map((c) => c.field)).toEqual(['nextReviewOn', 'reviews'])
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('writes neither the version nor the entry when the audit write fails (one transaction)', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    vi.spyOn(db().audit, 'add').mockRejectedValueOnce(new Error('disk full'))
    await expect(repo.signOffReview(created.id, agreementFields(created), 1, DRAFT, ACTOR, NOW)).rejects.toThrow()
    expect(await repo.get(created.id)).toEqual(created)
    expect((await audit()).map((e) => e.op)).toEqual(['create'])
  })

  it('refuses a stale revision and a review that is not a draft', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const stale = (await rejection(
      repo.signOffReview(created.id, agreementFields(created), 7, DRAFT, ACTOR),
    )) as RecordError
    expect(stale.code).toBe('conflict')
    const signedId = acceptableReview().id
    const notDraft = (await rejection(
      repo.signOffReview(created.id, agreementFields(created), 1, signedId, ACTOR),
    )) as RecordError
    expect(notDraft.code).toBe('invalid')
    expect(await audit()).toHaveLength(1)
  })
})

describe('agreementsRepository.update', () => {
  it('saves draft edits but refuses to change or drop a signed-off review', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const fields = agreementFields(created)
    fields.reviews[1]!.notes = 'Pågående granskning'
    const saved = await repo.update(created.id, fields, 1, ACTOR)
    expect(saved.reviews[1]!.notes).toBe('Pågående granskning')

    const tampered = structuredClone(agreementFields(saved))
    tampered.reviews[0]!.clauses.a.status = 'missing'
    const e = (await rejection(repo.update(created.id, tampered, 2, ACTOR))) as RecordError
    expect(e.code).toBe('invalid')
    expect(e.issues).toEqual([acceptableReview().id])
    const dropped = { ...agreementFields(saved), reviews: [saved.reviews[1]!] }
    expect(((await rejection(repo.update(created.id, dropped, 2, ACTOR))) as RecordError).code).toBe('invalid')
    expect(await repo.get(created.id)).toEqual(saved)
  })
})

describe('agreementDocumentsRepository.attach', () => {
  it('stores the file with its SHA-256 and size, and its metadata on the agreement', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const bytes = pdf()
    const saved = await documents.attach(created.id, { name: 'C:\\Avtal\\pub-avtal.pdf', bytes }, 1, ACTOR)

    expect(saved.document).toEqual({
      name: 'pub-avtal.pdf',
      sha256: sha256Hex(bytes),
      bytes: bytes.byteLength,
      mimeType: 'application/pdf',
      documentId: expect.any(String),
    })
    const stored = await documents.get(saved.document!.documentId!)
    expect(stored).toMatchObject({
      ownerId: created.id,
      bytes: bytes.byteLength,
      sha256: sha256Hex(bytes),
      addedBy: ACTOR,
      dataBase64: bytesToBase64(bytes),
    })
    expect(Uint8Array.from(atob(stored!.dataBase64), (c) => c.charCodeAt(0))).toEqual(bytes)
    const log = await audit()
    expect(log.map((e) => [e.entity, e.op])).toEqual([
      ['agreements', 'create'],
      ['agreements', 'update'],
      ['documents', 'create'],
    ])
    // The log keeps the hash, never the content.
    expect(JSON.stringify(log)).not.toContain(stored!.dataBase64)
    expect(verifyAuditChain(log).ok).toBe(true)
  })

  it('replaces an earlier file and deletes it', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const first = await documents.attach(created.id, { name: 'v1.pdf', bytes: pdf('v1') }, 1, ACTOR)
    const second = await documents.attach(created.id, { name: 'v2.pdf', bytes: pdf('v2') }, 2, ACTOR)
    expect(await documents.get(first.document!.documentId!)).toBeUndefined()
    expect(await db().documents.count()).toBe(1)
    expect(second.document!.name).toBe('v2.pdf')
  })

  it('refuses a file over the limit, an empty file and a non-PDF, writing nothing', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1)
    big.set(pdf())
    for (const [bytes, problem] of [
      [big, 'too_large'],
      [new Uint8Array(), 'empty'],
      [new TextEncoder().encode('<html></html>'), 'unsupported_type'],
    ] as const) {
      const e = await rejection(documents.attach(created.id, { name: 'x.pdf', bytes }, 1, ACTOR))
      expect(e).toBeInstanceOf(DocumentRefusedError)
      expect((e as DocumentRefusedError).problem).toBe(problem)
    }
    expect(await db().documents.count()).toBe(0)
    expect(await repo.get(created.id)).toEqual(created)
    expect(await audit()).toHaveLength(1)
  })

  it('refuses to attach to an agreement saved meanwhile', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const e = (await rejection(documents.attach(created.id, { name: 'x.pdf', bytes: pdf() }, 9, ACTOR))) as RecordError
    expect(e.code).toBe('conflict')
    expect(await db().documents.count()).toBe(0)
  })
})

describe('agreementsRepository.remove and undoRemove', () => {
  it('deletes the agreement with its documents and brings both back', async () => {
    const created = await repo.create(withDraft(), ACTOR)
    const withDoc = await documents.attach(created.id, { name: 'a.pdf', bytes: pdf() }, 1, ACTOR)
    const removed = await repo.remove(created.id, ACTOR)
    expect(await repo.get(created.id)).toBeUndefined()
    expect(await db().documents.count()).toBe(0)
    const restored = await repo.undoRemove(removed, ACTOR)
    expect(restored).toMatchObject({ id: created.id, revision: withDoc.revision + 1, document: withDoc.document })
    expect(await documents.get(withDoc.document!.documentId!)).toBeDefined()
    const ops = (await audit()).map((e) => `${e.entity}:${e.op}`)
    expect(ops.slice(-3)).toEqual(['agreements:delete', 'documents:delete', 'agreements:restore'])
    expect(verifyAuditChain(await audit()).ok).toBe(true)
  })
})

describe('safeFileName and bytesToBase64', () => {
  it('keeps only the last path part, without control characters', () => {
    expect(safeFileName('/home/åsa/avtal.pdf')).toBe('avtal.pdf')
    expect(safeFileName('..')).toBe('avtal.pdf')
    expect(safeFileName('a\u0007b.pdf')).toBe('ab.pdf')
  })

  it('encodes like btoa over the whole string, also past one chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256)
    expect(bytesToBase64(bytes)).toBe(btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')))
  })
})
