import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  agreementReminders,
  checkProcessorAgreements,
  deriveReviewOutcome,
  ProcessorAgreementSchema,
} from '../processors'
import { checkTransfers, TransferRecordSchema } from '../transfers'
import { vendorAgreementStatus, vendorTransferStatus, VendorSchema } from '../vendors'
import {
  EXAMPLE_AGREEMENT_IDS,
  EXAMPLE_TRANSFER_ID,
  EXAMPLE_VENDOR_IDS,
  myNumbersProcessors,
} from './mynumbers.processors'
import { EXAMPLE_IDS } from './mynumbers.register'

const NOW = new Date('2026-05-04T09:00:00.000Z')
const today = format(NOW, 'yyyy-MM-dd')
const example = myNumbersProcessors(NOW)
const vendors = example.vendors!
const agreements = example.agreements!
const transfers = example.transfers!
const agreement = (id: string) => agreements.find((a) => a.id === id)!

describe('MyNumbers AB example: vendors, agreements, transfers', () => {
  it('validates every record against its stored schema, without defaults left to fill', () => {
    for (const v of vendors) expect(VendorSchema.parse(v)).toEqual(v)
    for (const a of agreements) expect(ProcessorAgreementSchema.parse(a)).toEqual(a)
    for (const t of transfers) expect(TransferRecordSchema.parse(t)).toEqual(t)
  })

  it('uses the fixed ids, and links agreements and the transfer to existing vendors and activities', () => {
    expect(vendors.map((v) => v.id)).toEqual(Object.values(EXAMPLE_VENDOR_IDS))
    expect(agreements.map((a) => a.id)).toEqual(Object.values(EXAMPLE_AGREEMENT_IDS))
    expect(transfers.map((t) => t.id)).toEqual([EXAMPLE_TRANSFER_ID])
    const vendorIds = new Set(vendors.map((v) => v.id))
    expect(agreements.every((a) => vendorIds.has(a.vendorId))).toBe(true)
    expect(vendorIds.has(transfers[0]!.importer.vendorId!)).toBe(true)
    const activityIds = new Set<string>(Object.values(EXAMPLE_IDS))
    expect(transfers[0]!.activityIds.every((id) => activityIds.has(id))).toBe(true)
  })

  it('has one agreement with clauses missing, one expiring soon and one in order', () => {
    const outcome = (id: string) => deriveReviewOutcome(agreement(id).reviews[0]!).outcome
    expect(outcome(EXAMPLE_AGREEMENT_IDS.cloudHost)).toBe('not_acceptable')
    expect(agreement(EXAMPLE_AGREEMENT_IDS.cloudHost).reviews[0]!.outcome).toBe('not_acceptable')
    expect(outcome(EXAMPLE_AGREEMENT_IDS.itSupport)).toBe('acceptable_with_remarks')
    expect(outcome(EXAMPLE_AGREEMENT_IDS.analytics)).toBe('acceptable')
    const kinds = (id: string) => agreementReminders(agreement(id), today).map((r) => r.kind)
    expect(kinds(EXAMPLE_AGREEMENT_IDS.cloudHost)).toEqual(['review_due', 'objection_deadline'])
    expect(kinds(EXAMPLE_AGREEMENT_IDS.itSupport)).toEqual(['notice_deadline', 'agreement_expiring'])
    expect(kinds(EXAMPLE_AGREEMENT_IDS.analytics)).toEqual([])
  })

  it('shows the vendors as the panel will: processors with outcomes, controllers without an Art 28 agreement', () => {
    const state = (id: string) =>
      vendorAgreementStatus(
        vendors.find((v) => v.id === id)!,
        agreements,
        today,
      ).state
    expect(state(EXAMPLE_VENDOR_IDS.cloudHost)).toBe('not_acceptable')
    expect(state(EXAMPLE_VENDOR_IDS.analytics)).toBe('acceptable')
    expect(state(EXAMPLE_VENDOR_IDS.lenders)).toBe('not_required')
    const cloud = vendors.find((v) => v.id === EXAMPLE_VENDOR_IDS.cloudHost)!
    expect(vendorTransferStatus(cloud, transfers, today).state).toBe('flagged')
  })

  it('flags the transfer "consented to" by creating an account, and its systematic use of Art 49', () => {
    const findings = checkTransfers({ transfers, vendors, agreements, today })
    const onTransfer = findings.filter((f) => f.entityId === EXAMPLE_TRANSFER_ID).map((f) => f.code)
    expect(onTransfer).toEqual([
      'transfer/consent-bundled',
      'transfer/consent-no-risk-info',
      'transfer/consent-not-specific',
      'transfer/derogation-not-occasional',
    ])
    // The Indian support sub-processor of the cloud host has no transfer record (check 19).
    expect(findings.filter((f) => f.check === 19).map((f) => f.message.en)).toEqual([
      expect.stringContaining('SupportDesk Pvt Ltd'),
    ])
  })

  it('raises checks 16 and 18 on the cloud host agreement only', () => {
    const findings = checkProcessorAgreements({ vendors, agreements }, today)
    expect(new Set(findings.map((f) => f.entityId))).toEqual(new Set([EXAMPLE_AGREEMENT_IDS.cloudHost]))
    expect(findings.map((f) => f.check)).toEqual([16, 16, 16, 18])
  })
})
