/**
 * Findings for the Art 13/14 elements that have no item-by-item comparison with the register: controller, DPO,
 * rights, the Art 21 objection, withdrawal of consent, IMY, the Art 13(2)(e) requirement, automated decisions.
 * (Purposes, bases, recipients, transfers and retention are compared item by item instead.)
 */
import type { ElementCoverage, NoticeElement } from './coverage.rules'
import { activityRefs, type CompareContext, type FindingDraft } from './notice-finding'
import * as P from './notice.patterns'
import { organisationRef, type Localised, type RecordRef, type Severity } from './record-ref'
import { findAll, sentenceAt } from './text-index'

interface ElementText {
  severity: Severity
  missing: (ctx: CompareContext) => Localised
  fix: Localised
  records: (ctx: CompareContext) => RecordRef[]
}

const org = (ctx: CompareContext) => [organisationRef(ctx.model.controller.name)]
const purposesWhere = (ctx: CompareContext, test: (p: CompareContext['model']['purposes'][number]) => boolean) =>
  activityRefs(
    ctx,
    ctx.model.purposes.filter(test).map((p) => p.activityId),
  )

const TEXTS: Partial<Record<NoticeElement, ElementText>> = {
  controller_identity: {
    severity: 'high',
    missing: () => ({
      sv: 'Texten anger inte tydligt vem som är personuppgiftsansvarig och hur man når den.',
      en: 'The text does not clearly say who the controller is and how to reach it.',
    }),
    fix: {
      sv: 'Ange namn, organisationsnummer, adress och e-post.',
      en: 'Give the name, registration number, address and email.',
    },
    records: org,
  },
  dpo_contact: {
    severity: 'medium',
    missing: (ctx) =>
      ctx.model.dpo
        ? {
            sv: 'Dataskyddsombudet finns i organisationsuppgifterna men inte i texten.',
            en: 'The data protection officer is in the organisation profile but not in the text.',
          }
        : {
            sv: 'Varken texten eller organisationsuppgifterna anger något dataskyddsombud.',
            en: 'Neither the text nor the organisation profile names a data protection officer.',
          },
    fix: {
      sv: 'Ange dataskyddsombudets kontaktuppgifter (art. 37.7). Behövs inget ombud, kan texten säga vem man kontaktar i stället.',
      en: 'Give the DPO’s contact details (Art 37(7)). If no DPO is required, say whom to contact instead.',
    },
    records: org,
  },
  rights: {
    severity: 'high',
    missing: () => ({
      sv: 'Texten beskriver inte alla de registrerades rättigheter.',
      en: 'The text does not describe all data subject rights.',
    }),
    fix: { sv: 'Beskriv rättigheterna enligt art. 15–21.', en: 'Describe the rights of Art 15–21.' },
    records: () => [],
  },
  objection: {
    severity: 'high',
    missing: () => ({
      sv: 'Registret har ändamål som bygger på berättigat intresse eller direktmarknadsföring, men rätten att invända står inte tydligt och separat i texten.',
      en: 'The register has purposes based on legitimate interests or direct marketing, but the right to object is not stated explicitly and separately.',
    }),
    fix: {
      sv: 'Lyft fram rätten att invända i ett eget avsnitt tidigt i texten (art. 21.4).',
      en: 'Present the right to object in its own section early in the text (Art 21(4)).',
    },
    records: (ctx) =>
      purposesWhere(
        ctx,
        (p) => p.legalBasis === 'f_legitimate_interests' || p.legalBasis === 'e_public_task' || p.directMarketing,
      ),
  },
  withdraw_consent: {
    severity: 'medium',
    missing: () => ({
      sv: 'Texten bygger på samtycke men säger inte att samtycket kan återkallas när som helst.',
      en: 'The text relies on consent but does not say that consent can be withdrawn at any time.',
    }),
    fix: { sv: 'Beskriv hur man återkallar samtycket (art. 7.3).', en: 'Describe how to withdraw consent (Art 7(3)).' },
    records: (ctx) => purposesWhere(ctx, (p) => p.legalBasis === 'a_consent'),
  },
  complaint: {
    severity: 'high',
    missing: () => ({
      sv: 'Texten anger inte rätten att klaga till Integritetsskyddsmyndigheten (IMY).',
      en: 'The text does not state the right to complain to the Swedish Authority for Privacy Protection (IMY).',
    }),
    fix: {
      sv: 'Ange IMY, Box 8114, 104 20 Stockholm, www.imy.se.',
      en: 'Name IMY, Box 8114, 104 20 Stockholm, www.imy.se.',
    },
    records: () => [],
  },
  requirement: {
    severity: 'medium',
    missing: () => ({
      sv: 'Texten säger inte om uppgifterna måste lämnas (enligt lag eller avtal) och vad som händer om man inte lämnar dem.',
      en: 'The text does not say whether the data must be provided (by law or contract) and what happens if not.',
    }),
    fix: {
      sv: 'Ange för varje ändamål om uppgifterna är ett lagkrav, ett avtalskrav eller frivilliga.',
      en: 'State for each purpose whether the data are a statutory or contractual requirement, or voluntary.',
    },
    records: (ctx) =>
      purposesWhere(
        ctx,
        (p) => p.collectedFromDataSubject && (p.requirement === 'statutory' || p.requirement === 'contractual'),
      ),
  },
  automated_decisions: {
    severity: 'medium',
    missing: () => ({
      sv: 'Texten beskriver behandling som liknar profilering (samkörning, segmentering, riktad marknadsföring) men säger inget om profilering eller automatiserade beslut.',
      en: 'The text describes processing that amounts to profiling (combining, segmenting, targeting) but says nothing about profiling or automated decisions.',
    }),
    fix: {
      sv: 'Beskriv profileringen och om den leder till beslut med rättsliga eller liknande betydande följder (art. 13.2 f, 22).',
      en: 'Describe the profiling and whether it leads to decisions with legal or similarly significant effects (Art 13(2)(f), 22).',
    },
    records: (ctx) => activityRefs(ctx, ctx.model.profilingActivityIds),
  },
}

const LOWER: Record<Severity, Severity> = { high: 'medium', medium: 'low', low: 'low' }

/** Where the missing element shows in the text: profiling-like sentences; otherwise what was found. */
function passagesFor(ctx: CompareContext, coverage: ElementCoverage) {
  if (coverage.element !== 'automated_decisions') return coverage.passages
  const seen = new Set<number>()
  return findAll(ctx.index, P.PROFILING_LIKE)
    .map((s) => sentenceAt(ctx.index, s.start))
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
}

/** One finding per element that applies and is missing or only partly covered. */
export function elementFindings(ctx: CompareContext, coverage: readonly ElementCoverage[]): FindingDraft[] {
  return coverage.flatMap((c): FindingDraft[] => {
    const text = TEXTS[c.element]
    if (!text || (c.status !== 'missing' && c.status !== 'partial')) return []
    // An authority named only by its old name is reported by the outdated-authority rule, with its passages.
    if (c.element === 'complaint' && c.status === 'partial') return []
    const message = text.missing(ctx)
    const note = c.note
    return [
      {
        code: `notice/element-${c.element.replace(/_/g, '-')}`,
        group: 'element',
        severity: c.status === 'missing' ? text.severity : LOWER[text.severity],
        article: c.article,
        message: note ? { sv: `${message.sv} (${note.sv})`, en: `${message.en} (${note.en})` } : message,
        fix: text.fix,
        passages: passagesFor(ctx, c),
        records: text.records(ctx),
      },
    ]
  })
}
