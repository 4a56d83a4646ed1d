import { describe, expect, it } from 'vitest'
import { checkTransfer } from './transfer.rules'
import {
  MECHANISM_KINDS,
  emptyCompellingInterest,
  emptyConsentEvidence,
  emptyTransferFields,
  importerRoleForVendorRole,
  mechanismOfKind,
  needsTia,
  newTia,
} from './transfer-form.rules'
import { TransferFieldsSchema, TransferMechanismSchema, TRANSFER_ROLES } from './transfer.schema'

const today = '2026-05-04'

describe('emptyTransferFields', () => {
  it('is a valid record once titled, and the checks ask for a TIA on its SCCs', () => {
    const fields = { ...emptyTransferFields(), title: 'CRM', dataCategories: ['Kontaktuppgifter'] }
    expect(TransferFieldsSchema.safeParse(fields).error?.issues ?? []).toEqual([])
    expect(checkTransfer(fields, { today }).map((f) => f.code)).toEqual(['transfer/tia-missing'])
  })
})

describe('mechanismOfKind', () => {
  it('gives a valid blank mechanism of every kind', () => {
    for (const kind of MECHANISM_KINDS) {
      const m = mechanismOfKind(kind, 'controller', 'processor')
      expect(m.kind).toBe(kind)
      expect(TransferMechanismSchema.safeParse(m).success).toBe(true)
    }
  })

  it.each([
    ['controller', 'controller', 1],
    ['controller', 'processor', 2],
    ['processor', 'processor', 3],
    ['processor', 'controller', 4],
  ] as const)('suggests SCC module for %s → %s: %i', (exporter, importer, module) => {
    expect(mechanismOfKind('scc', exporter, importer)).toMatchObject({ kind: 'scc', module })
  })

  it('covers every role pair', () => {
    const modules = TRANSFER_ROLES.flatMap((e) =>
      TRANSFER_ROLES.map((i) => {
        const m = mechanismOfKind('scc', e, i)
        return m.kind === 'scc' ? m.module : 0
      }),
    )
    expect(modules.sort()).toEqual([1, 2, 3, 4])
  })
})

describe('importerRoleForVendorRole and needsTia', () => {
  it('makes processors and sub-processors processors, controllers controllers', () => {
    expect(importerRoleForVendorRole('processor')).toBe('processor')
    expect(importerRoleForVendorRole('sub_processor')).toBe('processor')
    expect(importerRoleForVendorRole('independent_controller')).toBe('controller')
    expect(importerRoleForVendorRole('joint_controller')).toBe('controller')
  })

  it('asks a TIA for Art 46 tools only', () => {
    expect(MECHANISM_KINDS.filter((k) => needsTia({ kind: k }))).toEqual([
      'scc',
      'bcr',
      'code_of_conduct',
      'certification',
      'ad_hoc_clauses',
      'public_authority_instrument',
    ])
  })
})

describe('newTia and the blank derogation evidence', () => {
  it('dates a TIA today with re-evaluation a year on (29 Feb rolls to 28 Feb)', () => {
    expect(newTia(today, 'DPO')).toMatchObject({ assessedOn: today, reviewDue: '2027-05-04', assessedBy: 'DPO' })
    expect(newTia('2028-02-29').reviewDue).toBe('2029-02-28')
  })

  it('leaves checks 26 and 28 firing until the evidence is filled in', () => {
    const base = { ...emptyTransferFields(), title: 'T', frequency: 'occasional' as const, destinationCountry: 'IN' }
    const consent = { ...mechanismOfKind('derogation', 'controller', 'processor'), consent: emptyConsentEvidence() }
    expect(checkTransfer({ ...base, mechanism: consent }, { today }).map((f) => f.code)).toEqual([
      'transfer/consent-not-explicit',
      'transfer/consent-no-risk-info',
      'transfer/consent-not-specific',
    ])
    const ci = {
      ...mechanismOfKind('derogation', 'controller', 'processor'),
      ground: 'second_subparagraph' as const,
      compellingInterest: emptyCompellingInterest(),
    }
    expect(checkTransfer({ ...base, mechanism: ci }, { today }).map((f) => f.code)).toContain(
      'transfer/imy-not-informed',
    )
  })
})
