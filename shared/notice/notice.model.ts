/**
 * The privacy notice's content (Art 13 and 14), built from the register, the LIAs and the transfer records.
 * Pure: the same workspace always gives the same model, which `composeNotice` then writes out in Swedish or
 * English, and which the comparison checks the published notice against.
 */
import { liaForPurpose, type LegitimateInterestAssessment } from '../lia'
import type { Organisation } from '../organisation'
import type { LegalBasis, ProcessingActivity, Recipient } from '../register'
import { describeRetention, isBookkeepingRule } from '../retention'
import type { TransferMechanism, TransferRecord } from '../transfers'
import type { Vendor } from '../vendors'
import type { Localised } from './record-ref'

/** What the notice is built from: a workspace snapshot has all of it. */
export interface NoticeSources {
  organisation: Organisation
  activities: readonly ProcessingActivity[]
  lias: readonly LegitimateInterestAssessment[]
  transfers: readonly TransferRecord[]
  vendors: readonly Vendor[]
}

/** Art 13(2)(e): whether the person must provide the data, derived from the legal basis. */
export type Requirement = 'statutory' | 'contractual' | 'voluntary' | 'not_required' | 'unknown'

/** One retention rule, in words (null when the register gives neither a period nor a criterion). */
export interface NoticeRetention {
  dataCategory: string
  period: string
  bookkeeping: boolean
  words: Localised | null
}

/** One purpose with everything the notice says about it (Art 13(1)(c)–(e), 13(2)(a), (e); 14(1)(d), 14(2)(f)). */
export interface NoticePurpose {
  activityId: string
  activityName: string
  purposeId: string
  description: string
  legalBasis: LegalBasis | null
  legalReference: string
  /** Art 13(1)(d): the interest pursued, from the purpose's LIA when there is one, else from the register. */
  legitimateInterest: string
  liaId: string | null
  directMarketing: boolean
  dataCategories: string[]
  subjectCategories: string[]
  collectedFromDataSubject: boolean
  sources: string[]
  recipients: string[]
  retention: NoticeRetention[]
  requirement: Requirement
}

/** A recipient (category) and the activities that disclose to it. */
export interface NoticeRecipient {
  name: string
  kind: Recipient['kind']
  country: string
  activityIds: string[]
}

/** A transfer outside the EU/EEA; `transferId` null when only the register's free text says there is one. */
export interface NoticeTransfer {
  transferId: string | null
  title: string
  activityIds: string[]
  importer: string
  destination: string
  mechanism: TransferMechanism | null
}

/** The whole notice. */
export interface NoticeModel {
  controller: Organisation
  dpo: { name: string; email: string; phone: string } | null
  purposes: NoticePurpose[]
  recipients: NoticeRecipient[]
  transfers: NoticeTransfer[]
  sources: { source: string; activityIds: string[] }[]
  jointControllers: { activityId: string; text: string }[]
  /** Activities that describe profiling or automated decisions (Art 13(2)(f), 22). */
  profilingActivityIds: string[]
  /** Whether the notice must state the Art 21 right to object (Art 6(1)(e)/(f) or direct marketing). */
  objectionApplies: boolean
  consentApplies: boolean
  portabilityApplies: boolean
  /** Activities left out: drafts, retired ones, and those where we are only a processor. */
  excludedActivityIds: string[]
}

const MARKETING = /marknadsföring|nyhetsbrev|utskick|marketing|newsletter/i
const PROFILING = /profilering|profiling|segmenter|automatiserade? beslut|automated decision/i

/** Activities whose processing the organisation itself must explain: active, and as (joint) controller. */
function inNotice(a: ProcessingActivity): boolean {
  return a.status === 'active' && a.role !== 'processor'
}

/** Art 13(2)(e) follows from the basis: (c) law, (b) contract, (a) free choice, the others no duty at all. */
export function requirementOf(basis: LegalBasis | null): Requirement {
  if (basis === null) return 'unknown'
  if (basis === 'c_legal_obligation') return 'statutory'
  if (basis === 'b_contract') return 'contractual'
  if (basis === 'a_consent') return 'voluntary'
  return 'not_required'
}

function retentionOf(a: ProcessingActivity): NoticeRetention[] {
  return a.retention.map((r) => {
    const sv = describeRetention(r, 'sv')
    const en = describeRetention(r, 'en')
    return {
      dataCategory: r.dataCategory,
      period: r.period,
      bookkeeping: isBookkeepingRule(r),
      words: sv && en ? { sv, en } : null,
    }
  })
}

/** The interest an LIA states, with the third party it belongs to when it is not ours. */
function liaInterest(lia: LegitimateInterestAssessment | null): string {
  const interest = lia?.answers.interest
  if (!interest?.description.trim()) return ''
  const holder = interest.holder === 'third_party' && interest.thirdPartyName ? ` (${interest.thirdPartyName})` : ''
  return interest.description.trim() + holder
}

function purposesOf(a: ProcessingActivity, lias: readonly LegitimateInterestAssessment[]): NoticePurpose[] {
  return a.purposes.map((p) => {
    const lia = p.legalBasis === 'f_legitimate_interests' ? liaForPurpose(a.id, p.id, lias) : null
    const fromLia = liaInterest(lia)
    return {
      activityId: a.id,
      activityName: a.name,
      purposeId: p.id,
      description: p.description,
      legalBasis: p.legalBasis,
      legalReference: p.legalReference,
      legitimateInterest: p.legalBasis === 'f_legitimate_interests' ? fromLia || p.legitimateInterest.trim() : '',
      liaId: lia?.id ?? null,
      directMarketing:
        MARKETING.test(`${p.description} ${a.name}`) || lia?.answers.objectionProcess?.directMarketing === true,
      dataCategories: a.personalDataCategories,
      subjectCategories: a.dataSubjectCategories,
      collectedFromDataSubject: a.collectedFromDataSubject,
      sources: a.sources,
      recipients: a.recipients.map((r) => r.name),
      retention: retentionOf(a),
      requirement: requirementOf(p.legalBasis),
    }
  })
}

function recipientsOf(activities: readonly ProcessingActivity[]): NoticeRecipient[] {
  const byName = new Map<string, NoticeRecipient>()
  for (const a of activities) {
    for (const r of a.recipients) {
      const key = r.name.trim().toLocaleLowerCase('sv')
      const seen = byName.get(key)
      if (seen) seen.activityIds = [...new Set([...seen.activityIds, a.id])]
      else byName.set(key, { name: r.name.trim(), kind: r.kind, country: r.country, activityIds: [a.id] })
    }
  }
  return [...byName.values()]
}

function transfersOf(sources: NoticeSources, activities: readonly ProcessingActivity[]): NoticeTransfer[] {
  const ids = new Set(activities.map((a) => a.id))
  const vendorName = (id: string | null) => sources.vendors.find((v) => v.id === id)?.name ?? ''
  const records = sources.transfers
    .filter((t) => t.status === 'active' || t.status === 'planned')
    .filter((t) => t.activityIds.length === 0 || t.activityIds.some((id) => ids.has(id)))
    .map((t) => ({
      transferId: t.id,
      title: t.title,
      activityIds: t.activityIds.filter((id) => ids.has(id)),
      importer: t.importer.name || vendorName(t.importer.vendorId),
      destination: t.destinationCountry,
      mechanism: t.mechanism,
    }))
  const covered = new Set(records.flatMap((r) => r.activityIds))
  // An activity that says it transfers but has no transfer record still needs a line in the notice.
  const unrecorded = activities
    .filter((a) => a.thirdCountryTransfers && !covered.has(a.id))
    .map((a) => ({
      transferId: null,
      title: a.name,
      activityIds: [a.id],
      importer: '',
      destination: '',
      mechanism: null,
    }))
  return [...records, ...unrecorded]
}

function sourcesOf(activities: readonly ProcessingActivity[]): NoticeModel['sources'] {
  const bySource = new Map<string, string[]>()
  for (const a of activities) for (const s of a.sources) bySource.set(s, [...(bySource.get(s) ?? []), a.id])
  return [...bySource].map(([source, activityIds]) => ({ source, activityIds }))
}

function dpoOf(org: Organisation): NoticeModel['dpo'] {
  const dpo = { name: org.dpoName.trim(), email: org.dpoEmail.trim(), phone: org.dpoPhone.trim() }
  return dpo.name || dpo.email || dpo.phone ? dpo : null
}

/** Builds the notice's content from the workspace (domain-reference §1, §2, §4, §7; GDPR Art 13, 14, 21). */
export function buildNoticeModel(sources: NoticeSources): NoticeModel {
  const activities = sources.activities.filter(inNotice)
  const purposes = activities.flatMap((a) => purposesOf(a, sources.lias))
  const bases = new Set(purposes.map((p) => p.legalBasis))
  return {
    controller: sources.organisation,
    dpo: dpoOf(sources.organisation),
    purposes,
    recipients: recipientsOf(activities),
    transfers: transfersOf(sources, activities),
    sources: sourcesOf(activities),
    jointControllers: activities
      .filter((a) => a.role === 'joint_controller' && a.jointControllers.trim())
      .map((a) => ({ activityId: a.id, text: a.jointControllers.trim() })),
    profilingActivityIds: activities
      .filter((a) => PROFILING.test([a.name, a.description, ...a.purposes.map((p) => p.description)].join(' ')))
      .map((a) => a.id),
    objectionApplies:
      bases.has('e_public_task') || bases.has('f_legitimate_interests') || purposes.some((p) => p.directMarketing),
    consentApplies: bases.has('a_consent'),
    portabilityApplies: bases.has('a_consent') || bases.has('b_contract'),
    excludedActivityIds: sources.activities.filter((a) => !inNotice(a)).map((a) => a.id),
  }
}
