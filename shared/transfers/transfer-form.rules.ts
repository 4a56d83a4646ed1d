/**
 * What the transfer form needs beyond the checks: a blank record, the starting shape of each mechanism when the
 * DPO switches between them (the SCC module suggested from the parties' roles, §4.2), the importer role a
 * vendor's role implies, and a fresh TIA with its re-evaluation date (EDPB Rec. 01/2020 step 6).
 */
import { addYears, format, parseISO } from 'date-fns'
import { suggestSccModule } from './transfer.rules'
import {
  ART46_MECHANISMS,
  emptyTia,
  type Tia,
  type TransferFields,
  type TransferMechanism,
  type TransferMechanismKind,
  type TransferRole,
} from './transfer.schema'

/** Every mechanism kind, in the Art 45 → 46 → 49 order the DPO should consider them. */
export const MECHANISM_KINDS: readonly TransferMechanismKind[] = [
  'adequacy',
  'scc',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_instrument',
  'derogation',
]

/** A new transfer: we as controller, to a processor, active, on SCCs (the usual ground) without a TIA yet. */
export function emptyTransferFields(): TransferFields {
  return {
    title: '',
    activityIds: [],
    exporter: { role: 'controller', vendorId: null },
    importer: { vendorId: null, name: '', role: 'processor' },
    destinationCountry: 'US',
    remoteAccess: false,
    dataCategories: [],
    dataSubjectCategories: [],
    specialCategoryData: false,
    hrData: false,
    frequency: 'systematic',
    approxDataSubjects: null,
    mechanism: mechanismOfKind('scc', 'controller', 'processor'),
    tia: null,
    status: 'active',
    notes: '',
  }
}

/**
 * The blank mechanism of a kind; for SCCs the module the roles call for. Switching kind starts over, since the
 * fields of one ground mean nothing under another.
 */
export function mechanismOfKind(
  kind: TransferMechanismKind,
  exporterRole: TransferRole,
  importerRole: TransferRole,
): TransferMechanism {
  const refs = { reference: '', documentRef: '' }
  switch (kind) {
    case 'adequacy':
      return { kind, pipedaCovered: null, sectorCovered: null }
    case 'scc':
      return { kind, module: suggestSccModule(exporterRole, importerRole), signedOn: null, ...refs }
    case 'bcr':
      return { kind, approvedBy: '', ...refs }
    case 'code_of_conduct':
    case 'certification':
      return { kind, name: '', bindingCommitment: false, ...refs }
    case 'ad_hoc_clauses':
    case 'public_authority_instrument':
      return { kind, authorisationRef: '', ...refs }
    case 'derogation':
      return {
        kind,
        ground: 'a_explicit_consent',
        justification: '',
        legalReference: '',
        consent: null,
        compellingInterest: null,
      }
  }
}

/** The importer's role under the SCCs from the vendor's role towards us: processors process, the rest control. */
export function importerRoleForVendorRole(vendorRole: string): TransferRole {
  return vendorRole === 'processor' || vendorRole === 'sub_processor' ? 'processor' : 'controller'
}

/** True when the mechanism is an Art 46 tool, so EDPB Rec. 01/2020 asks for a TIA. */
export const needsTia = (mechanism: Pick<TransferMechanism, 'kind'>): boolean =>
  ART46_MECHANISMS.includes(mechanism.kind)

/** How long a TIA holds before step 6 (re-evaluate) is due; a year is common practice, not law. */
export const TIA_REVIEW_YEARS = 1

/** A fresh TIA assessed `today`, due for re-evaluation a year later. */
export function newTia(today: string, assessedBy = ''): Tia {
  const due = format(addYears(parseISO(today), TIA_REVIEW_YEARS), 'yyyy-MM-dd')
  return { ...emptyTia(today, due), assessedBy }
}

type Derogation = Extract<TransferMechanism, { kind: 'derogation' }>

/** Blank Art 49(1)(a) consent evidence: nothing shown yet, so check 26 fires until it is filled in. */
export function emptyConsentEvidence(): NonNullable<Derogation['consent']> {
  return {
    explicit: false,
    specificToTransfer: false,
    riskInformationGiven: false,
    riskInformation: '',
    obtainedVia: 'separate_explicit',
    evidenceRef: '',
  }
}

/** Blank Art 49(1) second-subparagraph documentation: nothing done yet, so check 28 fires until it is. */
export function emptyCompellingInterest(): NonNullable<Derogation['compellingInterest']> {
  return {
    interest: '',
    limitedDataSubjects: false,
    assessment: '',
    safeguards: '',
    imyInformed: false,
    imyInformedOn: null,
    dataSubjectsInformed: false,
  }
}
