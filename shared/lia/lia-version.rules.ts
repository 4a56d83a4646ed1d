/**
 * LIA versions: the snapshot taken when an LIA is saved as a new version, and the answer-by-answer comparison
 * the side-by-side view shows. §2.2 asks for every LIA to be versioned; IMY may ask what was decided when.
 */
import { canonicalJson, newId } from '../kernel'
import { LIA_QUESTIONS } from './lia.questions'
import { deriveLiaOutcome } from './lia.rules'
import type { LegitimateInterestAssessment, LiaAnswers, LiaQuestionId, LiaVersion } from './lia.schema'

/**
 * A frozen snapshot of the LIA as it is now, with the outcome derived now, so a later change to the rules
 * never rewrites what a past version concluded.
 */
export function takeLiaVersion(lia: LegitimateInterestAssessment, savedBy: string, now: Date): LiaVersion {
  // structuredClone detaches the snapshot from the live record the form keeps editing.
  const snapshot: LiaVersion = {
    id: newId(),
    liaId: lia.id,
    version: lia.version,
    activityIds: structuredClone(lia.activityIds),
    purposeIds: structuredClone(lia.purposeIds),
    answers: structuredClone(lia.answers),
    derived: deriveLiaOutcome(lia.answers),
    outcomeOverride: structuredClone(lia.outcomeOverride),
    signOff: structuredClone(lia.signOff),
    savedBy,
    savedAt: now.toISOString(),
  }
  return deepFreeze(snapshot)
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const member of Object.values(value)) deepFreeze(member)
    Object.freeze(value)
  }
  return value
}

/** One answer that differs between two versions. */
export interface LiaAnswerChange {
  questionId: LiaQuestionId
  /** The question number shown to the DPO, e.g. `3.6`. */
  number: string
  before: LiaAnswers[LiaQuestionId]
  after: LiaAnswers[LiaQuestionId]
}

/**
 * The answers that changed from `a` to `b`, in questionnaire order. Compared as canonical JSON so key order
 * (from IndexedDB or a backup file) is never reported as a change.
 */
export function diffLiaVersions(a: { answers: LiaAnswers }, b: { answers: LiaAnswers }): LiaAnswerChange[] {
  return LIA_QUESTIONS.filter((q) => canonicalJson(a.answers[q.id]) !== canonicalJson(b.answers[q.id])).map((q) => ({
    questionId: q.id,
    number: q.number,
    before: a.answers[q.id],
    after: b.answers[q.id],
  }))
}
