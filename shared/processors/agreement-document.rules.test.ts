import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DOCUMENT_BYTES } from '../documents'
import { checkAgreementDocument, detectDocumentType, formatBytes } from './agreement-document.rules'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('detectDocumentType', () => {
  it('recognises a PDF, a PNG and a JPEG by their first bytes', () => {
    expect(detectDocumentType(bytes('%PDF-1.4\n%âãÏÓ'))).toBe('application/pdf')
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(detectDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
  })

  it('refuses a web page or an executable named .pdf, and a truncated header', () => {
    expect(detectDocumentType(bytes('<html><script>alert(1)</script>'))).toBeNull()
    expect(detectDocumentType(bytes('MZ\x90\x00'))).toBeNull()
    expect(detectDocumentType(bytes('%PDF'))).toBeNull()
    expect(detectDocumentType(new Uint8Array())).toBeNull()
  })
})

describe('checkAgreementDocument', () => {
  it('accepts a PDF up to the limit and refuses one byte more', () => {
    const pdf = bytes('%PDF-1.7 tiny')
    expect(checkAgreementDocument(pdf)).toEqual({ ok: true, mimeType: 'application/pdf' })
    expect(checkAgreementDocument(pdf, pdf.byteLength)).toEqual({ ok: true, mimeType: 'application/pdf' })
    expect(checkAgreementDocument(pdf, pdf.byteLength - 1)).toEqual({ ok: false, problem: 'too_large' })
  })

  it('refuses an empty file and a file of another type', () => {
    expect(checkAgreementDocument(new Uint8Array())).toEqual({ ok: false, problem: 'empty' })
    expect(checkAgreementDocument(bytes('plain text'))).toEqual({ ok: false, problem: 'unsupported_type' })
  })

  it('uses the documents limit of 20 MB by default', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1)
    big.set(bytes('%PDF-'))
    expect(checkAgreementDocument(big)).toEqual({ ok: false, problem: 'too_large' })
  })

  it('property: any size over the limit is refused whatever the content', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.integer({ min: 0, max: 63 }), (data, limit) => {
        const r = checkAgreementDocument(data, limit)
        return data.byteLength > limit ? !r.ok && r.problem === 'too_large' : r.ok || r.problem !== 'too_large'
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('formatBytes', () => {
  it('writes bytes, kB and MB on a 1024 base', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 kB')
    expect(formatBytes(MAX_DOCUMENT_BYTES)).toBe('20 MB')
  })
})
