import { describe, expect, it } from 'vitest'
import type { Finding } from '@shared/checks'
import { filterFindings, filtersFromQuery, groupFindings, noFilters } from './finding-filter'

const finding = (id: string, over: Partial<Finding>): Finding => ({
  id,
  code: 'x',
  check: 'x',
  severity: 'low',
  module: 'register',
  rule: 'Art 30(1)',
  entity: { collection: 'activities', id, label: `Behandling ${id}` },
  activityIds: [id],
  message: { sv: 'Lagringstid saknas', en: 'Retention missing' },
  fix: { sv: 'Ange lagringstid', en: 'State a period' },
  ...over,
})

const list = [
  finding('1', {
    severity: 'high',
    module: 'transfers',
    rule: 'Art 49(1)(a)',
    message: { sv: 'Samtycke via konto', en: 'Consent by account' },
  }),
  finding('2', { severity: 'high' }),
  finding('3', { severity: 'low', module: 'lia' }),
  finding('4', { severity: 'high', entity: { collection: 'activities', id: '4', label: 'Arkiv' } }),
]
const sv = (t: { sv: string }) => t.sv

describe('filterFindings', () => {
  it('narrows by severity, module and every word of the text', () => {
    expect(filterFindings(list, noFilters(), sv)).toHaveLength(4)
    expect(filterFindings(list, { ...noFilters(), severity: ['high'] }, sv).map((f) => f.id)).toEqual(['1', '2', '4'])
    expect(filterFindings(list, { ...noFilters(), module: ['lia'] }, sv).map((f) => f.id)).toEqual(['3'])
    expect(filterFindings(list, { ...noFilters(), text: 'SAMTYCKE konto' }, sv).map((f) => f.id)).toEqual(['1'])
    expect(filterFindings(list, { ...noFilters(), text: 'arkiv lagringstid' }, sv).map((f) => f.id)).toEqual(['4'])
    expect(filterFindings(list, { ...noFilters(), text: 'art 30(1)' }, sv)).toHaveLength(3)
  })
})

describe('groupFindings', () => {
  it('groups high first, then by module in the app’s order, and sorts by record name within', () => {
    const groups = groupFindings(list)
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['high', 3],
      ['low', 1],
    ])
    expect(groups[0]!.modules.map((m) => [m.module, m.findings.map((f) => f.id)])).toEqual([
      ['register', ['4', '2']],
      ['transfers', ['1']],
    ])
  })
})

describe('filtersFromQuery', () => {
  it('reads known severities and modules from the query and drops the rest', () => {
    expect(filtersFromQuery({ severity: 'high,bogus', module: ['transfers', 'x'], q: 'kaka' })).toEqual({
      text: 'kaka',
      severity: ['high'],
      module: ['transfers'],
    })
    expect(filtersFromQuery({})).toEqual(noFilters())
  })
})
