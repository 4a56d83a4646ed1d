/** Small rules on a vendor: where it takes data outside the EEA, and whether its DPF status needs a look. */
import { differenceInCalendarDays, parseISO } from 'date-fns'
import { DPF_CHECK_MAX_AGE_DAYS, thirdCountriesAmong } from '../transfers'
import type { VendorFields } from './vendor.schema'

type VendorPlaces = Pick<VendorFields, 'country' | 'processingCountries'>

/** Third countries the vendor is established in or processes from (domain-reference §4: remote access counts). */
export function vendorThirdCountries(vendor: VendorPlaces): string[] {
  return thirdCountriesAmong([vendor.country, ...vendor.processingCountries])
}

/** True when sharing data with the vendor is a Chapter V transfer, so a transfer record is needed (check 19). */
export function needsTransferRecord(vendor: VendorPlaces): boolean {
  return vendorThirdCountries(vendor).length > 0
}

/** True when the US adequacy decision could cover the vendor, so its DPF status is worth recording. */
export function dpfRelevant(vendor: VendorPlaces): boolean {
  return vendorThirdCountries(vendor).includes('US')
}

/**
 * True when a DPF-relevant vendor's status was never checked or was checked more than `maxAgeDays` ago;
 * certifications lapse unless renewed every year, so an old "certified" may no longer hold.
 */
export function isDpfCheckDue(
  vendor: VendorPlaces & Pick<VendorFields, 'dpf'>,
  today: string,
  maxAgeDays: number = DPF_CHECK_MAX_AGE_DAYS,
): boolean {
  if (!dpfRelevant(vendor)) return false
  if (vendor.dpf.checkedOn === null) return true
  return differenceInCalendarDays(parseISO(today), parseISO(vendor.dpf.checkedOn)) > maxAgeDays
}
