/**
 * A vendor's standing at a glance, as the activity panel, the vendor list and the vendor page show it: its
 * processor agreement (in force? reviewed? with what outcome? expiring?) and its third-country transfers
 * (needed? recorded? on a ground the checks accept?). Both take `today` and read no clock.
 */
import {
  EXPIRY_WARNING_DAYS,
  daysUntil,
  deriveReviewOutcome,
  isAgreementInForce,
  latestSignedReview,
  type ProcessorAgreementFields,
  type ReviewOutcome,
} from '../processors'
import { checkTransfer, type Finding, type Localised, type TransferFields } from '../transfers'
import { vendorThirdCountries } from './vendor.rules'
import type { VendorFields } from './vendor.schema'

/** Where the vendor's processor agreement stands; a review outcome when one is in force and signed off. */
export type AgreementState = 'not_required' | 'missing' | 'not_in_force' | 'not_reviewed' | ReviewOutcome

/** The vendor's agreement status with the facts behind it. */
export interface VendorAgreementStatus {
  state: AgreementState
  /** The agreement the state is about: the one in force, else the latest one; null when there is none. */
  agreementId: string | null
  expiresOn: string | null
  daysToExpiry: number | null
  /** Expires within the 90-day warning window (or has passed). */
  expiringSoon: boolean
  reviewedOn: string | null
  /** Why the latest review is not plainly acceptable. */
  reasons: Localised[]
}

type AgreementWithId = ProcessorAgreementFields & { id: string }

const byStart = (a: AgreementWithId, b: AgreementWithId): number =>
  (b.effectiveOn ?? b.signedOn ?? '').localeCompare(a.effectiveOn ?? a.signedOn ?? '')

/** The agreement status of one vendor; only processors need one (Art 28), unless one is recorded anyway. */
export function vendorAgreementStatus(
  vendor: { id: string; role: VendorFields['role'] },
  agreements: readonly AgreementWithId[],
  today: string,
): VendorAgreementStatus {
  const own = agreements.filter((a) => a.vendorId === vendor.id).sort(byStart)
  const none = {
    agreementId: null,
    expiresOn: null,
    daysToExpiry: null,
    expiringSoon: false,
    reviewedOn: null,
    reasons: [],
  }
  if (own.length === 0) return { ...none, state: vendor.role === 'processor' ? 'missing' : 'not_required' }
  const inForce = own.find((a) => isAgreementInForce(a, today))
  const agreement = inForce ?? own[0]!
  const daysToExpiry = agreement.expiresOn === null ? null : daysUntil(today, agreement.expiresOn)
  const base = {
    agreementId: agreement.id,
    expiresOn: agreement.expiresOn,
    daysToExpiry,
    expiringSoon: daysToExpiry !== null && daysToExpiry <= EXPIRY_WARNING_DAYS,
  }
  const review = latestSignedReview(agreement)
  const reviewed = review ? { reviewedOn: review.reviewedOn, reasons: deriveReviewOutcome(review).reasons } : null
  if (!inForce) return { ...base, reviewedOn: reviewed?.reviewedOn ?? null, reasons: [], state: 'not_in_force' }
  if (!review || !reviewed) return { ...base, reviewedOn: null, reasons: [], state: 'not_reviewed' }
  return { ...base, ...reviewed, state: review.outcome ?? deriveReviewOutcome(review).outcome }
}

/** Where the vendor's third-country transfers stand. */
export type TransferState = 'not_needed' | 'missing' | 'flagged' | 'ok'

/** The vendor's transfer status with the facts behind it. */
export interface VendorTransferStatus {
  state: TransferState
  /** Third countries the vendor is in or processes from. */
  thirdCountries: string[]
  /** Of those, the ones no live transfer record covers (check 19). */
  missingCountries: string[]
  /** Live transfers with the vendor as importer. */
  transferIds: string[]
  /** What the transfer checks (20–28) find on those transfers. */
  findings: Finding[]
}

type TransferWithId = TransferFields & { id: string }
const live = (t: TransferWithId): boolean => t.status === 'active' || t.status === 'planned'

/**
 * The transfer status of one vendor: missing when a third country it uses has no live record, flagged when a
 * record relies on a ground the checks find high- or medium-severity problems with, ok otherwise.
 */
export function vendorTransferStatus(
  vendor: Pick<VendorFields, 'country' | 'processingCountries' | 'dpf'> & { id: string },
  transfers: readonly TransferWithId[],
  today: string,
): VendorTransferStatus {
  const thirdCountries = vendorThirdCountries(vendor)
  const own = transfers.filter((t) => t.importer.vendorId === vendor.id && live(t))
  const missingCountries = thirdCountries.filter((c) => !own.some((t) => t.destinationCountry === c))
  const findings = own.flatMap((t) => checkTransfer(t, { today, importerDpf: vendor.dpf }))
  const serious = findings.some((f) => f.severity !== 'low')
  const state: TransferState =
    missingCountries.length > 0
      ? 'missing'
      : serious
        ? 'flagged'
        : thirdCountries.length > 0 || own.length > 0
          ? 'ok'
          : 'not_needed'
  return { state, thirdCountries, missingCountries, transferIds: own.map((t) => t.id), findings }
}
