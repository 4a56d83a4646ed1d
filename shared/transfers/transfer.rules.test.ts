import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS, adequacyTransfer, completeTia, derogationTransfer, sccTransfer } from './fixtures'
import { TRANSFER_ROLES } from './transfer.schema'
import {
  checkSccModule,
  checkTia,
  checkTransfer,
  checkTransfers,
  findMissingTransferRecords,
  suggestSccModule,
  type AgreementForTransfers,
  type VendorForTransfers,
} from './transfer.rules'

const today = '2026-05-04'
const codes = (fs: { code: string }[]) => fs.map((f) => f.code)

const vendor = (overrides: Partial<VendorForTransfers> = {}): VendorForTransfers => ({
  id: FIXTURE_IDS.vendor,
  name: 'Acme Cloud Inc.',
  country: 'US',
  processingCountries: [],
  ...overrides,
})
const agreement = (overrides: Partial<AgreementForTransfers> = {}): AgreementForTransfers => ({
  id: FIXTURE_IDS.agreement,
  vendorId: FIXTURE_IDS.vendor,
  status: 'active',
  subProcessors: [],
  ...overrides,
})

describe('suggestSccModule (domain-reference §4.2)', () => {
  it.each([
    ['controller', 'controller', 1],
    ['controller', 'processor', 2],
    ['processor', 'processor', 3],
    ['processor', 'controller', 4],
  ] as const)('%s → %s is module %i', (exporter, importer, module) => {
    expect(suggestSccModule(exporter, importer)).toBe(module)
  })

  it('property: every role pair gets a distinct module', () => {
    const pairs = TRANSFER_ROLES.flatMap((e) => TRANSFER_ROLES.map((i) => suggestSccModule(e, i)))
    expect(new Set(pairs).size).toBe(4)
  })
})

describe('check 19: findMissingTransferRecords', () => {
  it('flags a US vendor without a transfer record', () => {
    const fs = findMissingTransferRecords({ vendors: [vendor()], agreements: [], transfers: [] })
    expect(fs).toHaveLength(1)
    expect(fs[0]).toMatchObject({
      code: 'transfer/missing-record',
      check: 19,
      severity: 'high',
      entityId: FIXTURE_IDS.vendor,
    })
    expect(fs[0]?.message.sv).toContain('USA')
  })

  it('is satisfied by a live record to the same vendor and country', () => {
    expect(findMissingTransferRecords({ vendors: [vendor()], agreements: [], transfers: [sccTransfer()] })).toEqual([])
  })

  it('is not satisfied by an ended record, or one to another country', () => {
    const ended = sccTransfer({ status: 'ended' })
    const india = sccTransfer({ destinationCountry: 'IN' })
    expect(findMissingTransferRecords({ vendors: [vendor()], agreements: [], transfers: [ended, india] })).toHaveLength(
      1,
    )
  })

  it('checks each processing country of an EEA vendor (remote access from India)', () => {
    const v = vendor({ country: 'SE', processingCountries: ['SE', 'IN', 'US'] })
    const fs = findMissingTransferRecords({ vendors: [v], agreements: [], transfers: [sccTransfer()] })
    expect(fs).toHaveLength(1)
    expect(fs[0]?.message.en).toContain('India')
  })

  it('ignores EEA vendors and sub-processors', () => {
    const v = vendor({ country: 'DE' })
    const a = agreement({
      subProcessors: [
        { name: 'Hosting AB', country: 'SE' },
        { name: 'Unknown', country: '' },
      ],
    })
    expect(findMissingTransferRecords({ vendors: [v], agreements: [a], transfers: [] })).toEqual([])
  })

  it('flags a sub-processor outside the EEA, matched by name, for agreements in force or draft', () => {
    const sp = { name: 'Support Pvt Ltd', country: 'IN' }
    const input = { vendors: [], agreements: [agreement({ subProcessors: [sp] })] }
    const fs = findMissingTransferRecords({ ...input, transfers: [] })
    expect(fs.map((f) => f.entityId)).toEqual([FIXTURE_IDS.agreement])
    const record = sccTransfer({
      destinationCountry: 'IN',
      importer: { vendorId: null, name: ' support pvt ltd', role: 'processor' },
    })
    expect(findMissingTransferRecords({ ...input, transfers: [record] })).toEqual([])
    const terminated = { vendors: [], agreements: [agreement({ status: 'terminated', subProcessors: [sp] })] }
    expect(findMissingTransferRecords({ ...terminated, transfers: [] })).toEqual([])
  })
})

describe('check 24: checkSccModule', () => {
  it('passes the matching module and ignores other mechanisms', () => {
    expect(checkSccModule(sccTransfer())).toEqual([])
    expect(checkSccModule(adequacyTransfer())).toEqual([])
  })

  it('flags module 1 for a controller → processor transfer and names module 2', () => {
    const t = sccTransfer({ mechanism: { kind: 'scc', module: 1, signedOn: null, reference: '', documentRef: '' } })
    const fs = checkSccModule(t)
    expect(fs.map((f) => [f.code, f.check, f.severity])).toEqual([['transfer/scc-module-mismatch', 24, 'high']])
    expect(fs[0]?.fix.en).toContain('module 2')
    expect(fs[0]?.message.sv).toContain('personuppgiftsansvarig → personuppgiftsbiträde')
  })

  it('property: fires exactly when the module differs from the suggestion', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TRANSFER_ROLES),
        fc.constantFrom(...TRANSFER_ROLES),
        fc.constantFrom(1, 2, 3, 4 as const),
        (exporterRole, importerRole, module) => {
          const t = sccTransfer({
            exporter: { role: exporterRole, vendorId: null },
            importer: { vendorId: null, name: 'X', role: importerRole },
            mechanism: { kind: 'scc', module: module, signedOn: null, reference: '', documentRef: '' },
          })
          return (checkSccModule(t).length === 1) === (module !== suggestSccModule(exporterRole, importerRole))
        },
      ),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('check 25: checkTia', () => {
  it('passes a complete TIA not yet due, on its due date too', () => {
    expect(checkTia(sccTransfer(), today)).toEqual([])
    expect(checkTia(sccTransfer(), '2027-01-15')).toEqual([])
  })

  it('flags an SCC, BCR or certification transfer without a TIA', () => {
    const bcr = sccTransfer({
      mechanism: { kind: 'bcr', approvedBy: 'IMY', reference: '', documentRef: '' },
      tia: null,
    })
    const cert = sccTransfer({
      mechanism: { kind: 'certification', name: 'X', bindingCommitment: true, reference: '', documentRef: '' },
      tia: null,
    })
    for (const t of [sccTransfer({ tia: null }), bcr, cert])
      expect(checkTia(t, today).map((f) => [f.code, f.check, f.severity])).toEqual([
        ['transfer/tia-missing', 25, 'high'],
      ])
  })

  it('does not ask for a TIA on adequacy or derogation transfers', () => {
    expect(checkTia(adequacyTransfer(), today)).toEqual([])
    expect(checkTia(derogationTransfer('e_legal_claims'), today)).toEqual([])
  })

  it('flags an overdue TIA the day after reviewDue', () => {
    expect(codes(checkTia(sccTransfer(), '2027-01-16'))).toEqual(['transfer/tia-overdue'])
  })

  it('flags a live transfer whose TIA says suspend, but not a suspended one', () => {
    const tia = completeTia({ conclusion: 'suspend' })
    expect(codes(checkTia(sccTransfer({ tia }), today))).toEqual(['transfer/tia-suspend-but-live'])
    expect(checkTia(sccTransfer({ tia, status: 'suspended' }), today)).toEqual([])
  })

  it('flags "ok with measures" without measures, and open steps', () => {
    const noMeasures = completeTia({ conclusion: 'ok_with_measures' })
    expect(codes(checkTia(sccTransfer({ tia: noMeasures }), today))).toEqual(['transfer/tia-measures-missing'])
    const withMeasures = completeTia({
      conclusion: 'ok_with_measures',
      supplementaryMeasures: [{ kind: 'technical', description: 'End-to-end encryption, keys in the EEA' }],
    })
    expect(checkTia(sccTransfer({ tia: withMeasures }), today)).toEqual([])
    const open = completeTia()
    open.steps.assess_third_country_law.done = false
    const fs = checkTia(sccTransfer({ tia: open }), today)
    expect(fs.map((f) => [f.code, f.severity])).toEqual([['transfer/tia-incomplete', 'low']])
    expect(fs[0]?.message).toEqual({ sv: 'TIA-steg som inte är klara: 3.', en: 'TIA steps not done: 3.' })
  })
})

describe('checkTransfer / checkTransfers', () => {
  it('raises nothing for an ended or suspended transfer', () => {
    const bad = sccTransfer({
      tia: null,
      mechanism: { kind: 'scc', module: 4, signedOn: null, reference: '', documentRef: '' },
    })
    expect(checkTransfer({ ...bad, status: 'ended' }, { today })).toEqual([])
    expect(checkTransfer({ ...bad, status: 'suspended' }, { today })).toEqual([])
    expect(codes(checkTransfer(bad, { today }))).toEqual(['transfer/scc-module-mismatch', 'transfer/tia-missing'])
  })

  it('ties every finding to the transfer', () => {
    const fs = checkTransfer(sccTransfer({ tia: null }), { today })
    expect(fs.every((f) => f.entityId === FIXTURE_IDS.transfer)).toBe(true)
  })

  it('takes the importer DPF status from its vendor record', () => {
    const t = adequacyTransfer()
    const certified = vendor({ dpf: { certified: true, hrCovered: null, checkedOn: '2026-04-01' } })
    expect(checkTransfers({ transfers: [t], vendors: [certified], agreements: [], today })).toEqual([])
    const notCertified = vendor({ dpf: { certified: false, hrCovered: null, checkedOn: '2026-04-01' } })
    expect(codes(checkTransfers({ transfers: [t], vendors: [notCertified], agreements: [], today }))).toEqual([
      'transfer/dpf-not-certified',
    ])
  })

  it('combines check 19 with the per-transfer checks and passes publicAuthority on', () => {
    const t = derogationTransfer('a_explicit_consent')
    const fs = checkTransfers({ transfers: [t], vendors: [vendor()], agreements: [], today, publicAuthority: true })
    expect(codes(fs)).toEqual(['transfer/missing-record', 'transfer/derogation-public-authority'])
  })
})
