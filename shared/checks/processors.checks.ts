/**
 * Adapters over the processor-agreement and vendor modules (domain-reference §3 and §9 checks 15–18), plus the
 * agreement reminders (expiry, notice, review) and the DPF look-up every US vendor needs each year.
 */
import {
  agreementReminders,
  checkAgreementClauses,
  checkObjectionDeadlines,
  checkSubProcessorProcedure,
  clauseGaps,
  findProcessorsWithoutAgreement,
  latestSignedReview,
  pendingObjections,
  type ProcessorAgreement,
  type ReminderKind,
} from '../processors'
import type { Finding as ModuleFinding } from '../transfers'
import { isDpfCheckDue, type Vendor } from '../vendors'
import { defineCheck, namespacedCode, textPart, type EntityRef, type FindingDraft, type Localised } from './finding'
import { indexWorkspace } from './workspace-index'

const agreementEntity = (a: ProcessorAgreement): EntityRef => ({ collection: 'agreements', id: a.id, label: a.title })
const vendorEntity = (v: Vendor): EntityRef => ({ collection: 'vendors', id: v.id, label: v.name })

/** One module finding about an agreement, in the common shape. */
function agreementDraft(f: ModuleFinding, a: ProcessorAgreement, field?: string, part?: string): FindingDraft {
  return {
    code: namespacedCode('processors', f.code),
    severity: f.severity,
    rule: f.article,
    entity: agreementEntity(a),
    activityIds: [],
    message: f.message,
    fix: f.fix,
    ...(field === undefined ? {} : { field }),
    part: part ?? textPart(f.message.en),
  }
}

/** Check 15 from the vendor's side: every processor vendor has an agreement in force. */
export const vendorAgreementCheck = defineCheck(
  {
    code: 'processors/no-agreement',
    module: 'processors',
    title: { sv: 'Biträde utan gällande avtal', en: 'Processor without an agreement in force' },
    rule: 'Art 28(3), 28(9)',
    description: {
      sv: 'Varje leverantör i rollen personuppgiftsbiträde har ett gällande skriftligt avtal enligt art. 28.',
      en: 'Every vendor acting as processor has a written Art 28 agreement in force.',
    },
    reference: 15,
  },
  (snapshot, { today }) => {
    const index = indexWorkspace(snapshot)
    return snapshot.vendors.flatMap((v) => {
      const agreements = index.agreementsByVendor.get(v.id) ?? []
      return findProcessorsWithoutAgreement({ vendors: [v], agreements }, today).map((f): FindingDraft => ({
        code: namespacedCode('processors', f.code),
        severity: f.severity,
        rule: f.article,
        entity: vendorEntity(v),
        activityIds: [],
        message: f.message,
        fix: f.fix,
      }))
    })
  },
)

/** Check 16: the latest signed review finds a mandatory Art 28(3) clause missing or partial. */
export const clauseCheck = defineCheck(
  {
    code: 'processors/clauses',
    module: 'processors',
    title: { sv: 'Brister i avtalsklausuler', en: 'Clause gaps in the agreement' },
    rule: 'Art 28(3)',
    description: {
      sv: 'Avtalet är granskat och innehåller alla klausuler som art. 28.3 kräver (a–h och andra stycket).',
      en: 'The agreement has been reviewed and holds every clause Art 28(3) requires (a–h and the second subparagraph).',
    },
    reference: 16,
  },
  (snapshot) =>
    snapshot.agreements.flatMap((a) => {
      const review = latestSignedReview(a)
      // The module lists gaps in clause order; the same order gives each finding its clause as a stable sub-id.
      const keys = review
        ? clauseGaps(review)
            .filter((g) => g.mandatory)
            .map((g) => g.key)
        : []
      return checkAgreementClauses(a).map((f, i) =>
        keys[i] ? agreementDraft(f, a, `clauses.${keys[i]}`, keys[i]) : agreementDraft(f, a, 'reviews'),
      )
    }),
)

/** Check 17: general authorisation of sub-processors without a notice and objection window. */
export const subProcessorProcedureCheck = defineCheck(
  {
    code: 'processors/sub-processor-procedure',
    module: 'processors',
    title: { sv: 'Underbiträden utan invändningsrätt', en: 'Sub-processors without objection procedure' },
    rule: 'Art 28(2)',
    description: {
      sv: 'Ett allmänt godkännande av underbiträden har ett förfarande för förhandsinformation och invändning.',
      en: 'A general authorisation of sub-processors comes with a procedure for advance notice and objection.',
    },
    reference: 17,
  },
  (snapshot) =>
    snapshot.agreements.flatMap((a) =>
      checkSubProcessorProcedure(a).map((f) => agreementDraft(f, a, 'objectionWindowDays')),
    ),
)

/** Check 18: an undecided sub-processor whose objection deadline is within 7 days or has passed. */
export const objectionDeadlineCheck = defineCheck(
  {
    code: 'processors/objection-deadline',
    module: 'processors',
    title: { sv: 'Invändningsfrist för underbiträde', en: 'Sub-processor objection deadline' },
    rule: 'Art 28(2)',
    description: {
      sv: 'Ett anmält underbiträde bedöms innan fristen för invändning går ut.',
      en: 'An announced sub-processor is assessed before the objection window closes.',
    },
    reference: 18,
  },
  (snapshot, { today }) =>
    snapshot.agreements.flatMap((a) => {
      const pending = pendingObjections(a, today)
      return checkObjectionDeadlines(a, today).map((f, i) => {
        const sp = pending[i]?.subProcessor
        const at = sp ? a.subProcessors.indexOf(sp) : -1
        return agreementDraft(f, a, at >= 0 ? `subProcessors[${at}].decision` : 'subProcessors', sp?.id)
      })
    }),
)

const REMINDER_SPEC: Partial<
  Record<ReminderKind, { severity: (daysLeft: number) => FindingDraft['severity']; fix: Localised; field: string }>
> = {
  agreement_expired: {
    severity: () => 'high',
    fix: {
      sv: 'Förnya avtalet eller avsluta behandlingen hos biträdet.',
      en: 'Renew the agreement or end the processing by the processor.',
    },
    field: 'expiresOn',
  },
  agreement_expiring: {
    severity: (days) => (days <= 30 ? 'medium' : 'low'),
    fix: { sv: 'Förhandla ett nytt avtal i tid.', en: 'Negotiate a new agreement in time.' },
    field: 'expiresOn',
  },
  notice_deadline: {
    severity: (days) => (days <= 14 ? 'medium' : 'low'),
    fix: {
      sv: 'Bestäm om avtalet ska sägas upp eller förlängas.',
      en: 'Decide whether to give notice or let it renew.',
    },
    field: 'noticePeriodDays',
  },
  review_due: {
    severity: () => 'low',
    fix: {
      sv: 'Granska avtalet och sätt ett nytt granskningsdatum.',
      en: 'Review the agreement and set a new review date.',
    },
    field: 'nextReviewOn',
  },
}

/** The agreement's own dates: expired while marked active, expiring, notice deadline near, review due. */
export const agreementDatesCheck = defineCheck(
  {
    code: 'processors/agreement-dates',
    module: 'processors',
    title: { sv: 'Avtal som löper ut eller ska granskas', en: 'Agreements expiring or due for review' },
    rule: 'Art 28(3), 28(9), 5(2)',
    description: {
      sv: 'Ett aktivt avtal har inte gått ut, förnyas i tid och granskas på sitt granskningsdatum.',
      en: 'An active agreement has not expired, is renewed in time and is reviewed on its review date.',
    },
    reference: null,
  },
  (snapshot, { today }) =>
    snapshot.agreements.flatMap((a) =>
      agreementReminders(a, today).flatMap((r): FindingDraft[] => {
        const spec = REMINDER_SPEC[r.kind]
        if (!spec) return []
        const code = `processors/${r.kind.replaceAll('_', '-')}`
        const severity = spec.severity(r.daysLeft)
        const f = { code, check: null, article: 'Art 28(3), 28(9)', severity, message: r.message, fix: spec.fix }
        return [agreementDraft(f, a, spec.field, r.kind)]
      }),
    ),
)

/** Decision (EU) 2023/1795: a vendor in the US has its DPF status checked at least yearly. */
export const dpfCheckDueCheck = defineCheck(
  {
    code: 'vendors/dpf-check-due',
    module: 'vendors',
    title: { sv: 'DPF-status behöver kontrolleras', en: 'DPF status to check' },
    rule: 'Decision (EU) 2023/1795',
    description: {
      sv: 'En leverantör i USA har sin status i Data Privacy Framework kontrollerad det senaste året.',
      en: 'A vendor in the US has had its Data Privacy Framework status checked within the last year.',
    },
    reference: 20,
  },
  (snapshot, { today }) =>
    snapshot.vendors
      .filter((v) => isDpfCheckDue(v, today))
      .map((v): FindingDraft => ({
        code: 'vendors/dpf-check-due',
        severity: 'low',
        rule: 'Decision (EU) 2023/1795',
        entity: vendorEntity(v),
        activityIds: [],
        field: 'dpf.checkedOn',
        message:
          v.dpf.checkedOn === null
            ? { sv: 'DPF-statusen har aldrig kontrollerats.', en: 'The DPF status has never been checked.' }
            : {
                sv: `DPF-statusen kontrollerades senast ${v.dpf.checkedOn}.`,
                en: `The DPF status was last checked on ${v.dpf.checkedOn}.`,
              },
        fix: {
          sv: 'Sök upp leverantören på dataprivacyframework.gov och ange resultatet och dagens datum.',
          en: "Look the vendor up on dataprivacyframework.gov and record the result and today's date.",
        },
      })),
)

/** The processor and vendor adapters. */
export const PROCESSOR_CHECKS = [
  vendorAgreementCheck,
  clauseCheck,
  subProcessorProcedureCheck,
  objectionDeadlineCheck,
  agreementDatesCheck,
  dpfCheckDueCheck,
]
