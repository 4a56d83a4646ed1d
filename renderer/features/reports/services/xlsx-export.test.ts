import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildSheet,
  detectTemplate,
  EXPORT_MODULES,
  fromXlsxCell,
  previewImport,
  startsDangerously,
  type ReadContext,
} from '@shared/exports'
import type { ActivityFields } from '@shared/register'
import { exampleSnapshot } from '@shared/reports/fixtures'
import { readSpreadsheet } from '../import/spreadsheet-read'
import { buildWorkbook } from './xlsx-export'

const NOW = new Date('2026-03-05T09:00:00.000Z')
let n = 0
const ctx: ReadContext = {
  vendorIdByName: () => null,
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exact: true,
}
const comparable = (f: ActivityFields) => ({ ...f, purposes: f.purposes.map(({ id: _id, ...p }) => p) })

async function excel() {
  const mod = await import('exceljs')
  return (mod as unknown as { default?: typeof mod }).default ?? mod
}

describe('buildWorkbook', () => {
  it('writes one sheet per module with a frozen, filtered header row', async () => {
    const data = exampleSnapshot(NOW)
    const bytes = await buildWorkbook(
      EXPORT_MODULES.map((m) => buildSheet(m, data, 'sv')),
      { title: 'Export', created: NOW },
    )
    const wb = new (await excel()).Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Registerförteckning',
      'Leverantörer',
      'Biträdesavtal',
      'Tredjelandsöverföringar',
      'Intresseavvägningar',
      'DPIA-bedömningar',
      'Incidenter',
      'Begäranden',
      'Klagomål och IMY-ärenden',
    ])
    const register = wb.worksheets[0]!
    expect(register.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(register.autoFilter).toBeTruthy()
    expect(register.rowCount).toBe(data.activities.length + 1)
    expect(register.getColumn(1).width).toBe(36)
  })

  it('round-trips the register: export → import → the same activities', async () => {
    const data = exampleSnapshot(NOW)
    for (const lang of ['sv', 'en'] as const) {
      const bytes = await buildWorkbook([buildSheet('activities', data, lang)], { title: 'Register', created: NOW })
      const read = await readSpreadsheet(bytes)
      if (!read.ok) throw new Error(JSON.stringify(read.error))
      const rows = read.table.rows.map((r) => r.map(fromXlsxCell))
      const match = detectTemplate(rows)
      expect(match.template).toBe('dpo_desk')
      const vendorIdByName = (name: string) => data.vendors.find((v) => v.name === name)?.id ?? null
      const preview = previewImport(rows, match.headerRow, match.mapping, match.template, { ...ctx, vendorIdByName })
      expect(preview.rows.flatMap((r) => r.issues)).toEqual([])
      const sorted = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      expect(sorted(preview.rows.map((r) => comparable(r.fields!)))).toEqual(
        sorted(data.activities.map(({ id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...f }) => comparable(f))),
      )
    }
  })

  it('stores any text as a string cell that cannot start a formula and reads back exactly (property, real exceljs)', async () => {
    const texts = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc
          .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", '_x0041_'), fc.string())
          .map(([a, b]) => a + b),
      ),
      { numRuns: 1000, seed: 42 },
    )
    const sheet = {
      module: 'activities' as const,
      name: 'T',
      headers: ['Text'],
      widths: [20],
      rows: texts.map((t) => [t]),
    }
    const wb = new (await excel()).Workbook()
    await wb.xlsx.load((await buildWorkbook([sheet], { title: 'T', created: NOW })) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    texts.forEach((text, i) => {
      const cell = ws.getRow(i + 2).getCell(1)
      const value = cell.value === null ? '' : cell.value
      expect(typeof value).toBe('string')
      expect(startsDangerously(value as string)).toBe(false)
      expect(fromXlsxCell(value as string)).toBe(text)
    })
  })
})
