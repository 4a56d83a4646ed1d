/**
 * What the register must say before the generated notice can be published: each gap is a placeholder in the
 * document, listed here with the record to fix. Not part of the notice itself.
 */
import { checkTransferConsent, type TransferRecord } from '../transfers'
import type { NoticeModel, NoticeSources } from './notice.model'
import { organisationRef, recordRef, type Localised, type RecordRef, type Severity } from './record-ref'

/** One thing to fix in the register (or the organisation profile) before publishing. */
export interface NoticeGap {
  code: string
  severity: Severity
  article: string
  message: Localised
  record: RecordRef
}

const activity = (id: string, name: string) => recordRef('activity', id, name)

function organisationGaps(model: NoticeModel): NoticeGap[] {
  const c = model.controller
  const ref = organisationRef(c.name)
  const gaps: NoticeGap[] = []
  if (!c.name.trim() || !(c.email.trim() || c.phone.trim())) {
    gaps.push({
      code: 'notice/gap-controller',
      severity: 'high',
      article: 'Art 13(1)(a)',
      message: {
        sv: 'Organisationens namn eller kontaktuppgifter saknas.',
        en: 'The organisation’s name or contact details are missing.',
      },
      record: ref,
    })
  }
  if (!model.dpo) {
    gaps.push({
      code: 'notice/gap-dpo',
      severity: 'medium',
      article: 'Art 13(1)(b), 37(7)',
      message: { sv: 'Inget dataskyddsombud är angivet.', en: 'No data protection officer is recorded.' },
      record: ref,
    })
  }
  return gaps
}

function purposeGaps(model: NoticeModel): NoticeGap[] {
  return model.purposes.flatMap((p): NoticeGap[] => {
    const ref = activity(p.activityId, p.activityName)
    if (p.legalBasis === null) {
      return [
        {
          code: 'notice/gap-basis',
          severity: 'high',
          article: 'Art 6(1), 13(1)(c)',
          message: {
            sv: `Rättslig grund saknas för ”${p.description}”.`,
            en: `No legal basis for “${p.description}”.`,
          },
          record: ref,
        },
      ]
    }
    if (p.legalBasis === 'f_legitimate_interests' && !p.legitimateInterest) {
      return [
        {
          code: 'notice/gap-interest',
          severity: 'high',
          article: 'Art 13(1)(d)',
          message: {
            sv: `Det berättigade intresset för ”${p.description}” är inte beskrivet.`,
            en: `The legitimate interest for “${p.description}” is not described.`,
          },
          record: ref,
        },
      ]
    }
    return []
  })
}

function activityGaps(model: NoticeModel): NoticeGap[] {
  const byActivity = new Map(model.purposes.map((p) => [p.activityId, p]))
  return [...byActivity.values()].flatMap((p): NoticeGap[] => {
    const ref = activity(p.activityId, p.activityName)
    const gaps: NoticeGap[] = []
    if (!p.retention.some((r) => r.words)) {
      gaps.push({
        code: 'notice/gap-retention',
        severity: 'medium',
        article: 'Art 13(2)(a)',
        message: {
          sv: `Lagringstid saknas för ”${p.activityName}”.`,
          en: `No retention period for “${p.activityName}”.`,
        },
        record: ref,
      })
    }
    if (!p.collectedFromDataSubject && !p.sources.length) {
      gaps.push({
        code: 'notice/gap-sources',
        severity: 'medium',
        article: 'Art 14(2)(f)',
        message: { sv: `Källan saknas för ”${p.activityName}”.`, en: `No source for “${p.activityName}”.` },
        record: ref,
      })
    }
    return gaps
  })
}

function transferGaps(model: NoticeModel, transfers: readonly TransferRecord[]): NoticeGap[] {
  const unrecorded = model.transfers
    .filter((t) => !t.transferId)
    .map((t): NoticeGap => ({
      code: 'notice/gap-transfer',
      severity: 'high',
      article: 'Art 13(1)(f), 30(1)(e)',
      message: {
        sv: `”${t.title}” överför uppgifter utanför EU/EES utan överföringspost (land, mottagare, skyddsåtgärd).`,
        en: `“${t.title}” transfers data outside the EU/EEA without a transfer record (country, recipient, safeguard).`,
      },
      record: activity(t.activityIds[0]!, t.title),
    }))
  const flagged = model.transfers.flatMap((t): NoticeGap[] => {
    const record = transfers.find((r) => r.id === t.transferId)
    if (!record || record.mechanism.kind !== 'derogation') return []
    const problems = checkTransferConsent(record.mechanism)
    if (!problems.length) return []
    return [
      {
        code: 'notice/gap-transfer-consent',
        severity: 'high',
        article: 'Art 49(1)(a); EDPB 2/2018',
        message: { sv: `”${t.title}”: ${problems[0]!.message.sv}`, en: `“${t.title}”: ${problems[0]!.message.en}` },
        record: recordRef('transfer', record.id, record.title),
      },
    ]
  })
  return [...unrecorded, ...flagged]
}

function profilingGaps(model: NoticeModel): NoticeGap[] {
  if (!model.profilingActivityIds.length) return []
  const first = model.purposes.find((p) => model.profilingActivityIds.includes(p.activityId))!
  return [
    {
      code: 'notice/gap-automated',
      severity: 'low',
      article: 'Art 13(2)(f), 22',
      message: {
        sv: 'Registret beskriver profilering men har inget fält för automatiserade beslut: bekräfta att notisens påstående (inga beslut enligt art. 22) stämmer.',
        en: 'The register describes profiling but has no field for automated decisions: confirm the notice’s statement (no Art 22 decisions) is true.',
      },
      record: activity(first.activityId, first.activityName),
    },
  ]
}

/** Everything to fix before the generated notice can be published, most severe first. */
export function noticeGaps(model: NoticeModel, sources: NoticeSources): NoticeGap[] {
  const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 }
  return [
    ...organisationGaps(model),
    ...purposeGaps(model),
    ...activityGaps(model),
    ...transferGaps(model, sources.transfers),
    ...profilingGaps(model),
  ].sort((a, b) => rank[a.severity] - rank[b.severity])
}
