/**
 * Builders for tests (and the UI's storybook-style previews): a valid transfer with every field filled, which a
 * test then changes in the one place it is about.
 */
import { emptyTia, type Tia, type TransferFields } from './transfer.schema'

/** Fixed ids so findings can be asserted by entity. */
export const FIXTURE_IDS = {
  transfer: '11111111-1111-4111-8111-111111111111',
  vendor: '22222222-2222-4222-8222-222222222222',
  agreement: '33333333-3333-4333-8333-333333333333',
  activity: '44444444-4444-4444-8444-444444444444',
} as const

/** A complete TIA concluding "ok", assessed on 2026-01-15 and due for review on 2027-01-15. */
export function completeTia(overrides: Partial<Tia> = {}): Tia {
  const tia = emptyTia('2026-01-15', '2027-01-15')
  for (const step of Object.values(tia.steps)) {
    step.answer = 'Answered.'
    step.done = true
  }
  return { ...tia, lawsAssessed: [{ name: 'FISA 702', impinges: false, note: '' }], ...overrides }
}

/** An active SCC module 2 transfer (we as controller → a US processor) with a complete TIA. */
export function sccTransfer(overrides: Partial<TransferFields> = {}): TransferFields & { id: string } {
  return {
    id: FIXTURE_IDS.transfer,
    title: 'CRM hosting',
    activityIds: [FIXTURE_IDS.activity],
    exporter: { role: 'controller', vendorId: null },
    importer: { vendorId: FIXTURE_IDS.vendor, name: 'Acme Cloud Inc.', role: 'processor' },
    destinationCountry: 'US',
    remoteAccess: false,
    dataCategories: ['contact details'],
    dataSubjectCategories: ['customers'],
    specialCategoryData: false,
    hrData: false,
    frequency: 'systematic',
    approxDataSubjects: 5000,
    mechanism: { kind: 'scc', module: 2, signedOn: '2026-01-10', reference: '', documentRef: '' },
    tia: completeTia(),
    status: 'active',
    notes: '',
    ...overrides,
  }
}

/** The same transfer relying on adequacy instead (the US DPF, unless the destination is overridden). */
export function adequacyTransfer(overrides: Partial<TransferFields> = {}): TransferFields & { id: string } {
  return sccTransfer({
    mechanism: { kind: 'adequacy', pipedaCovered: null, sectorCovered: null },
    tia: null,
    ...overrides,
  })
}

type Derogation = Extract<TransferFields['mechanism'], { kind: 'derogation' }>

/** An occasional Art 49 transfer on the given ground, with every piece of evidence in place. */
export function derogationTransfer(
  ground: Derogation['ground'],
  overrides: Partial<Derogation> = {},
  frequency: TransferFields['frequency'] = 'occasional',
): TransferFields & { id: string } {
  const mechanism: Derogation = {
    kind: 'derogation',
    ground,
    justification: 'No safeguard available for a one-off transfer.',
    legalReference: '',
    consent: {
      explicit: true,
      specificToTransfer: true,
      riskInformationGiven: true,
      riskInformation: 'No adequacy decision, no safeguards; recipient X in country Y.',
      obtainedVia: 'separate_explicit',
      evidenceRef: 'form-2026-03',
    },
    compellingInterest: {
      interest: 'Recover a stolen database',
      limitedDataSubjects: true,
      assessment: 'Assessed on 2026-03-01.',
      safeguards: 'Encrypted, deleted after use.',
      imyInformed: true,
      imyInformedOn: '2026-03-02',
      dataSubjectsInformed: true,
    },
    ...overrides,
  }
  return sccTransfer({ mechanism, tia: null, frequency, destinationCountry: 'IN' })
}
