/**
 * Retention in the published text against the register's retention rules (Art 13(2)(a): the period or the
 * criteria used to determine it; domain-reference §7). Periods are compared by length, so "12 månader" in the
 * text equals `P1Y` in the register; bokföringslagen is recognised by name.
 */
import { parseIsoPeriod, periodKey } from '../retention'
import { activityRefs, q, statedAt, type CompareContext, type FindingDraft } from './notice-finding'
import * as P from './notice.patterns'
import type { Localised, RecordRef } from './record-ref'
import { findAll, paragraphAt, spanOf, type TextSpan } from './text-index'

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  one: 1,
  två: 2,
  two: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  åtta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  tolv: 12,
  twelve: 12,
}

const BOOKKEEPING_TEXT = /bokföringslag\w*|räkenskapsinformation|bookkeeping\s+act|accounting\s+records/gi
const BOOKKEEPING_PERIOD = /sjunde|sju\s+år|7\s+år|seventh|seven\s+years|7\s+years/i

/** A duration of the text as months and days: "12 månader" and "1 år" both give `12m0d`. */
function durationKey(amount: string, unit: string): string {
  const n = /^\d+$/.test(amount) ? Number(amount) : (NUMBER_WORDS[amount.toLowerCase()] ?? 0)
  const u = unit.toLowerCase()
  if (u.startsWith('år') || u.startsWith('year')) return `${n * 12}m0d`
  if (u.startsWith('månad') || u.startsWith('month')) return `${n}m0d`
  if (u.startsWith('veck') || u.startsWith('week')) return `0m${n * 7}d`
  return `0m${n}d`
}

/** Durations stated in paragraphs about keeping or deleting data. */
function textDurations(ctx: CompareContext): { key: string; span: TextSpan }[] {
  const paragraphs = new Set(findAll(ctx.index, P.RETENTION).map((s) => paragraphAt(ctx.index, s.start).start))
  return [...ctx.index.text.matchAll(P.DURATION)]
    .filter((m) => paragraphs.has(paragraphAt(ctx.index, m.index).start))
    .map((m) => ({ key: durationKey(m[1]!, m[2]!), span: spanOf(ctx.index, m.index, m.index + m[0].length) }))
}

interface RuleGroup {
  words: Localised
  key: string | null
  bookkeeping: boolean
  activityIds: string[]
}

/** The register's retention rules, grouped by what they say, with the activities that use them. */
function registerRules(ctx: CompareContext): RuleGroup[] {
  const groups = new Map<string, RuleGroup>()
  for (const p of ctx.model.purposes) {
    for (const r of p.retention) {
      if (!r.words) continue
      const parts = parseIsoPeriod(r.period)
      const k = parts ? periodKey(parts) : null
      const key = k ? `${k.months}m${k.days}d` : null
      const g = groups.get(r.words.sv) ?? { words: r.words, key, bookkeeping: r.bookkeeping, activityIds: [] }
      g.activityIds = [...new Set([...g.activityIds, p.activityId])]
      groups.set(r.words.sv, g)
    }
  }
  return [...groups.values()]
}

function finding(
  code: string,
  severity: FindingDraft['severity'],
  message: Localised,
  fix: Localised,
  passages: TextSpan[],
  records: RecordRef[],
): FindingDraft {
  return { code, group: 'register', severity, article: 'Art 13(2)(a)', message, fix, passages, records }
}

function notInText(rule: RuleGroup, records: RecordRef[]): FindingDraft {
  return finding(
    'notice/retention-not-in-text',
    'medium',
    {
      sv: `Registrets lagringstid ${q(rule.words.sv)} framgår inte av texten.`,
      en: `The register's retention ${q(rule.words.en)} is not stated in the text.`,
    },
    {
      sv: 'Ange lagringstiden (eller kriterierna för den) i texten.',
      en: 'State the period (or the criteria for it) in the text.',
    },
    [],
    records,
  )
}

/** Bokföringslagen named without its period is vague; not named at all, the rule is missing. */
function bookkeepingFinding(ctx: CompareContext, rule: RuleGroup, records: RecordRef[]): FindingDraft[] {
  const named = findAll(ctx.index, BOOKKEEPING_TEXT)
  if (!named.length) return [notInText(rule, records)]
  if (BOOKKEEPING_PERIOD.test(ctx.index.text)) return []
  const message = {
    sv: 'Texten hänvisar till bokföringslagen men anger inte hur länge uppgifterna sparas.',
    en: 'The text refers to the Bookkeeping Act but does not say how long the data are kept.',
  }
  const fix = { sv: `Skriv ut perioden: ${rule.words.sv}.`, en: `State the period: ${rule.words.en}.` }
  return [finding('notice/retention-vague', 'low', message, fix, named, records)]
}

/** One register rule: stated by its period (same length) or, without one, by its criterion in either language. */
function ruleFindings(ctx: CompareContext, rule: RuleGroup, durations: { key: string }[]): FindingDraft[] {
  const records = activityRefs(ctx, rule.activityIds)
  if (rule.bookkeeping) return bookkeepingFinding(ctx, rule, records)
  const stated = rule.key
    ? durations.some((d) => d.key === rule.key)
    : statedAt(ctx, rule.words.sv) !== null || statedAt(ctx, rule.words.en) !== null
  return stated ? [] : [notInText(rule, records)]
}

/** Periods the text states that no register rule has. */
function extraDurations(
  ctx: CompareContext,
  rules: RuleGroup[],
  durations: { key: string; span: TextSpan }[],
): FindingDraft[] {
  const keys = new Set(rules.map((r) => r.key))
  return durations
    .filter((d) => !keys.has(d.key))
    .map((d) => {
      const said = q(ctx.index.text.slice(d.span.start, d.span.end))
      return finding(
        'notice/retention-not-in-register',
        'low',
        {
          sv: `Texten anger en lagringstid (${said}) som inte finns i registret.`,
          en: `The text states a retention period (${said}) that is not in the register.`,
        },
        {
          sv: 'Lägg in lagringstiden i registret, eller rätta texten.',
          en: 'Record the period in the register, or correct the text.',
        },
        [d.span],
        [],
      )
    })
}

/** Activities whose retention the register does not state, so neither can the notice. */
function missingInRegister(ctx: CompareContext): FindingDraft[] {
  const ids = [...new Set(ctx.model.purposes.filter((p) => !p.retention.some((r) => r.words)).map((p) => p.activityId))]
  if (!ids.length) return []
  return [
    finding(
      'notice/retention-missing-in-register',
      'medium',
      {
        sv: 'Registret saknar lagringstid för några behandlingar, så notisen kan inte ange någon.',
        en: 'The register has no retention period for some activities, so the notice cannot state one.',
      },
      {
        sv: 'Ange period eller kriterier för varje datakategori i registret.',
        en: 'Record a period or criteria for each data category in the register.',
      },
      [],
      activityRefs(ctx, ids),
    ),
  ]
}

/** Retention periods the register has that the text lacks, and the reverse (Art 13(2)(a)). */
export function retentionDiscrepancies(ctx: CompareContext): FindingDraft[] {
  const durations = textDurations(ctx)
  const rules = registerRules(ctx)
  return [
    ...rules.flatMap((rule) => ruleFindings(ctx, rule, durations)),
    ...extraDurations(ctx, rules, durations),
    ...missingInRegister(ctx),
  ]
}
