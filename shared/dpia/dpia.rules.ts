/**
 * DPIA screening rules (Art 35) and the register check "DPIA required but none referenced".
 * WP248: two or more criteria → DPIA required (it says "in most cases"; the app takes the safe reading);
 * one → recommended, so the DPO records why not; an Art 35(3) case or an IMY-list item → required.
 */
import { ART35_3_CASES, IMY_DPIA_LIST, WP248_CRITERIA } from './dpia.criteria'
import {
  Wp248CriterionSchema,
  type DpiaReason,
  type DpiaResult,
  type DpiaScreeningAnswers,
  type DpiaText,
  type Wp248Criterion,
} from './dpia.schema'

/** WP248: processing meeting this many criteria is treated as likely high risk. */
export const WP248_REQUIRED_COUNT = 2

/** How strong a result is, for comparisons: more answers ticked never lowers it. */
export const DPIA_RESULT_RANK: Readonly<Record<DpiaResult, number>> = { not_required: 0, recommended: 1, required: 2 }

/** What `screenDpia` returns. */
export interface DpiaScreeningOutcome {
  result: DpiaResult
  reasons: DpiaReason[]
}

/** The criteria marked as met, in WP248 order. */
export function metCriteria(answers: DpiaScreeningAnswers): Wp248Criterion[] {
  return Wp248CriterionSchema.options.filter((c) => answers.criteria[c].met)
}

const listOf = (criteria: Wp248Criterion[], lang: keyof DpiaText): string =>
  criteria.map((c) => WP248_CRITERIA[c].label[lang].toLowerCase()).join('; ')

/** The reason given for the WP248 count, whichever band it falls in. */
function criteriaReason(met: Wp248Criterion[]): DpiaReason {
  if (met.length >= WP248_REQUIRED_COUNT) {
    const text = {
      sv: `${met.length} av WP248:s nio kriterier är uppfyllda (${listOf(met, 'sv')}); två eller fler innebär hög risk.`,
      en: `${met.length} of the nine WP248 criteria are met (${listOf(met, 'en')}); two or more mean high risk.`,
    }
    return { code: 'wp248_two_or_more', text }
  }
  if (met.length === 1) {
    const text = {
      sv: `Ett av WP248:s kriterier är uppfyllt (${listOf(met, 'sv')}); gör en konsekvensbedömning eller dokumentera varför inte.`,
      en: `One WP248 criterion is met (${listOf(met, 'en')}); carry out a DPIA or record why not.`,
    }
    return { code: 'wp248_one', text }
  }
  return {
    code: 'wp248_none',
    text: { sv: 'Inget av WP248:s kriterier är uppfyllt.', en: 'None of the WP248 criteria is met.' },
  }
}

/** Reasons from the Art 35(3) cases and IMY-list items ticked; each alone requires a DPIA. */
function mandatoryReasons(answers: DpiaScreeningAnswers): DpiaReason[] {
  const art35 = [...new Set(answers.art35_3)].map((c) => {
    const item = ART35_3_CASES[c]
    return {
      code: `art35_3:${c}`,
      text: { sv: `${item.source}: ${item.label.sv}.`, en: `${item.source}: ${item.label.en}.` },
    }
  })
  const imy = [...new Set(answers.imyListItems)].map((i) => {
    const item = IMY_DPIA_LIST[i]
    return {
      code: `imy_list:${i}`,
      text: { sv: `IMY:s förteckning (art. 35.4): ${item.label.sv}.`, en: `IMY’s list (Art 35(4)): ${item.label.en}.` },
    }
  })
  return [...art35, ...imy]
}

/** Screens one activity for a DPIA (Art 35(1), (3), (4); WP248). */
export function screenDpia(answers: DpiaScreeningAnswers): DpiaScreeningOutcome {
  const met = metCriteria(answers)
  const mandatory = mandatoryReasons(answers)
  const reasons = [...mandatory, criteriaReason(met)]
  if (mandatory.length > 0 || met.length >= WP248_REQUIRED_COUNT) return { result: 'required', reasons }
  return { result: met.length === 1 ? 'recommended' : 'not_required', reasons }
}

/** The register's DPIA field (domain-reference §1.4): `not_needed` + reason | `needed_not_started` | … */
export interface DpiaRegisterEntry {
  status: 'not_needed' | 'needed_not_started' | 'in_progress' | 'done'
  reason?: string
  link?: string
}

/** The fields of a processing activity the DPIA check reads. */
export interface DpiaCheckActivity {
  id: string
  name: string
  dpia: DpiaRegisterEntry | null
}

/** A problem for the DPO, with what to do about it (shape shared by all §9 checks). */
export interface DpiaFinding {
  code: string
  article: string
  severity: 'high' | 'medium' | 'low'
  message: DpiaText
  fix: DpiaText
  activityId: string
  screeningId?: string
}

type DpiaProblem = 'dpia_required_not_referenced' | 'dpia_required_not_started' | 'dpia_done_without_reference'

/** Which problem, if any, the register entry has once a DPIA is required. */
function registerProblem(entry: DpiaRegisterEntry | null): DpiaProblem | null {
  if (entry === null || entry.status === 'not_needed') return 'dpia_required_not_referenced'
  if (entry.status === 'needed_not_started') return 'dpia_required_not_started'
  if (entry.status === 'done' && (entry.link ?? '').trim() === '') return 'dpia_done_without_reference'
  return null
}

const TEXTS: Readonly<Record<DpiaProblem, (name: string) => Pick<DpiaFinding, 'message' | 'fix'>>> = {
  dpia_required_not_referenced: (name) => ({
    message: {
      sv: `Screeningen visar att "${name}" kräver en konsekvensbedömning, men registret hänvisar inte till någon.`,
      en: `Screening shows "${name}" requires a DPIA, but the register references none.`,
    },
    fix: {
      sv: 'Gör en konsekvensbedömning före behandlingen och länka den i registret.',
      en: 'Carry out a DPIA before the processing and link it in the register.',
    },
  }),
  dpia_required_not_started: (name) => ({
    message: {
      sv: `Konsekvensbedömningen för "${name}" krävs men är inte påbörjad.`,
      en: `The DPIA for "${name}" is required but not started.`,
    },
    fix: {
      sv: 'Påbörja konsekvensbedömningen; den ska vara klar innan behandlingen börjar.',
      en: 'Start the DPIA; it must be finished before the processing starts.',
    },
  }),
  dpia_done_without_reference: (name) => ({
    message: {
      sv: `Konsekvensbedömningen för "${name}" anges som klar men saknar hänvisning.`,
      en: `The DPIA for "${name}" is marked done but has no reference.`,
    },
    fix: {
      sv: 'Lägg till en länk eller hänvisning till konsekvensbedömningen.',
      en: 'Add a link or reference to the DPIA.',
    },
  }),
}

/**
 * DPIA required but none referenced. The result is recomputed from the answers rather than read from the
 * stored screening, so a screening saved under older rules cannot hide a requirement.
 */
export function checkDpiaReferenced(
  activity: DpiaCheckActivity,
  screening: { id?: string; answers: DpiaScreeningAnswers } | null,
): DpiaFinding[] {
  if (screening === null || screenDpia(screening.answers).result !== 'required') return []
  const code = registerProblem(activity.dpia)
  if (code === null) return []
  const severity = code === 'dpia_done_without_reference' ? 'medium' : 'high'
  const refs = { activityId: activity.id, ...(screening.id === undefined ? {} : { screeningId: screening.id }) }
  return [{ code, article: 'Art 35(1)', severity, ...refs, ...TEXTS[code](activity.name) }]
}
