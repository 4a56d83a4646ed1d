/** How each register column writes an activity's field as cell text (read back by activity.readers.ts). */
import type { ProcessingActivity } from '../register'
import {
  ACTIVITY_STATUS_LABELS,
  ART9_CONDITION_LABELS,
  DPIA_STATUS_LABELS,
  IDENTITY_JUSTIFICATION_LABELS,
  IDENTITY_KIND_LABELS,
  LEGAL_BASIS_LABELS,
  periodText,
  RECIPIENT_KIND_LABELS,
  RETENTION_TRIGGER_LABELS,
  ROLE_LABELS,
  SPECIAL_CATEGORY_LABELS,
  yesNo,
  type Bilingual,
  type ReportLanguage,
} from '../reports'
import type { ActivityColumnKey, WriteContext } from './activity.columns'
import type { CellValue } from './csv.rules'
import { encodeItems, encodeLines } from './list-text.rules'

type Writer = (a: ProcessingActivity, ctx: WriteContext) => CellValue

const label = (b: Bilingual, lang: ReportLanguage): string => b[lang]

/** Writers, one per column. */
export const writers: Record<ActivityColumnKey, Writer> = {
  name: (a) => a.name,
  description: (a) => a.description,
  role: (a, { lang }) => label(ROLE_LABELS[a.role], lang),
  status: (a, { lang }) => label(ACTIVITY_STATUS_LABELS[a.status], lang),
  department: (a) => a.department,
  owner: (a) => a.owner,
  jointControllers: (a) => a.jointControllers,
  controllersServed: (a) =>
    encodeItems(a.controllersServed.map((c) => [c.name, c.contact, c.representative, c.dpoContact])),
  purposes: (a) => encodeLines(a.purposes.map((p) => p.description)),
  legalBases: (a, { lang }) =>
    encodeLines(a.purposes.map((p) => (p.legalBasis ? label(LEGAL_BASIS_LABELS[p.legalBasis], lang) : ''))),
  legitimateInterests: (a) => encodeLines(a.purposes.map((p) => p.legitimateInterest)),
  legalReferences: (a) => encodeLines(a.purposes.map((p) => p.legalReference)),
  dataSubjectCategories: (a) => encodeLines(a.dataSubjectCategories),
  personalDataCategories: (a) => encodeLines(a.personalDataCategories),
  specialCategories: (a, { lang }) =>
    encodeItems(
      a.specialCategories.map((s) => [
        label(SPECIAL_CATEGORY_LABELS[s.category], lang),
        s.condition ? label(ART9_CONDITION_LABELS[s.condition], lang) : '',
      ]),
    ),
  criminalData: (a, { lang }) =>
    encodeItems([a.criminalData.processed ? [yesNo(true, lang), a.criminalData.legalGround] : [yesNo(false, lang)]]),
  identityNumbers: (a, { lang }) => {
    const { kind, justification } = a.identityNumbers
    const parts = [label(IDENTITY_KIND_LABELS[kind], lang)]
    return encodeItems([justification ? [...parts, label(IDENTITY_JUSTIFICATION_LABELS[justification], lang)] : parts])
  },
  collectedFromDataSubject: (a, { lang }) => yesNo(a.collectedFromDataSubject, lang),
  sources: (a) => encodeLines(a.sources),
  recipients: (a, { lang, vendorName }) =>
    encodeItems(
      a.recipients.map((r) => {
        const parts = [r.name, label(RECIPIENT_KIND_LABELS[r.kind], lang), r.country]
        const vendor = r.vendorId ? vendorName(r.vendorId) : undefined
        return vendor ? [...parts, vendor] : parts
      }),
    ),
  thirdCountryTransfers: (a, { lang }) => yesNo(a.thirdCountryTransfers, lang),
  transfersDescription: (a) => a.transfersDescription,
  retention: (a, { lang }) =>
    encodeItems(
      a.retention.map((r) => [
        r.dataCategory,
        periodText(r.period, lang),
        r.criterion,
        label(RETENTION_TRIGGER_LABELS[r.trigger], lang),
        r.legalReference,
      ]),
    ),
  securityMeasures: (a) => a.securityMeasures,
  systems: (a) => encodeLines(a.systems),
  dpia: (a, { lang }) => encodeItems([[label(DPIA_STATUS_LABELS[a.dpia.status], lang), a.dpia.reference]]),
  nextReviewOn: (a) => a.nextReviewOn ?? '',
  notes: (a) => a.notes,
}
