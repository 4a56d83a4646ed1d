/**
 * The notice written out in one language as a layered document (Art 12(1) plain language; WP260 rev.01's
 * layered approach): a short summary, the right to object on its own and near the top (Art 21(4)), then each
 * purpose in detail. One document feeds the view, the Markdown file and the PDF, so they never disagree.
 */
import type { NoticeLocale } from '../retention'
import { checkTransferConsent, destinationName } from '../transfers'
import type { NoticeModel, NoticePurpose, NoticeTransfer } from './notice.model'
import { phrases, type NoticePhrases } from './notice.phrases'

/** A piece of text; `missing` marks a placeholder for something the register does not say yet. */
export interface NoticeText {
  text: string
  missing: boolean
}

/** A label and its value, as in a definition list. */
export interface NoticeFact {
  label: string
  value: NoticeText
}

/** The building blocks of a section. */
export type NoticeBlock =
  | { kind: 'paragraph'; text: NoticeText }
  | { kind: 'list'; items: NoticeText[] }
  | { kind: 'facts'; facts: NoticeFact[] }
  | { kind: 'callout'; paragraphs: NoticeText[]; items: NoticeText[] }

/** A section; `recordIds` are the register records it is written from, for highlighting and links. */
export interface NoticeSection {
  id: string
  level: 2 | 3
  heading: string
  blocks: NoticeBlock[]
  recordIds: string[]
}

/** The whole notice in one language. */
export interface NoticeDocument {
  locale: NoticeLocale
  title: string
  sections: NoticeSection[]
}

const said = (text: string): NoticeText => ({ text, missing: false })
const gap = (text: string): NoticeText => ({ text, missing: true })
const orGap = (text: string, placeholder: string): NoticeText => (text.trim() ? said(text) : gap(placeholder))

function contactOf(model: NoticeModel): string {
  const c = model.controller
  return c.email.trim() || c.phone.trim() || [c.address, `${c.postalCode} ${c.city}`].join(', ').trim()
}

function section(id: string, heading: string, blocks: NoticeBlock[], recordIds: string[] = [], level: 2 | 3 = 2) {
  return { id, level, heading, blocks, recordIds }
}

function summary(model: NoticeModel, p: NoticePhrases): NoticeSection {
  const org = model.controller.name || p.missing.contact
  const contact = contactOf(model) || p.missing.contact
  const purposes = model.purposes.map((x) => said(x.description))
  return section('summary', p.headings.summary, [
    { kind: 'paragraph', text: said(p.summaryIntro(org)) },
    { kind: 'paragraph', text: said(p.summaryPurposes) },
    { kind: 'list', items: purposes },
    { kind: 'paragraph', text: said(p.summaryRights(contact)) },
  ])
}

function objection(model: NoticeModel, p: NoticePhrases): NoticeSection[] {
  if (!model.objectionApplies) return []
  const concerned = model.purposes.filter(
    (x) => x.legalBasis === 'e_public_task' || x.legalBasis === 'f_legitimate_interests' || x.directMarketing,
  )
  const paragraphs = [said(p.objection.general)]
  if (concerned.some((x) => x.directMarketing)) paragraphs.push(said(p.objection.marketing))
  paragraphs.push(said(p.objection.appliesTo))
  const items = concerned.map((x) => said(x.description))
  return [section('objection', p.headings.objection, [{ kind: 'callout', paragraphs, items }], ids(concerned))]
}

const ids = (purposes: readonly NoticePurpose[]) => [...new Set(purposes.map((x) => x.activityId))]

function controller(model: NoticeModel, p: NoticePhrases): NoticeSection[] {
  const c = model.controller
  const facts: NoticeFact[] = [
    { label: p.labels.name, value: orGap(c.name, p.missing.contact) },
    ...(c.orgNumber ? [{ label: p.labels.orgNumber, value: said(c.orgNumber) }] : []),
    {
      label: p.labels.address,
      value: orGap([c.address, `${c.postalCode} ${c.city}`.trim()].filter(Boolean).join(', '), p.missing.contact),
    },
    { label: p.labels.email, value: orGap(c.email, p.missing.contact) },
    ...(c.phone ? [{ label: p.labels.phone, value: said(c.phone) }] : []),
    ...(c.representative ? [{ label: p.labels.representative, value: said(c.representative) }] : []),
    ...model.jointControllers.map((j) => ({ label: p.labels.jointControllers, value: said(j.text) })),
  ]
  const dpo = model.dpo
  const dpoBlocks: NoticeBlock[] = dpo
    ? [
        { kind: 'paragraph', text: said(p.dpoIntro) },
        {
          kind: 'facts',
          facts: [
            ...(dpo.name ? [{ label: p.labels.name, value: said(dpo.name) }] : []),
            { label: p.labels.email, value: orGap(dpo.email, p.missing.contact) },
            ...(dpo.phone ? [{ label: p.labels.phone, value: said(dpo.phone) }] : []),
          ],
        },
      ]
    : [{ kind: 'paragraph', text: gap(p.missing.dpo) }]
  return [
    section('controller', p.headings.controller, [{ kind: 'facts', facts }], ['organisation']),
    section('dpo', p.headings.dpo, dpoBlocks, ['organisation']),
  ]
}

function purposeFacts(x: NoticePurpose, p: NoticePhrases, locale: NoticeLocale): NoticeFact[] {
  const basis = x.legalBasis ? p.legalBasis[x.legalBasis] : null
  const reference = x.legalReference ? ` ${p.legalReference(x.legalReference)}` : ''
  const retention = x.retention.filter((r) => r.words)
  const facts: NoticeFact[] = [
    { label: p.labels.legalBasis, value: basis ? said(basis + reference) : gap(p.missing.basis) },
  ]
  if (x.legalBasis === 'f_legitimate_interests') {
    facts.push({ label: p.labels.interest, value: orGap(x.legitimateInterest, p.missing.interest) })
  }
  facts.push(
    { label: p.labels.dataCategories, value: said(x.dataCategories.join('; ')) },
    { label: p.labels.subjects, value: said(x.subjectCategories.join('; ')) },
  )
  if (!x.collectedFromDataSubject || x.sources.length) {
    facts.push({ label: p.labels.sources, value: orGap(x.sources.join('; '), p.missing.sources) })
  }
  facts.push({ label: p.labels.recipients, value: said(x.recipients.join('; ') || p.noRecipients) })
  facts.push({
    label: p.labels.retention,
    value: retention.length
      ? said(retention.map((r) => `${r.dataCategory}: ${r.words![locale]}`).join('. '))
      : gap(p.missing.retention),
  })
  if (x.collectedFromDataSubject) {
    facts.push({
      label: p.labels.requirement,
      value: { text: p.requirement[x.requirement], missing: x.requirement === 'unknown' },
    })
  }
  return facts
}

function purposes(model: NoticeModel, p: NoticePhrases, locale: NoticeLocale): NoticeSection[] {
  const details = model.purposes.map((x) =>
    section(
      `purpose-${x.purposeId}`,
      x.description,
      [{ kind: 'facts', facts: purposeFacts(x, p, locale) }],
      [x.activityId],
      3,
    ),
  )
  return [section('purposes', p.headings.purposes, [], ids(model.purposes)), ...details]
}

function recipients(model: NoticeModel, p: NoticePhrases): NoticeSection {
  const items = model.recipients.map((r) => said(`${r.name} (${p.recipientKind[r.kind]})`))
  const blocks: NoticeBlock[] = items.length
    ? [{ kind: 'list', items }]
    : [{ kind: 'paragraph', text: said(p.noRecipients) }]
  return section('recipients', p.headings.recipients, blocks, [
    ...new Set(model.recipients.flatMap((r) => r.activityIds)),
  ])
}

/** Art 14(2)(f): where data not collected from the person come from, in a section of its own. */
function sources(model: NoticeModel, p: NoticePhrases): NoticeSection[] {
  if (!model.sources.length) return []
  const blocks: NoticeBlock[] = [
    { kind: 'paragraph', text: said(p.sourcesIntro) },
    { kind: 'list', items: model.sources.map((s) => said(s.source)) },
  ]
  return [section('sources', p.headings.sources, blocks, [...new Set(model.sources.flatMap((s) => s.activityIds))])]
}

function safeguard(t: NoticeTransfer, p: NoticePhrases, contact: string): string {
  const m = t.mechanism!
  if (m.kind === 'derogation') return `${p.derogation[m.ground]}.`
  if (m.kind === 'adequacy') return `${p.mechanism.adequacy}. ${p.adequacyPublished}`
  return `${p.mechanism[m.kind]}. ${p.copyOfSafeguards(contact)}`
}

function transfers(model: NoticeModel, p: NoticePhrases, locale: NoticeLocale): NoticeSection[] {
  if (!model.transfers.length) return []
  const contact = contactOf(model) || p.missing.contact
  const items = model.transfers.map((t): NoticeText => {
    if (!t.mechanism || !t.destination) return gap(`${t.title}: ${p.missing.transferDetails}`)
    // A derogation the transfer rules reject (consent by account creation, no risk information) is not stated as
    // if it held: the notice would promise the person an explicit consent they never gave (check 26).
    if (t.mechanism.kind === 'derogation' && checkTransferConsent(t.mechanism).length) {
      return gap(
        p.transferLine(t.importer || t.title, destinationName(t.destination, locale), p.missing.transferGround),
      )
    }
    return said(p.transferLine(t.importer || t.title, destinationName(t.destination, locale), safeguard(t, p, contact)))
  })
  const recordIds = [
    ...new Set(model.transfers.flatMap((t) => [...(t.transferId ? [t.transferId] : []), ...t.activityIds])),
  ]
  return [
    section(
      'transfers',
      p.headings.transfers,
      [
        { kind: 'paragraph', text: said(p.transfersIntro) },
        { kind: 'list', items },
      ],
      recordIds,
    ),
  ]
}

function rights(model: NoticeModel, p: NoticePhrases): NoticeSection[] {
  const contact = contactOf(model) || p.missing.contact
  const items = [...p.rights, ...(model.portabilityApplies ? [p.portability] : [])].map(said)
  const blocks: NoticeBlock[] = [{ kind: 'list', items }]
  if (model.consentApplies) blocks.push({ kind: 'paragraph', text: said(p.withdrawConsent) })
  blocks.push({ kind: 'paragraph', text: said(p.howToExercise(contact)) })
  const profiling = model.purposes.filter((x) => model.profilingActivityIds.includes(x.activityId))
  const automated = profiling.length
    ? p.automatedProfiling(profiling.map((x) => x.description).join('; '))
    : p.automatedNone
  return [
    section('rights', p.headings.rights, blocks),
    section('complaint', p.headings.complaint, [
      { kind: 'paragraph', text: said(p.complaint) },
      { kind: 'list', items: p.imyAddress.map(said) },
    ]),
    section(
      'automated',
      p.headings.automated,
      [{ kind: 'paragraph', text: said(automated) }],
      model.profilingActivityIds,
    ),
    section('changes', p.headings.changes, [{ kind: 'paragraph', text: said(p.changes) }]),
  ]
}

/** The notice in one language: summary, right to object, controller and DPO, purposes, recipients, rights. */
export function composeNotice(model: NoticeModel, locale: NoticeLocale): NoticeDocument {
  const p = phrases(locale)
  return {
    locale,
    title: p.title(model.controller.name || p.missing.contact),
    sections: [
      summary(model, p),
      ...objection(model, p),
      ...controller(model, p),
      ...purposes(model, p, locale),
      recipients(model, p),
      ...sources(model, p),
      ...transfers(model, p, locale),
      ...rights(model, p),
    ],
  }
}
