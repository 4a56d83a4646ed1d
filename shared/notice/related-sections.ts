/**
 * Which sections of the generated notice answer a finding, so the side-by-side view can show the DPO what the
 * register would have the published text say there.
 */
import type { NoticeDocument } from './notice.document'
import type { NoticeFinding } from './notice-finding'

// Findings about one element answered by one section of the generated notice.
const BY_CODE: Record<string, string[]> = {
  'notice/outdated-authority': ['complaint'],
  'notice/element-complaint': ['complaint'],
  'notice/element-controller-identity': ['controller'],
  'notice/element-dpo-contact': ['dpo'],
  'notice/element-objection': ['objection'],
  'notice/element-rights': ['rights'],
  'notice/element-withdraw-consent': ['rights'],
  'notice/element-automated-decisions': ['automated'],
  'notice/recipient-not-in-register': ['recipients'],
  'notice/source-not-in-text': ['sources'],
}

const isPurpose = (id: string) => id.startsWith('purpose-')

/**
 * The ids of the sections that correspond to a finding: the element's own section, the transfers section for a
 * transfer finding, every purpose for a missing annex (the details per purpose are what such an annex holds),
 * and otherwise the purposes of the activities the finding is about.
 */
export function relatedSections(doc: NoticeDocument, finding: NoticeFinding): string[] {
  const present = (ids: string[]) => ids.filter((id) => doc.sections.some((s) => s.id === id))
  if (BY_CODE[finding.code]) return present(BY_CODE[finding.code]!)
  if (finding.code.startsWith('notice/transfer-')) return present(['transfers'])
  if (finding.code === 'notice/annex-missing') return doc.sections.filter((s) => isPurpose(s.id)).map((s) => s.id)
  const activities = new Set(finding.records.filter((r) => r.kind === 'activity').map((r) => r.id))
  const purposes = doc.sections.filter((s) => isPurpose(s.id) && s.recordIds.some((id) => activities.has(id)))
  const extra = finding.code === 'notice/recipient-not-in-text' ? present(['recipients']) : []
  return [...purposes.map((s) => s.id), ...extra]
}
