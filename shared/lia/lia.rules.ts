/**
 * Deriving an LIA's outcome from its answers, following the suggested rules of domain-reference §2.2, and the
 * small rules around it (override, review date).
 */
import type {
  LegitimateInterestAssessment,
  LiaAnswers,
  LiaDerivation,
  LiaOutcome,
  LiaOverride,
  LiaQuestionId,
  LiaReason,
  LocalisedText,
} from './lia.schema'
import { LIA_QUESTIONS } from './lia.questions'

/** domain-reference §2.2: an impact with likelihood × severity at or above this needs a mitigation. */
export const HIGH_RISK_SCORE = 9
/**
 * Severity from which an impact on children makes the LIA fail (§2.2 "children with high-severity impact").
 * On the 1–4 scale, 3 ("significant") and 4 ("maximum") are the high half.
 */
export const HIGH_SEVERITY = 3
/** §2.2: re-review at least yearly (suggested). */
export const DEFAULT_REVIEW_MONTHS = 12

/** How bad an outcome is, for comparisons: a higher rank is never an improvement. */
export const LIA_OUTCOME_RANK: Readonly<Record<LiaOutcome, number>> = {
  passes: 0,
  passes_with_mitigations: 1,
  incomplete: 2,
  fails: 3,
}

const reason = (code: string, text: LocalisedText, questionId?: LiaQuestionId): LiaReason =>
  questionId === undefined ? { code, text } : { code, text, questionId }

const mitigationIds = (a: LiaAnswers): Set<string> => new Set((a.mitigations ?? []).map((m) => m.id))

/** One "fails if" rule of §2.2: the answer it reads, and the message shown when it holds. */
interface FailureRule {
  code: string
  questionId: LiaQuestionId
  holds: (a: LiaAnswers) => boolean
  text: LocalisedText
}

/** §2.2 "fails if", in questionnaire order. Each holds whatever else is answered, so a failure is final. */
const FAILURE_RULES: readonly FailureRule[] = [
  {
    // Art 6(1) last subparagraph: (f) is not available to public authorities for their tasks.
    code: 'public_authority_task',
    questionId: 'publicAuthorityTask',
    holds: (a) => a.publicAuthorityTask === true,
    text: {
      sv: 'Myndigheter får inte använda berättigat intresse för sina uppgifter (art. 6.1 sista stycket).',
      en: 'Public authorities may not rely on legitimate interests for their tasks (Art 6(1), last subparagraph).',
    },
  },
  {
    code: 'interest_not_lawful',
    questionId: 'interestLawful',
    holds: (a) => a.interestLawful === false,
    text: { sv: 'Intresset är inte lagligt.', en: 'The interest is not lawful.' },
  },
  {
    code: 'interest_not_precise',
    questionId: 'interestPreciselyArticulated',
    holds: (a) => a.interestPreciselyArticulated === false,
    text: {
      sv: 'Intresset är inte klart och precist formulerat.',
      en: 'The interest is not clearly and precisely articulated.',
    },
  },
  {
    code: 'interest_not_real',
    questionId: 'interestRealAndPresent',
    holds: (a) => a.interestRealAndPresent === false,
    text: {
      sv: 'Intresset är inte verkligt och aktuellt, bara spekulativt.',
      en: 'The interest is not real and present, only speculative.',
    },
  },
  {
    code: 'less_intrusive_alternative',
    questionId: 'lessIntrusiveAlternatives',
    holds: (a) => a.lessIntrusiveAlternatives?.alternatives.some((alt) => alt.equallyEffective) ?? false,
    text: {
      sv: 'Det finns ett lika effektivt, mindre ingripande alternativ, så behandlingen är inte nödvändig.',
      en: 'An equally effective, less intrusive alternative exists, so the processing is not necessary.',
    },
  },
  {
    code: 'not_expected',
    questionId: 'reasonableExpectations',
    holds: isUnexpectedWithoutMitigation,
    text: {
      sv: 'De registrerade kan inte rimligen förvänta sig behandlingen och ingen åtgärd ändrar det (skäl 47).',
      en: 'Data subjects cannot reasonably expect the processing and no mitigation changes that (Recital 47).',
    },
  },
  {
    code: 'children_high_severity',
    questionId: 'impacts',
    holds: (a) =>
      (a.subjectGroups?.includes('children') ?? false) && (a.impacts ?? []).some((i) => i.severity >= HIGH_SEVERITY),
    text: {
      sv: 'Barn berörs och minst en konsekvens har hög allvarlighetsgrad; barns intressen väger tyngre.',
      en: 'Children are affected and at least one impact has high severity; children’s interests weigh more.',
    },
  },
]

function isUnexpectedWithoutMitigation(a: LiaAnswers): boolean {
  const expectations = a.reasonableExpectations
  if (expectations?.answer !== 'no') return false
  // Only a mitigation that exists in 3.7 counts; a dangling id is not a safeguard.
  const known = mitigationIds(a)
  return !expectations.changedByMitigationIds.some((id) => known.has(id))
}

/** Reasons that make the LIA fail outright (§2.2 "fails if"). */
export function failureReasons(a: LiaAnswers): LiaReason[] {
  return FAILURE_RULES.filter((rule) => rule.holds(a)).map((rule) => reason(rule.code, rule.text, rule.questionId))
}

const NO_OBJECTION_PROCESS: LocalisedText = {
  sv: 'Det finns ingen rutin för invändningar enligt art. 21.',
  en: 'There is no process for Art 21 objections.',
}
const NO_MARKETING_OPT_OUT: LocalisedText = {
  sv: 'Direktmarknadsföring utan möjlighet att avanmäla sig (art. 21.2–21.3).',
  en: 'Direct marketing without an opt-out (Art 21(2)–(3)).',
}
const NOT_IN_PRIVACY_NOTICE: LocalisedText = {
  sv: 'Intresset anges inte i integritetspolicyn (art. 13.1 d / 14.2 b).',
  en: 'The interest is not stated in the privacy notice (Art 13(1)(d) / 14(2)(b)).',
}

/** High-risk impacts (likelihood × severity ≥ 9) that no existing mitigation in 3.7 covers. */
function unmitigatedImpactReasons(a: LiaAnswers): LiaReason[] {
  const known = mitigationIds(a)
  return (a.impacts ?? []).flatMap((impact, index) => {
    const score = impact.likelihood * impact.severity
    if (score < HIGH_RISK_SCORE || impact.mitigatedBy.some((id) => known.has(id))) return []
    const text = {
      sv: `Konsekvens ${index + 1} har riskvärde ${score} (≥ ${HIGH_RISK_SCORE}) men ingen skyddsåtgärd.`,
      en: `Impact ${index + 1} has risk score ${score} (≥ ${HIGH_RISK_SCORE}) but no mitigation.`,
    }
    return [reason(`impact_unmitigated:${index}`, text, 'impacts')]
  })
}

/** Everything that must be mitigated for the LIA to pass (§2.2 "needs mitigation if"). */
export function mitigationReasons(a: LiaAnswers): LiaReason[] {
  const out = unmitigatedImpactReasons(a)
  if (a.objectionProcess?.processInPlace === false) {
    out.push(reason('no_objection_process', NO_OBJECTION_PROCESS, 'objectionProcess'))
  }
  if (a.objectionProcess?.directMarketing === true && !a.objectionProcess.marketingOptOut) {
    out.push(reason('no_marketing_opt_out', NO_MARKETING_OPT_OUT, 'objectionProcess'))
  }
  if (a.privacyNotice?.stated === false) {
    out.push(reason('not_in_privacy_notice', NOT_IN_PRIVACY_NOTICE, 'privacyNotice'))
  }
  // Not in §2.2's list: an unjustified data category breaks minimisation, which is cured by dropping it.
  for (const c of (a.dataCategoriesJustified ?? []).filter((d) => !d.justified)) {
    const text = {
      sv: `Uppgiftskategorin "${c.category}" är inte motiverad; ta bort den eller motivera den.`,
      en: `Data category "${c.category}" is not justified; drop it or justify it.`,
    }
    out.push(reason(`category_not_justified:${c.category}`, text, 'dataCategoriesJustified'))
  }
  return out
}

/** Whether one required answer is given; lists may be empty where "none" is a real answer. */
export function isAnswered(a: LiaAnswers, id: LiaQuestionId): boolean {
  switch (id) {
    case 'interest':
      return (
        a.interest !== null &&
        a.interest.description.trim() !== '' &&
        (a.interest.holder === 'controller' || a.interest.thirdPartyName.trim() !== '')
      )
    case 'howProcessingAchievesInterest':
      return (a.howProcessingAchievesInterest ?? '').trim() !== ''
    case 'lessIntrusiveAlternatives': {
      const alt = a.lessIntrusiveAlternatives
      return alt !== null && (alt.alternatives.length > 0 || alt.reasoning.trim() !== '')
    }
    // Someone's data and at least one impact must be named: an LIA that lists none has not been thought through.
    case 'dataCategoriesJustified':
    case 'subjectGroups':
    case 'impacts':
      return (a[id]?.length ?? 0) > 0
    default:
      return a[id] !== null
  }
}

/** The questions still unanswered, in questionnaire order. */
export function missingAnswers(a: LiaAnswers): LiaQuestionId[] {
  return LIA_QUESTIONS.filter((q) => q.required && !isAnswered(a, q.id)).map((q) => q.id)
}

/**
 * The outcome the answers lead to (§2.2). A failure is final even on a draft, since no further answer can
 * cure it; otherwise missing answers make it `incomplete`; then any required mitigation; else `passes`.
 */
export function deriveLiaOutcome(a: LiaAnswers): LiaDerivation {
  const requiredMitigations = mitigationReasons(a)
  const failures = failureReasons(a)
  if (failures.length > 0) return { outcome: 'fails', reasons: failures, requiredMitigations }
  const missing = missingAnswers(a)
  if (missing.length > 0) {
    const byId = new Map(LIA_QUESTIONS.map((q) => [q.id, q.number]))
    const reasons = missing.map((id) => {
      const text = { sv: `Fråga ${byId.get(id)} är inte besvarad.`, en: `Question ${byId.get(id)} is not answered.` }
      return reason(`missing_answer:${id}`, text, id)
    })
    return { outcome: 'incomplete', reasons, requiredMitigations }
  }
  if (requiredMitigations.length > 0) {
    return { outcome: 'passes_with_mitigations', reasons: requiredMitigations, requiredMitigations }
  }
  return { outcome: 'passes', reasons: [], requiredMitigations }
}

/** The outcome that counts, with both the derived one and the DPO's override kept for display. */
export interface EffectiveLiaOutcome {
  outcome: LiaOutcome
  derived: LiaDerivation
  override: LiaOverride | null
  /** True when the override says something other than the rules. */
  overridden: boolean
}

/** The override wins, because the DPO is accountable (Art 5(2)); the derived outcome stays visible beside it. */
export function effectiveOutcome(
  lia: Pick<LegitimateInterestAssessment, 'answers' | 'outcomeOverride'>,
): EffectiveLiaOutcome {
  const derived = deriveLiaOutcome(lia.answers)
  const override = lia.outcomeOverride
  const outcome = override?.outcome ?? derived.outcome
  return { outcome, derived, override, overridden: override !== null && override.outcome !== derived.outcome }
}

/** The calendar date (Swedish time) of an ISO timestamp, so a sign-off at 00:30 CET counts on that day. */
function stockholmDate(isoDateTime: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(isoDateTime))
}

/** `date` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToIsoDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`
}

/** When the LIA is next due for review: the set date, else a year after sign-off; null for an unsigned draft. */
export function liaReviewDate(lia: Pick<LegitimateInterestAssessment, 'nextReviewOn' | 'signOff'>): string | null {
  if (lia.nextReviewOn !== null) return lia.nextReviewOn
  if (lia.signOff === null) return null
  return addMonthsToIsoDate(stockholmDate(lia.signOff.at), DEFAULT_REVIEW_MONTHS)
}

/** True on and after the review date (`today` is an ISO date; ISO dates compare as strings). */
export function isReviewDue(
  lia: Pick<LegitimateInterestAssessment, 'nextReviewOn' | 'signOff'>,
  today: string,
): boolean {
  const due = liaReviewDate(lia)
  return due !== null && due <= today
}
