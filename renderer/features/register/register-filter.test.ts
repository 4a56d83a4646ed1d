import { describe, expect, it } from 'vitest'
import type { ActivityRole, LegalBasis } from '@shared/register'
import { filterActivities, type RegisterFilters } from './register-filter'

interface Row {
  name: string
  activity: { status: string; department: string; role: ActivityRole }
  legalBases: (LegalBasis | null)[]
  haystack: string
}

/** Rows as the store builds them: the haystack lower-cased in Swedish. */
const row = (
  name: string,
  status: string,
  department: string,
  role: ActivityRole,
  bases: (LegalBasis | null)[],
  text = '',
) => ({
  name,
  activity: { status, department, role },
  legalBases: bases,
  haystack: [name, department, text].join('\n').toLocaleLowerCase('sv'),
})

const ROWS: Row[] = [
  row(
    'Lönehantering',
    'active',
    'Ekonomi',
    'controller',
    ['b_contract', 'c_legal_obligation'],
    'Anställda personnummer',
  ),
  row('Årsredovisning', 'active', 'Ekonomi', 'controller', ['c_legal_obligation'], 'Räkenskapsinformation'),
  row('Nyhetsbrev', 'draft', 'Marknad', 'controller', ['f_legitimate_interests', null], 'Kunder e-post'),
  row('Lönetjänst åt kunder', 'active', 'Tjänster', 'processor', [], 'Kunders anställda'),
  row('Koncerngemensam HR', 'retired', 'HR', 'joint_controller', [null], 'Öppna ansökningar'),
]

const none: RegisterFilters = { text: '', status: [], legalBasis: [], department: [], role: [] }
const names = (f: Partial<RegisterFilters>) => filterActivities(ROWS, { ...none, ...f }).map((r) => r.name)

describe('filterActivities', () => {
  it('returns every row, in order, when no filter is set', () => {
    expect(names({})).toEqual(ROWS.map((r) => r.name))
    expect(names({ text: '   ' })).toEqual(ROWS.map((r) => r.name))
  })

  it('ANDs the words of the text, in any order and anywhere in the haystack', () => {
    expect(names({ text: 'lön' })).toEqual(['Lönehantering', 'Lönetjänst åt kunder'])
    expect(names({ text: 'lön anställda' })).toEqual(['Lönehantering', 'Lönetjänst åt kunder'])
    expect(names({ text: 'anställda   tjänster lön' })).toEqual(['Lönetjänst åt kunder'])
    expect(names({ text: 'lön marknad' })).toEqual([])
  })

  it('is case-insensitive, including å, ä and ö', () => {
    expect(names({ text: 'ÅRSREDOVISNING' })).toEqual(['Årsredovisning'])
    expect(names({ text: 'RÄKENSKAPS' })).toEqual(['Årsredovisning'])
    expect(names({ text: 'ÖPPNA' })).toEqual(['Koncerngemensam HR'])
    expect(names({ text: 'LÖNE PERSONNUMMER' })).toEqual(['Lönehantering'])
    // å is its own letter, not a: "arsredovisning" does not match.
    expect(names({ text: 'arsredovisning' })).toEqual([])
  })

  it('filters by status (any of the chosen)', () => {
    expect(names({ status: ['draft'] })).toEqual(['Nyhetsbrev'])
    expect(names({ status: ['draft', 'retired'] })).toEqual(['Nyhetsbrev', 'Koncerngemensam HR'])
  })

  it('filters by department', () => {
    expect(names({ department: ['Ekonomi'] })).toEqual(['Lönehantering', 'Årsredovisning'])
    expect(names({ department: ['Marknad', 'HR'] })).toEqual(['Nyhetsbrev', 'Koncerngemensam HR'])
  })

  it('filters by role', () => {
    expect(names({ role: ['processor'] })).toEqual(['Lönetjänst åt kunder'])
    expect(names({ role: ['joint_controller', 'processor'] })).toEqual(['Lönetjänst åt kunder', 'Koncerngemensam HR'])
  })

  it('filters by legal basis; "none" finds purposes without a basis', () => {
    expect(names({ legalBasis: ['c_legal_obligation'] })).toEqual(['Lönehantering', 'Årsredovisning'])
    expect(names({ legalBasis: ['none'] })).toEqual(['Nyhetsbrev', 'Koncerngemensam HR'])
    expect(names({ legalBasis: ['a_consent'] })).toEqual([])
    // An activity without purposes has no basis to match, not even "none".
    expect(names({ legalBasis: ['none', 'b_contract'] })).not.toContain('Lönetjänst åt kunder')
  })

  it('ANDs the filters with each other and with the text', () => {
    expect(names({ department: ['Ekonomi'], legalBasis: ['b_contract'] })).toEqual(['Lönehantering'])
    expect(names({ status: ['active'], role: ['controller'], text: 'års' })).toEqual(['Årsredovisning'])
    expect(names({ status: ['draft'], department: ['Ekonomi'] })).toEqual([])
  })
})
