/**
 * One answer of the LIA as plain lines of text in the DPO's language, for the side-by-side version comparison
 * and for printed reports. Plain text only: the UI escapes it, and no markup travels with a record.
 */
import {
  LIA_DATA_TYPE_LABELS,
  LIA_EXPECTATION_LABELS,
  LIA_INTEREST_HOLDER_LABELS,
  LIA_POWER_IMBALANCE_LABELS,
  LIA_RELATIONSHIP_LABELS,
  LIA_SUBJECT_GROUP_LABELS,
} from './lia.options'
import type { LiaAnswers, LiaQuestionId, LocalisedText } from './lia.schema'

/** A UI language. */
export type LiaLanguage = keyof LocalisedText

const W = {
  notAnswered: { sv: '(ej besvarad)', en: '(not answered)' },
  none: { sv: 'Inga', en: 'None' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  equallyEffective: { sv: 'lika effektivt', en: 'equally effective' },
  notEquallyEffective: { sv: 'inte lika effektivt', en: 'not equally effective' },
  rejected: { sv: 'valdes bort', en: 'rejected' },
  justified: { sv: 'motiverad', en: 'justified' },
  notJustified: { sv: 'inte motiverad', en: 'not justified' },
  people: { sv: 'personer', en: 'people' },
  records: { sv: 'poster', en: 'records' },
  duration: { sv: 'Tid', en: 'Duration' },
  combined: { sv: 'Samkörs med', en: 'Combined with' },
  evidence: { sv: 'Underlag', en: 'Evidence' },
  changedBy: { sv: 'Ändras av åtgärd', en: 'Changed by measure' },
  likelihood: { sv: 'sannolikhet', en: 'likelihood' },
  severity: { sv: 'allvar', en: 'severity' },
  mitigatedBy: { sv: 'åtgärd', en: 'measure' },
  measure: { sv: 'Åtgärd', en: 'Measure' },
  process: { sv: 'Rutin för invändningar', en: 'Objection process' },
  marketing: { sv: 'Direktmarknadsföring', en: 'Direct marketing' },
  optOut: { sv: 'Avanmälan', en: 'Opt-out' },
  reference: { sv: 'Hänvisning', en: 'Reference' },
  link: { sv: 'Länk', en: 'Link' },
  thirdParty: { sv: 'Tredje part', en: 'Third party' },
} satisfies Record<string, LocalisedText>

type Formatter<K extends LiaQuestionId> = (
  value: NonNullable<LiaAnswers[K]>,
  lang: LiaLanguage,
  a: LiaAnswers,
) => string[]

const yesNo = (v: boolean, lang: LiaLanguage): string => (v ? W.yes : W.no)[lang]

/** "Åtgärd 2" for a mitigation id, by its position in 3.7, so a reader can find it. */
function measureRefs(ids: readonly string[], a: LiaAnswers, lang: LiaLanguage): string {
  const list = a.mitigations ?? []
  return ids.map((id) => `${W.mitigatedBy[lang]} ${list.findIndex((m) => m.id === id) + 1 || '?'}`).join(', ')
}

const FORMATTERS: { [K in LiaQuestionId]?: Formatter<K> } = {
  interest: (v, lang) => [
    v.description,
    v.holder === 'third_party'
      ? `${W.thirdParty[lang]}: ${v.thirdPartyName}`
      : LIA_INTEREST_HOLDER_LABELS[v.holder][lang],
  ],
  howProcessingAchievesInterest: (v) => [v],
  lessIntrusiveAlternatives: (v, lang) => [
    ...v.alternatives.map(
      (alt) =>
        `• ${alt.description} (${(alt.equallyEffective ? W.equallyEffective : W.notEquallyEffective)[lang]})` +
        (alt.whyRejected ? ` – ${W.rejected[lang]}: ${alt.whyRejected}` : ''),
    ),
    ...(v.reasoning ? [v.reasoning] : []),
  ],
  dataCategoriesJustified: (v, lang) =>
    v.map(
      (c) =>
        `• ${c.category}: ${(c.justified ? W.justified : W.notJustified)[lang]}${c.justification ? ` – ${c.justification}` : ''}`,
    ),
  dataTypes: (v, lang) => (v.length === 0 ? [W.none[lang]] : v.map((t) => LIA_DATA_TYPE_LABELS[t][lang])),
  subjectGroups: (v, lang) => (v.length === 0 ? [W.none[lang]] : v.map((g) => LIA_SUBJECT_GROUP_LABELS[g][lang])),
  scale: (v, lang) => [
    `${v.approxPeople ?? '?'} ${W.people[lang]}, ${v.approxRecords ?? '?'} ${W.records[lang]}`,
    ...(v.duration ? [`${W.duration[lang]}: ${v.duration}`] : []),
    ...(v.combinedWith ? [`${W.combined[lang]}: ${v.combinedWith}`] : []),
  ],
  relationship: (v, lang) => [
    `${LIA_RELATIONSHIP_LABELS[v.kind][lang]} – ${LIA_POWER_IMBALANCE_LABELS[v.powerImbalance][lang]}`,
    ...(v.note ? [v.note] : []),
  ],
  reasonableExpectations: (v, lang, a) => [
    LIA_EXPECTATION_LABELS[v.answer][lang],
    ...(v.evidence ? [`${W.evidence[lang]}: ${v.evidence}`] : []),
    ...(v.changedByMitigationIds.length
      ? [`${W.changedBy[lang]}: ${measureRefs(v.changedByMitigationIds, a, lang)}`]
      : []),
  ],
  impacts: (v, lang, a) =>
    v.length === 0
      ? [W.none[lang]]
      : v.map(
          (i) =>
            `• ${i.description} (${W.likelihood[lang]} ${i.likelihood} × ${W.severity[lang]} ${i.severity} = ${i.likelihood * i.severity})` +
            (i.mitigatedBy.length ? ` – ${measureRefs(i.mitigatedBy, a, lang)}` : ''),
        ),
  mitigations: (v, lang) =>
    v.length === 0 ? [W.none[lang]] : v.map((m, i) => `${W.measure[lang]} ${i + 1}: ${m.description}`),
  objectionProcess: (v, lang) => [
    `${W.process[lang]}: ${yesNo(v.processInPlace, lang)}`,
    `${W.marketing[lang]}: ${yesNo(v.directMarketing, lang)}`,
    ...(v.directMarketing ? [`${W.optOut[lang]}: ${yesNo(v.marketingOptOut, lang)}`] : []),
    ...(v.ref ? [`${W.reference[lang]}: ${v.ref}`] : []),
  ],
  privacyNotice: (v, lang) => [yesNo(v.stated, lang), ...(v.link ? [`${W.link[lang]}: ${v.link}`] : [])],
}

/** The answer to one question as lines of text; booleans read yes/no, and an unanswered question says so. */
export function formatLiaAnswer(id: LiaQuestionId, answers: LiaAnswers, lang: LiaLanguage): string[] {
  const value = answers[id]
  if (value === null) return [W.notAnswered[lang]]
  if (typeof value === 'boolean') return [yesNo(value, lang)]
  const format = FORMATTERS[id] as Formatter<LiaQuestionId> | undefined
  // Every non-boolean question has a formatter; the fallback only guards a question added without one.
  return format ? format(value, lang, answers) : [JSON.stringify(value)]
}
