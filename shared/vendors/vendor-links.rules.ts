/**
 * How register activities link to vendors: a recipient of an activity (Art 30(1)(d)) points at the vendor
 * behind it through `vendorId`, many-to-many across the register. These rules find the activities that use a
 * vendor, change one link, and suggest which vendor a recipient probably is.
 */
import type { VendorRole } from './vendor.schema'

/** What the link rules need of a recipient (a register `Recipient` fits). */
export interface LinkableRecipient {
  name: string
  kind: string
  vendorId?: string | null
}

/** What the link rules need of an activity (a `ProcessingActivity` fits). */
export interface ActivityWithRecipients {
  id: string
  name: string
  recipients: readonly LinkableRecipient[]
}

/** Activities with at least one recipient linked to the vendor, in the order given. */
export function activitiesUsingVendor<A extends ActivityWithRecipients>(
  vendorId: string,
  activities: readonly A[],
): A[] {
  return activities.filter((a) => a.recipients.some((r) => r.vendorId === vendorId))
}

/** The recipients with the one at `index` linked to `vendorId` (null unlinks); the others are untouched. */
export function linkRecipient<R extends LinkableRecipient>(
  recipients: readonly R[],
  index: number,
  vendorId: string | null,
): R[] {
  if (index < 0 || index >= recipients.length) throw new RangeError(`no recipient ${index}`)
  return recipients.map((r, i) => (i === index ? { ...r, vendorId } : r))
}

/**
 * True when a vendor in this role can be the recipient of this kind: a processor recipient is our processor
 * (or its sub-processor); a controller or an authority receives data as a controller in its own right.
 */
export function vendorRoleFitsRecipient(role: VendorRole, kind: string): boolean {
  if (kind === 'processor') return role === 'processor' || role === 'sub_processor'
  if (kind === 'controller' || kind === 'authority')
    return role === 'independent_controller' || role === 'joint_controller'
  return true
}

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLocaleLowerCase('sv')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  )

/** Words two names share (longer than two letters, ignoring case and punctuation). */
function sharedWords(a: string, b: string): number {
  const wa = words(a)
  return [...words(b)].filter((w) => wa.has(w)).length
}

/**
 * Vendors ordered as likely matches for a recipient: a fitting role first, then more shared name words, then
 * by name. Every vendor stays in the list, so the DPO can still pick any of them.
 */
export function suggestVendors<V extends { name: string; role: VendorRole }>(
  recipient: LinkableRecipient,
  vendors: readonly V[],
): V[] {
  const score = (v: V) =>
    (vendorRoleFitsRecipient(v.role, recipient.kind) ? 100 : 0) + sharedWords(v.name, recipient.name)
  return [...vendors].sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name, 'sv'))
}

/** What still points at a vendor; a vendor in use is not deleted, so no link is left dangling. */
export interface VendorUsage {
  activities: number
  agreements: number
  transfers: number
}

/** Counts the activities, agreements and transfers (as importer or onward exporter) that reference the vendor. */
export function vendorUsage(
  vendorId: string,
  input: {
    activities: readonly ActivityWithRecipients[]
    agreements: readonly { vendorId: string }[]
    transfers: readonly { importer: { vendorId: string | null }; exporter: { vendorId: string | null } }[]
  },
): VendorUsage {
  return {
    activities: activitiesUsingVendor(vendorId, input.activities).length,
    agreements: input.agreements.filter((a) => a.vendorId === vendorId).length,
    transfers: input.transfers.filter((t) => t.importer.vendorId === vendorId || t.exporter.vendorId === vendorId)
      .length,
  }
}

/** True when nothing references the vendor. */
export const isUnused = (u: VendorUsage): boolean => u.activities + u.agreements + u.transfers === 0
