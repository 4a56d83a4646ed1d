/**
 * Loads what a vendor's status depends on (vendors, agreements, transfers, the register) and derives each
 * vendor's agreement and transfer status from the shared rules, so the list, the vendor page and the activity
 * panel agree.
 */
import { useActivitiesStore } from '@/features/register'
import { useAgreementsStore } from '@/features/processors'
import { useTransfersStore } from '@/features/transfers'
import { vendorAgreementStatus, vendorTransferStatus, type Vendor } from '@shared/vendors'
import { todayIso } from './today'
import { useVendorsStore } from './vendors.store'

export function useVendorStatus() {
  const vendors = useVendorsStore()
  const agreements = useAgreementsStore()
  const transfers = useTransfersStore()
  const activities = useActivitiesStore()
  return {
    vendors,
    agreements,
    transfers,
    activities,
    /** Loads every store the statuses read. */
    load: () => Promise.all([vendors.load(), agreements.load(), transfers.load(), activities.load()]),
    agreementStatus: (v: Pick<Vendor, 'id' | 'role'>) => vendorAgreementStatus(v, agreements.agreements, todayIso()),
    transferStatus: (v: Vendor) => vendorTransferStatus(v, transfers.transfers, todayIso()),
  }
}
