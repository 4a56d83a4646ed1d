/**
 * Which Art 6(1)(f) purposes are covered by a passed LIA (domain-reference §2.1: the assessment is documented
 * before the processing, and §9 check 9). The register list, the activity panel and the checks ask the same
 * question, so it is answered once here, from a minimal structural view of an activity.
 */
import { LEGITIMATE_INTERESTS, liaForPurpose } from './lia-checks.rules'
import { effectiveOutcome, isReviewDue, liaReviewDate } from './lia.rules'
import type { LegitimateInterestAssessment, LiaOutcome } from './lia.schema'

type Lia = LegitimateInterestAssessment

/**
 * Where a purpose stands: no LIA; an LIA being drafted (or re-drafted as a new version); signed off as
 * failing; signed off as passing but past its review date; or passed.
 */
export type LiaCoverage = 'none' | 'draft' | 'fails' | 'review_due' | 'passes'

/** The fields of an activity these rules read. */
export interface LiaCoverageActivity {
  id: string
  name: string
  purposes: { id: string; description: string; legalBasis: string | null }[]
}

/** One (f) purpose and its LIA status. */
export interface PurposeLiaCoverage {
  activityId: string
  purposeId: string
  purposeDescription: string
  lia: Lia | null
  coverage: LiaCoverage
  /** The signed outcome, or for a draft the outcome its answers lead to now; null without an LIA. */
  outcome: LiaOutcome | null
  /** When the LIA is next due for review; null for a draft never signed. */
  reviewOn: string | null
}

/** The coverage one LIA gives, on `today` (ISO date). */
export function liaCoverage(
  lia: Lia | null,
  today: string,
): Pick<PurposeLiaCoverage, 'coverage' | 'outcome' | 'reviewOn'> {
  if (lia === null) return { coverage: 'none', outcome: null, reviewOn: null }
  const reviewOn = liaReviewDate(lia)
  if (lia.status === 'draft' || lia.signOff === null) {
    return { coverage: 'draft', outcome: effectiveOutcome(lia).outcome, reviewOn }
  }
  // The signed outcome is the decision on record; the answers cannot have changed since (edits re-open).
  const outcome = lia.signOff.outcome
  if (outcome === 'fails') return { coverage: 'fails', outcome, reviewOn }
  return { coverage: isReviewDue(lia, today) ? 'review_due' : 'passes', outcome, reviewOn }
}

/** A passed LIA: signed off, passing (with or without mitigations), and not past its review date. */
export function hasPassedLia(lia: Lia | null, today: string): boolean {
  return liaCoverage(lia, today).coverage === 'passes'
}

/** Every Art 6(1)(f) purpose of the activity with its current LIA and where it stands. */
export function legitimateInterestCoverage(
  activity: LiaCoverageActivity,
  lias: readonly Lia[],
  today: string,
): PurposeLiaCoverage[] {
  return activity.purposes
    .filter((p) => p.legalBasis === LEGITIMATE_INTERESTS)
    .map((p) => {
      const lia = liaForPurpose(activity.id, p.id, lias)
      return {
        activityId: activity.id,
        purposeId: p.id,
        purposeDescription: p.description,
        lia,
        ...liaCoverage(lia, today),
      }
    })
}

/**
 * The register's "(f) without a passed LIA" fact: the activity's Art 6(1)(f) purposes whose current LIA is
 * missing, still a draft, failing, or due for review. Empty when every (f) purpose is covered.
 */
export function purposesWithoutPassedLia(
  activity: LiaCoverageActivity,
  lias: readonly Lia[],
  today: string,
): PurposeLiaCoverage[] {
  return legitimateInterestCoverage(activity, lias, today).filter((c) => c.coverage !== 'passes')
}

/**
 * A name for an LIA in lists: the purposes it covers, else its activities, else its interest. The LIA has no
 * title of its own because what it assesses is the purpose; a separate title could drift from it.
 */
export function liaDisplayName(
  lia: Pick<Lia, 'activityIds' | 'purposeIds' | 'answers'>,
  activities: readonly Pick<LiaCoverageActivity, 'id' | 'name' | 'purposes'>[],
): string {
  const linked = activities.filter((a) => lia.activityIds.includes(a.id))
  const purposes = linked.flatMap((a) => a.purposes).filter((p) => lia.purposeIds.includes(p.id))
  const names = purposes.length > 0 ? purposes.map((p) => p.description) : linked.map((a) => a.name)
  const named = names.filter((n) => n.trim() !== '')
  if (named.length > 0) return named.join(' · ')
  const interest = lia.answers.interest?.description.trim() ?? ''
  return interest.length > 80 ? `${interest.slice(0, 79)}…` : interest
}
