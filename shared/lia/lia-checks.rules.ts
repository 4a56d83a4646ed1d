/**
 * Register checks about legitimate interests: domain-reference §9 checks 9, 10, 12 and 13. They read a minimal
 * structural view of a processing activity, so this module does not depend on the register module; any record
 * with these fields can be checked.
 */
import { effectiveOutcome, isReviewDue, liaReviewDate } from './lia.rules'
import type { LegitimateInterestAssessment, LocalisedText } from './lia.schema'

/** The Art 6(1)(f) code as the register stores it (domain-reference §1.4). */
export const LEGITIMATE_INTERESTS = 'f_legitimate_interests'

/** One purpose of an activity, as far as these checks need it. */
export interface LiaCheckPurpose {
  id: string
  legalBasis: string | null
  description: string
  /** Set by the register if it records direct marketing per purpose; the LIA's 3.8 answer also counts. */
  directMarketing?: boolean
}

/** The fields of a processing activity these checks read. */
export interface LiaCheckActivity {
  id: string
  name: string
  purposes: LiaCheckPurpose[]
  /** ISO timestamp of the activity's last change. */
  updatedAt: string
  dataSubjectCategories: string[]
}

/** A problem for the DPO, with what to do about it (shape shared by all §9 checks). */
export interface LiaFinding {
  code: string
  article: string
  severity: 'high' | 'medium' | 'low'
  message: LocalisedText
  fix: LocalisedText
  activityId: string
  purposeId?: string
  liaId?: string
}

type Lia = LegitimateInterestAssessment

const isLegitimateInterest = (p: LiaCheckPurpose): boolean => p.legalBasis === LEGITIMATE_INTERESTS

/**
 * The LIA that currently covers a purpose: one naming the purpose, or naming the activity with no purposes
 * (meaning all of them). Several may exist; the most recently changed one is the current assessment.
 */
export function liaForPurpose(activityId: string, purposeId: string, lias: readonly Lia[]): Lia | null {
  const covering = lias.filter(
    (l) => l.purposeIds.includes(purposeId) || (l.purposeIds.length === 0 && l.activityIds.includes(activityId)),
  )
  covering.sort((x, y) => Date.parse(y.updatedAt) - Date.parse(x.updatedAt))
  return covering[0] ?? null
}

/** The (f) purposes of the activity, each with its current LIA. */
function liPurposes(activity: LiaCheckActivity, lias: readonly Lia[]): { purpose: LiaCheckPurpose; lia: Lia | null }[] {
  return activity.purposes
    .filter(isLegitimateInterest)
    .map((purpose) => ({ purpose, lia: liaForPurpose(activity.id, purpose.id, lias) }))
}

const where = (activity: LiaCheckActivity, purpose: LiaCheckPurpose): LocalisedText => ({
  sv: `Ändamålet "${purpose.description}" i "${activity.name}"`,
  en: `Purpose "${purpose.description}" in "${activity.name}"`,
})

type FindingText = Pick<LiaFinding, 'message' | 'fix'>

/** Messages per finding code; `at` names the purpose or activity the finding is about. */
const TEXTS = {
  lia_missing: (at: LocalisedText): FindingText => ({
    message: {
      sv: `${at.sv} bygger på berättigat intresse men saknar intresseavvägning.`,
      en: `${at.en} relies on legitimate interests but has no LIA.`,
    },
    fix: {
      sv: 'Gör en intresseavvägning innan behandlingen börjar, eller byt rättslig grund.',
      en: 'Carry out an LIA before the processing starts, or change the legal basis.',
    },
  }),
  lia_fails: (at: LocalisedText): FindingText => ({
    message: {
      sv: `${at.sv}: intresseavvägningen underkänner behandlingen.`,
      en: `${at.en}: the LIA fails the processing.`,
    },
    fix: {
      sv: 'Upphör med behandlingen, ändra den eller välj en annan rättslig grund.',
      en: 'Stop or change the processing, or choose another legal basis.',
    },
  }),
  lia_incomplete: (at: LocalisedText): FindingText => ({
    message: { sv: `${at.sv}: intresseavvägningen är inte färdig.`, en: `${at.en}: the LIA is not complete.` },
    fix: {
      sv: 'Besvara de återstående frågorna i intresseavvägningen.',
      en: 'Answer the remaining questions of the LIA.',
    },
  }),
  lia_not_signed_off: (at: LocalisedText): FindingText => ({
    message: {
      sv: `${at.sv}: intresseavvägningen är inte godkänd av dataskyddsombudet.`,
      en: `${at.en}: the LIA has not been signed off by the DPO.`,
    },
    fix: { sv: 'Granska och godkänn intresseavvägningen.', en: 'Review and sign off the LIA.' },
  }),
  lia_review_due: (name: string, due: string): FindingText => ({
    message: {
      sv: `Intresseavvägningen för "${name}" skulle ha omprövats senast ${due}.`,
      en: `The LIA for "${name}" was due for review on ${due}.`,
    },
    fix: { sv: 'Ompröva intresseavvägningen och spara en ny version.', en: 'Review the LIA and save a new version.' },
  }),
  lia_outdated_by_change: (name: string): FindingText => ({
    message: {
      sv: `"${name}" har ändrats efter att intresseavvägningen godkändes.`,
      en: `"${name}" changed after its LIA was signed off.`,
    },
    fix: {
      sv: 'Kontrollera om ändringen påverkar ändamål, uppgifter eller mottagare och ompröva i så fall intresseavvägningen.',
      en: 'Check whether the change affects purposes, data or recipients, and if so review the LIA.',
    },
  }),
  lia_children_unmitigated: (at: LocalisedText): FindingText => ({
    message: {
      sv: `${at.sv} rör barn men inga skyddsåtgärder finns dokumenterade.`,
      en: `${at.en} concerns children but no mitigations are recorded.`,
    },
    fix: {
      sv: 'Dokumentera skyddsåtgärder för barnen i intresseavvägningen (fråga 3.7), eller välj en annan rättslig grund.',
      en: 'Record mitigations for the children in the LIA (question 3.7), or choose another legal basis.',
    },
  }),
  marketing_without_opt_out: (at: LocalisedText): FindingText => ({
    message: {
      sv: `${at.sv} är direktmarknadsföring utan dokumenterad rutin för invändning och avanmälan.`,
      en: `${at.en} is direct marketing without a recorded objection and opt-out process.`,
    },
    fix: {
      sv: 'Erbjud en ovillkorlig avanmälan, informera om rätten senast vid första kontakten och dokumentera det i fråga 3.8.',
      en: 'Provide an unconditional opt-out, state the right at the latest at first contact, and record it under question 3.8.',
    },
  }),
} as const

/** Which finding check 9 gives for an LIA, if any. */
function completionProblem(lia: Lia): 'lia_fails' | 'lia_incomplete' | 'lia_not_signed_off' | null {
  const outcome = effectiveOutcome(lia).outcome
  if (outcome === 'fails') return 'lia_fails'
  if (outcome === 'incomplete') return 'lia_incomplete'
  return lia.status === 'signed_off' ? null : 'lia_not_signed_off'
}

/** §9 check 9: an Art 6(1)(f) purpose needs a completed, signed-off LIA that does not fail. */
export function checkLiaCompleted(activity: LiaCheckActivity, lias: readonly Lia[]): LiaFinding[] {
  return liPurposes(activity, lias).flatMap(({ purpose, lia }): LiaFinding[] => {
    const at = where(activity, purpose)
    const base = { article: 'Art 6(1)(f); EDPB 1/2024', activityId: activity.id, purposeId: purpose.id }
    if (lia === null) return [{ ...base, code: 'lia_missing', severity: 'high', ...TEXTS.lia_missing(at) }]
    const code = completionProblem(lia)
    if (code === null) return []
    const severity = code === 'lia_not_signed_off' ? 'medium' : 'high'
    return [{ ...base, liaId: lia.id, code, severity, ...TEXTS[code](at) }]
  })
}

/** The moment the LIA was last settled: its sign-off, or its last edit while a draft. */
const settledAt = (lia: Lia): string => lia.signOff?.at ?? lia.updatedAt

/** §9 check 10: a signed-off LIA past its review date, or older than the last change to its activity. */
export function checkLiaFresh(activity: LiaCheckActivity, lias: readonly Lia[], today: string): LiaFinding[] {
  // One LIA often covers several purposes of the activity; report it once.
  const signedOff = new Map<string, Lia>()
  for (const { lia } of liPurposes(activity, lias)) if (lia?.status === 'signed_off') signedOff.set(lia.id, lia)
  return [...signedOff.values()].flatMap((lia) => {
    const base = { article: 'Art 5(2)', severity: 'medium' as const, activityId: activity.id, liaId: lia.id }
    const out: LiaFinding[] = []
    if (isReviewDue(lia, today)) {
      const texts = TEXTS.lia_review_due(activity.name, liaReviewDate(lia) ?? '')
      out.push({ ...base, code: 'lia_review_due', ...texts })
    }
    if (Date.parse(activity.updatedAt) > Date.parse(settledAt(lia))) {
      out.push({ ...base, code: 'lia_outdated_by_change', ...TEXTS.lia_outdated_by_change(activity.name) })
    }
    return out
  })
}

/**
 * Children among the subject categories: the LIA's 3.2 answer, or words in the register's free-text
 * categories. Swedish compounds end in "barn" (skolbarn, förskolebarn), so it is matched anywhere.
 */
const CHILD_WORDS = /barn|child|minderårig|\b(minors?|elev(er)?|pupils?)\b/i

/** §9 check 12: legitimate interests with children's data and no mitigation recorded. */
export function checkChildrenMitigated(activity: LiaCheckActivity, lias: readonly Lia[]): LiaFinding[] {
  const registerSaysChildren = activity.dataSubjectCategories.some((c) => CHILD_WORDS.test(c))
  return liPurposes(activity, lias).flatMap(({ purpose, lia }): LiaFinding[] => {
    const children = registerSaysChildren || (lia?.answers.subjectGroups?.includes('children') ?? false)
    if (!children || (lia?.answers.mitigations?.length ?? 0) > 0) return []
    const refs = { activityId: activity.id, purposeId: purpose.id, ...(lia ? { liaId: lia.id } : {}) }
    const texts = TEXTS.lia_children_unmitigated(where(activity, purpose))
    return [{ code: 'lia_children_unmitigated', article: 'Art 6(1)(f)', severity: 'high', ...refs, ...texts }]
  })
}

/** §9 check 13: direct marketing on legitimate interests without an objection process and opt-out. */
export function checkMarketingOptOut(activity: LiaCheckActivity, lias: readonly Lia[]): LiaFinding[] {
  return liPurposes(activity, lias).flatMap(({ purpose, lia }): LiaFinding[] => {
    const process = lia?.answers.objectionProcess ?? null
    const marketing = purpose.directMarketing === true || process?.directMarketing === true
    if (!marketing || (process?.processInPlace === true && process.marketingOptOut)) return []
    const refs = { activityId: activity.id, purposeId: purpose.id, ...(lia ? { liaId: lia.id } : {}) }
    const texts = TEXTS.marketing_without_opt_out(where(activity, purpose))
    return [{ code: 'marketing_without_opt_out', article: 'Art 21(2)–(4)', severity: 'high', ...refs, ...texts }]
  })
}

/** Checks 9, 10, 12 and 13 for one activity. */
export function checkLegitimateInterests(
  activity: LiaCheckActivity,
  lias: readonly Lia[],
  today: string,
): LiaFinding[] {
  return [
    ...checkLiaCompleted(activity, lias),
    ...checkLiaFresh(activity, lias, today),
    ...checkChildrenMitigated(activity, lias),
    ...checkMarketingOptOut(activity, lias),
  ]
}
