import { describe, expect, it } from 'vitest'
import {
  detectTemplate,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  previewImport,
  toCsv,
  type ReadContext,
} from '@shared/exports'
import { readSpreadsheet } from './spreadsheet-read'

/** Reads a file of test/fixtures/import; tests run in Node, but the renderer's types know no Node modules. */
async function fixture(name: string): Promise<Uint8Array> {
  const specifier = 'node:fs/promises'
  const fs = (await import(/* @vite-ignore */ specifier)) as { readFile: (path: string) => Promise<Uint8Array> }
  return new Uint8Array(await fs.readFile(`test/fixtures/import/${name}`))
}
let n = 0
const ctx: ReadContext = {
  vendorIdByName: () => null,
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exact: false,
}

async function read(name: string) {
  const r = await readSpreadsheet(await fixture(name))
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
  return r.table
}

describe('the ICO controller template', () => {
  it('is recognised on its row-9 header, every column mapped, formulas read as their cached value', async () => {
    const table = await read('ico-controller-template.xlsx')
    expect(table.sheetName).toBe('Template')
    expect(table.notices).toContainEqual({ code: 'formulas', count: 1 })
    const match = detectTemplate(table.rows)
    expect(match.template).toBe('ico')
    expect(match.headerRow).toBe(8)
    expect(match.mapping.filter((t) => t === 'ignore')).toEqual([])
    const preview = previewImport(table.rows, match.headerRow, match.mapping, match.template, ctx)
    expect(preview.canCommit).toBe(true)
    const [payroll, newsletter, complaints] = preview.rows.map((r) => r.fields!)
    expect(payroll).toMatchObject({
      name: 'Payroll',
      department: 'Finance',
      status: 'draft',
      dataSubjectCategories: ['Employees'],
      personalDataCategories: ['Contact details', 'Bank details', 'Salary'],
      recipients: [
        { name: 'HMRC', kind: 'other' },
        { name: 'Pension provider', kind: 'other' },
      ],
      retention: [{ criterion: '6 years after employment ends', period: '', trigger: 'other' }],
      securityMeasures: 'Access control, encryption at rest',
      systems: ['Payroll system'],
      dpia: { status: 'not_needed', reference: '' },
    })
    expect(payroll!.purposes).toMatchObject([{ description: 'Payroll', legalBasis: 'c_legal_obligation' }])
    expect(payroll!.notes).toContain('Link to contract with processor: https://contracts.example/payroll')
    expect(newsletter!.purposes[0]?.legalBasis).toBe('a_consent')
    expect(newsletter).toMatchObject({
      thirdCountryTransfers: true,
      transfersDescription: 'United States\nStandard contractual clauses',
    })
    expect(newsletter!.notes).toContain('Rights available to individuals: Access, rectification, erasure')
    expect(complaints!.purposes[0]).toMatchObject({
      legalBasis: 'f_legitimate_interests',
      legitimateInterest: 'Resolving complaints and defending legal claims',
    })
    expect(complaints!.dpia).toEqual({ status: 'in_progress', reference: 'https://dpia.example/3' })
  })
})

describe('the CNIL register model', () => {
  it('is recognised in XLSX, with its three kinds of recipient and sensitive data', async () => {
    const table = await read('cnil-registre.xlsx')
    const match = detectTemplate(table.rows)
    expect(match.template).toBe('cnil')
    const preview = previewImport(table.rows, match.headerRow, match.mapping, match.template, ctx)
    expect(preview.canCommit).toBe(true)
    const [paie, recrutement] = preview.rows.map((r) => r.fields!)
    expect(paie).toMatchObject({
      name: 'Gestion de la paie',
      systems: ['Logiciel de paie'],
      dataSubjectCategories: ['Salariés'],
      specialCategories: [],
      thirdCountryTransfers: false,
      recipients: [
        { name: 'Service RH', kind: 'internal' },
        { name: 'Caisses de retraite', kind: 'other' },
        { name: 'Prestataire de paie', kind: 'processor' },
      ],
      retention: [{ period: 'P5Y', criterion: '' }],
    })
    expect(paie!.purposes[0]).toMatchObject({ description: 'Calcul et versement des salaires', legalBasis: null })
    expect(paie!.notes).toContain('Date de création de la fiche: 2024-01-10')
    expect(recrutement).toMatchObject({
      specialCategories: [{ category: 'health', condition: null }],
      thirdCountryTransfers: true,
    })
    expect(recrutement!.recipients.filter((r) => r.kind === 'internal').map((r) => r.name)).toEqual([
      'Service RH',
      'Managers',
    ])
  })

  it('is read from a Windows-1252 CSV with semicolons, with a notice about the encoding', async () => {
    const table = await read('cnil-registre-windows1252.csv')
    expect(table.notices).toEqual([{ code: 'encoding', encoding: 'windows-1252' }])
    expect(table.rows[0]?.[0]).toBe("Nom de l'activité")
    const match = detectTemplate(table.rows)
    expect(match.template).toBe('cnil')
    const fields = previewImport(table.rows, match.headerRow, match.mapping, match.template, ctx).rows.map(
      (r) => r.fields?.name,
    )
    expect(fields).toEqual(['Gestion de la paie', 'Recrutement'])
  })
})

describe('hostile files', () => {
  it('refuses a zip bomb from its declared size, before inflating it, within two seconds', async () => {
    const started = Date.now()
    const r = await readSpreadsheet(await fixture('zip-bomb.xlsx'))
    expect(r).toEqual({
      ok: false,
      error: { code: 'unpacked_too_large', limit: 200 * 1024 * 1024, found: expect.any(Number) },
    })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a whole-sheet merge before the spreadsheet library sees it, and a merge over data rows', async () => {
    const started = Date.now()
    expect(await readSpreadsheet(await fixture('merged-whole-sheet.xlsx'))).toEqual({
      ok: false,
      error: { code: 'merged_cells', found: 'A1:XFD1048576' },
    })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await readSpreadsheet(await fixture('merged-data-rows.xlsx'))).toEqual({
      ok: false,
      error: { code: 'merged_cells', found: 'A2:A3' },
    })
  })

  it('refuses more than 50,000 rows and more than 200 columns', async () => {
    const rows = [['Behandling'], ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [`Behandling ${i}`])]
    const tooLong = new TextEncoder().encode(toCsv(rows, ';'))
    expect(await readSpreadsheet(tooLong)).toMatchObject({
      ok: false,
      error: { code: 'too_many_rows', limit: MAX_IMPORT_ROWS },
    })
    const wide = new TextEncoder().encode(
      toCsv([Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, (_, i) => `K${i}`)], ','),
    )
    expect(await readSpreadsheet(wide)).toMatchObject({ ok: false, error: { code: 'too_many_columns', found: 201 } })
  })

  it('refuses a file over 20 MB, binary data and an unclosed quote', async () => {
    expect(await readSpreadsheet(new Uint8Array(20 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    })
    expect(await readSpreadsheet(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({
      ok: false,
      error: { code: 'encoding' },
    })
    expect(await readSpreadsheet(new TextEncoder().encode('Namn\n"Lön'))).toEqual({
      ok: false,
      error: { code: 'csv_quote', found: 2 },
    })
  })
})
