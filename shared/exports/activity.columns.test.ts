import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyActivityFields, type ActivityFields } from '../register'
import { exampleSnapshot } from '../reports/fixtures'
import { activitySheetRows } from './activity.columns'
import { readActivityRow } from './activity-import.rules'
import { detectTemplate } from './import-templates'
import { previewImport } from './import-preview.rules'
import type { ReadContext } from './import.types'

const NOW = new Date('2026-03-05T09:00:00.000Z')
let counter = 0
const ctx: ReadContext = {
  vendorIdByName: (name) => (name === 'Stratus Hosting Inc.' ? '6d1f0c3a-4001-4000-8000-000000000001' : null),
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  exact: true,
}

/** Fields as compared after a round trip: purpose ids are new on import. */
const comparable = (f: ActivityFields) => ({ ...f, purposes: f.purposes.map(({ id: _id, ...p }) => p) })
const stripped = (a: ActivityFields & { id?: string }) => {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    revision: _r,
    ...fields
  } = a as ActivityFields & Record<string, unknown>
  return comparable(fields)
}

describe('the register sheet', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`reads back into the same activities (${lang})`, () => {
      const data = exampleSnapshot(NOW)
      const vendorName = (id: string) => data.vendors.find((v) => v.id === id)?.name
      const rows = activitySheetRows(data.activities, { lang, vendorName }).map((r) =>
        r.map((c) => (c === null ? '' : String(c))),
      )
      const match = detectTemplate(rows)
      expect(match.template).toBe('dpo_desk')
      expect(match.headerRow).toBe(0)
      // Recipients link again to the workspace's vendors by name.
      const vendorIdByName = (name: string) => data.vendors.find((v) => v.name === name)?.id ?? null
      const preview = previewImport(rows, match.headerRow, match.mapping, match.template, { ...ctx, vendorIdByName })
      expect(preview.canCommit).toBe(true)
      expect(data.activities.some((a) => a.recipients.some((r) => r.vendorId !== null))).toBe(true)
      expect(preview.rows.map((r) => r.issues)).toEqual(data.activities.map(() => []))
      expect(preview.rows.map((r) => comparable(r.fields!))).toEqual(data.activities.map(stripped))
    })
  }

  it('keeps bars, backslashes and line breaks inside list items (property)', () => {
    const text = fc
      .string({ unit: fc.constantFrom('a', 'ö', '|', '\\', '\n', ' ', 'n', '-', '='), minLength: 1, maxLength: 12 })
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.includes('\n'))
    const multi = fc
      .string({ unit: fc.constantFrom('a', '|', '\\', '\n', 'n', '\r'), maxLength: 12 })
      .map((s) => s.replace(/\r/g, ''))
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, multi, (categories, recipient, description) => {
        const fields: ActivityFields = {
          ...emptyActivityFields(),
          name: 'Test',
          description,
          personalDataCategories: categories,
          recipients: [{ name: recipient, kind: 'processor', country: 'SE', vendorId: null }],
          retention: [
            { dataCategory: recipient, period: 'P1Y6M', criterion: '', trigger: 'collection', legalReference: '' },
          ],
        }
        const rows = activitySheetRows([{ ...fields, id: 'x', createdAt: '', updatedAt: '', revision: 1 }], {
          lang: 'sv',
          vendorName: () => undefined,
        }).map((r) => r.map((c) => (c === null ? '' : String(c))))
        const back = readActivityRow(rows[1]!, rows[0]!, detectTemplate(rows).mapping, ctx, 2)
        expect(back.fields && comparable(back.fields)).toEqual(comparable(fields))
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
