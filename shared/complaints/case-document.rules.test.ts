import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DOCUMENT_BYTES, StoredDocumentSchema } from '../documents'
import { sha256Hex } from '../kernel'
import { bytesToBase64, checkCaseDocument, safeDocumentName, storedCaseDocument } from './case-document.rules'

const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)

describe('checkCaseDocument', () => {
  it('tells PDF, PNG, JPEG and plain text by their first bytes', () => {
    expect(checkCaseDocument(text('%PDF-1.7\n…'), 'yttrande.pdf')).toEqual({ ok: true, mimeType: 'application/pdf' })
    expect(checkCaseDocument(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'a.png')).toMatchObject({
      mimeType: 'image/png',
    })
    expect(checkCaseDocument(bytes(0xff, 0xd8, 0xff, 0xe0), 'scan.jpg')).toMatchObject({ mimeType: 'image/jpeg' })
    expect(checkCaseDocument(text('Skrivelse från IMY, åäö'), 'brev.txt')).toMatchObject({ mimeType: 'text/plain' })
  })

  it('refuses empty, oversized and other files, whatever their name says', () => {
    expect(checkCaseDocument(bytes(), 'a.pdf')).toEqual({ ok: false, problem: 'empty' })
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1)
    big.set(text('%PDF-'))
    expect(checkCaseDocument(big, 'a.pdf')).toEqual({ ok: false, problem: 'too_large' })
    expect(checkCaseDocument(text('<html><script>x</script>'), 'a.pdf')).toEqual({ ok: false, problem: 'unsupported' })
    expect(checkCaseDocument(text('<html>'), 'a.html')).toEqual({ ok: false, problem: 'unsupported' })
    expect(checkCaseDocument(bytes(0x41, 0, 0x42), 'a.txt')).toEqual({ ok: false, problem: 'unsupported' })
    expect(checkCaseDocument(bytes(0xc3, 0x28), 'a.txt')).toEqual({ ok: false, problem: 'unsupported' })
  })
})

describe('storedCaseDocument', () => {
  it('builds a valid documents row with hash and base64 content', () => {
    const content = text('%PDF-1.4 yttrande')
    const doc = storedCaseDocument({
      id: '6d1f0c3a-7001-4000-8000-000000000001',
      ownerId: '6d1f0c3a-6001-4000-8000-000000000001',
      name: '../../Yttrande till IMY.pdf',
      bytes: content,
      mimeType: 'application/pdf',
      addedAt: '2026-03-19T10:00:00.000Z',
      addedBy: 'DPO',
    })
    expect(StoredDocumentSchema.safeParse(doc).success).toBe(true)
    expect([doc.name, doc.bytes, doc.sha256]).toEqual(['Yttrande till IMY.pdf', content.byteLength, sha256Hex(content)])
    expect(atob(doc.dataBase64)).toBe('%PDF-1.4 yttrande')
  })

  it('round-trips any bytes through base64 (property, 1000 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (b) => {
        const back = Uint8Array.from(atob(bytesToBase64(b)), (c) => c.charCodeAt(0))
        expect(back).toEqual(b)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })

  it('keeps names safe and bounded', () => {
    expect(safeDocumentName('C:\\temp\\brev.pdf')).toBe('brev.pdf')
    expect(safeDocumentName('..')).toBe('handling.pdf')
    expect(safeDocumentName('a\u0000b\u0007.txt')).toBe('ab.txt')
    expect(safeDocumentName('x'.repeat(300) + '.pdf')).toHaveLength(200)
  })
})
