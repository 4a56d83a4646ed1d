/**
 * Register checks on retention (domain-reference §7 and §9 check 6): every activity says how long each data
 * category is kept, and no period is longer than the law it relies on.
 */
import { defineActivityCheck, findingsOver } from './activity-check'
import { filled } from './finding'
import { exceededLegalLimit, hasRetention } from './retention.rules'
import { nameKey } from './workspace-index'

/** A stable sub-id for a retention rule: its data category, else its position. */
const rulePart = (category: string, i: number): string => (filled(category) ? nameKey(category) : `#${i}`)

/** Check 6: no retention rule at all, or a rule with neither a period nor criteria. */
export const retentionMissingCheck = defineActivityCheck(
  {
    code: 'register/retention-missing',
    title: { sv: 'Lagringstid saknas', en: 'Retention missing' },
    rule: 'Art 30(1)(f), 5(1)(e)',
    description: {
      sv: 'Varje behandling anger för varje kategori av uppgifter hur länge de sparas, som tid eller kriterier.',
      en: 'Every activity states, for each category of data, how long it is kept, as a period or criteria.',
    },
    reference: 6,
  },
  (a, _ctx, draft) => {
    const fix = {
      sv: 'Ange lagringstid eller kriterier för gallring per kategori av uppgifter, med lagstöd där det finns.',
      en: 'State a retention period or erasure criteria per data category, with the legal source where there is one.',
    }
    if (a.retention.length === 0) {
      const message = { sv: 'Ingen lagringstid är angiven.', en: 'No retention period is stated.' }
      return [draft({ severity: 'medium', message, fix }, 'retention')]
    }
    return findingsOver(a.retention, (r, i) => {
      if (hasRetention(r)) return null
      const what = filled(r.dataCategory) ? `"${r.dataCategory}"` : `${i + 1}`
      const message = {
        sv: `Lagringsregel ${what} saknar både tid och kriterier.`,
        en: `Retention rule ${what} has neither a period nor criteria.`,
      }
      return draft({ severity: 'medium', message, fix }, `retention[${i}].period`, rulePart(r.dataCategory, i))
    })
  },
)

/** Art 5(1)(e): a period longer than the statute the rule cites requires. */
export const retentionBeyondLawCheck = defineActivityCheck(
  {
    code: 'register/retention-exceeds-legal-reference',
    title: { sv: 'Lagring längre än lagen kräver', en: 'Retention longer than the law requires' },
    rule: 'Art 5(1)(e)',
    description: {
      sv: 'En lagringstid som hänvisar till en lag med känd tid är inte längre än den tiden.',
      en: 'A retention period that cites a law with a known period is no longer than that period.',
    },
    reference: null,
  },
  (a, _ctx, draft) =>
    findingsOver(a.retention, (r, i) => {
      const limit = exceededLegalLimit(r)
      if (!limit) return null
      const message = {
        sv: `Lagringstiden ${r.period} är längre än vad ${limit.law} kräver (${limit.requirement.sv}).`,
        en: `The period ${r.period} is longer than ${limit.law} requires (${limit.requirement.en}).`,
      }
      const fix = {
        sv: 'Korta lagringstiden till lagens krav eller ange ett annat stöd för den längre tiden.',
        en: 'Shorten the period to what the law requires, or state another ground for the longer period.',
      }
      return draft({ severity: 'medium', message, fix }, `retention[${i}].period`, rulePart(r.dataCategory, i))
    }),
)

/** The register checks on retention. */
export const REGISTER_RETENTION_CHECKS = [retentionMissingCheck, retentionBeyondLawCheck]
