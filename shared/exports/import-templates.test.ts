import { describe, expect, it } from 'vitest'
import { ACTIVITY_COLUMNS } from './activity.columns'
import { parseLegalBasis, parseYesNo } from './code-text.rules'
import { checkTableLimits, MAX_IMPORT_COLUMNS } from './import-limits'
import { detectTemplate, suggestMapping } from './import-templates'
import { decodeItems, encodeItems, splitLooseList } from './list-text.rules'

describe('parseLegalBasis', () => {
  it('reads the point in any notation, the register’s own labels and keywords in three languages', () => {
    const cases: [string, string | null][] = [
      ['Article 6(1)(c) - legal obligation', 'c_legal_obligation'],
      ['Art. 6.1 b – Avtal', 'b_contract'],
      ['art 6.1.f', 'f_legitimate_interests'],
      ['b) Avtal', 'b_contract'],
      ['(e) Public task', 'e_public_task'],
      ['Consent', 'a_consent'],
      ['Intérêt légitime', 'f_legitimate_interests'],
      ['Rättslig förpliktelse', 'c_legal_obligation'],
      ['f_legitimate_interests', 'f_legitimate_interests'],
      ['a contract with the customer', 'b_contract'],
      ['Se avtal och samtycke', null],
      ['', null],
    ]
    for (const [text, basis] of cases) expect(parseLegalBasis(text), text).toBe(basis)
  })

  it('reads yes and no in Swedish, English and French', () => {
    expect(['Ja', 'yes', 'Oui', 'X'].map(parseYesNo)).toEqual([true, true, true, true])
    expect(['Nej', 'No', 'non'].map(parseYesNo)).toEqual([false, false, false])
    expect(parseYesNo('Oui : États-Unis')).toBeNull()
  })
})

describe('detectTemplate', () => {
  it('finds the ICO header on row 9 under the contact block', () => {
    const ico = [
      'Business function',
      'Purpose of processing',
      'Name and contact details of joint controller (if applicable)',
      'Categories of individuals',
      'Categories of personal data',
      'Categories of recipients',
      'Article 6 lawful basis for processing personal data',
    ]
    const rows = [['Controller details'], ['Name', 'Example Ltd'], [], [], [], [], [], [], ico, ['HR', 'Payroll']]
    const match = detectTemplate(rows)
    expect(match).toMatchObject({ template: 'ico', headerRow: 8 })
    expect(match.mapping).toEqual([
      'department',
      'purposes',
      'jointControllers',
      'dataSubjectCategories',
      'personalDataCategories',
      'recipients',
      'legalBases',
    ])
  })

  it('recognises CNIL’s sections whatever their accents and case', () => {
    const rows = [
      [
        "NOM DE L'ACTIVITE",
        'Objectifs poursuivis',
        'Catégories de personnes concernées',
        'Catégories de données',
        'Sous-traitants',
        'Durée de conservation',
      ],
    ]
    expect(detectTemplate(rows)).toMatchObject({
      template: 'cnil',
      mapping: [
        'name',
        'purposes',
        'dataSubjectCategories',
        'personalDataCategories',
        'recipientsProcessors',
        'retentionText',
      ],
    })
  })

  it('recognises the app’s own sheet in either language', () => {
    for (const lang of ['sv', 'en'] as const) {
      const match = detectTemplate([ACTIVITY_COLUMNS.map((c) => c.header[lang])])
      expect(match.template).toBe('dpo_desk')
      expect(match.mapping).toEqual(ACTIVITY_COLUMNS.map((c) => c.key))
    }
  })

  it('leaves an unknown sheet to the user, suggesting what it can', () => {
    const match = detectTemplate([[], ['Process', 'Purpose of processing', 'Owner notes']])
    expect(match).toEqual({ template: null, headerRow: 1, mapping: ['ignore', 'purposes', 'ignore'] })
    expect(suggestMapping(['Ändamål', 'Mottagare'])).toEqual(['purposes', 'recipients'])
  })
})

describe('lists in a cell', () => {
  it('keeps parts apart and splits someone else’s lists on lines, semicolons and bullets, not commas', () => {
    const items = [
      ['IT | drift', 'Personuppgiftsbiträde', 'US'],
      ['Banker\\Finans', 'Annan', ''],
    ]
    expect(decodeItems(encodeItems(items))).toEqual(items)
    expect(splitLooseList('Namn, adress; E-post\n• Telefon\n- Bankkonto')).toEqual([
      'Namn, adress',
      'E-post',
      'Telefon',
      'Bankkonto',
    ])
  })
})

describe('checkTableLimits', () => {
  it('refuses an empty table and too many columns, with the numbers', () => {
    expect(checkTableLimits([])).toEqual({ code: 'empty' })
    expect(checkTableLimits([Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, () => 'x')])).toEqual({
      code: 'too_many_columns',
      limit: 200,
      found: 201,
    })
    expect(checkTableLimits([['Behandling'], ['Lön']])).toBeNull()
  })
})
