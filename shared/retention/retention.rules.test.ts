import { describe, expect, it } from 'vitest'
import { RetentionRuleSchema, type RetentionRule } from '../register'
import {
  describeRetention,
  isBookkeepingRule,
  isPastRetention,
  relationshipEndPlusMonths,
  retentionKeepUntil,
  retentionTemplates,
} from './retention.rules'

const rule = (over: Partial<RetentionRule>): RetentionRule => ({
  dataCategory: 'Kunduppgifter',
  period: '',
  criterion: '',
  trigger: 'collection',
  legalReference: '',
  ...over,
})

const BFL = retentionTemplates.bookkeeping()
const CUSTOMER_12M = retentionTemplates.relationshipPlusMonths(12, 'Kunduppgifter')

describe('retentionKeepUntil', () => {
  it('counts bokföringslagen from the calendar year of the fiscal year end, across fiscal years', () => {
    expect(retentionKeepUntil(BFL, { fiscalYearEnd: '2025-12-31' })).toEqual({
      kind: 'date',
      date: '2032-12-31',
      basis: 'bookkeeping',
    })
    expect(retentionKeepUntil(BFL, { fiscalYearEnd: '2026-06-30' })).toMatchObject({ date: '2033-12-31' })
    expect(retentionKeepUntil(BFL, { fiscalYearEnd: '2025-04-30' })).toMatchObject({ date: '2032-12-31' })
  })
  it('counts a P7Y fiscal-year rule without the act as fiscal year end + 7 years', () => {
    const generic = rule({ period: 'P7Y', trigger: 'end_of_fiscal_year' })
    expect(isBookkeepingRule(generic)).toBe(false)
    expect(retentionKeepUntil(generic, { fiscalYearEnd: '2026-06-30' })).toMatchObject({ date: '2033-06-30' })
  })
  it('counts relationship end + N months, and says "ongoing" while the relationship lasts', () => {
    expect(retentionKeepUntil(CUSTOMER_12M, { relationshipEndedOn: '2026-03-31' })).toMatchObject({
      date: '2027-03-31',
    })
    expect(retentionKeepUntil(CUSTOMER_12M, {})).toEqual({ kind: 'while_ongoing' })
    expect(relationshipEndPlusMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
  it('cannot compute without a period or the triggering event', () => {
    expect(retentionKeepUntil(rule({ criterion: 'Tills ärendet är avslutat' }), { collectedOn: '2026-01-01' })).toEqual(
      {
        kind: 'unknown',
        reason: 'no_period',
      },
    )
    expect(retentionKeepUntil(rule({ period: 'P3M' }), {})).toEqual({ kind: 'unknown', reason: 'no_event' })
    expect(retentionKeepUntil(BFL, {})).toEqual({ kind: 'unknown', reason: 'no_event' })
  })
  it('tells when the data should already be gone', () => {
    const keep = retentionKeepUntil(rule({ period: 'P30D' }), { collectedOn: '2026-01-01' })
    expect(keep).toMatchObject({ date: '2026-01-31' })
    expect(isPastRetention(keep, '2026-01-31')).toBe(false)
    expect(isPastRetention(keep, '2026-02-01')).toBe(true)
    expect(isPastRetention({ kind: 'while_ongoing' }, '2099-01-01')).toBe(false)
  })
})

describe('describeRetention', () => {
  it('states bokföringslagen in the law’s words', () => {
    expect(describeRetention(BFL, 'sv')).toBe(
      'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)',
    )
    expect(describeRetention(BFL, 'en')).toContain('seventh year after the calendar year in which the financial year')
  })
  it('states a period with its trigger in plain words', () => {
    expect(describeRetention(CUSTOMER_12M, 'sv')).toBe('så länge vår relation med dig består och därefter i 12 månader')
    expect(describeRetention(CUSTOMER_12M, 'en')).toBe(
      'for as long as our relationship with you lasts and then for 12 months',
    )
    expect(describeRetention(rule({ period: 'P3M', trigger: 'collection' }), 'sv')).toBe(
      'i 3 månader från det att uppgifterna samlades in',
    )
    expect(describeRetention(rule({ period: 'P2Y', trigger: 'last_activity' }), 'en')).toBe(
      'for 2 years after your last activity with us',
    )
  })
  it('falls back to the criterion, or to the trigger alone, or says nothing', () => {
    expect(describeRetention(rule({ criterion: 'Tills ärendet är avslutat', trigger: 'other' }), 'sv')).toBe(
      'Tills ärendet är avslutat',
    )
    expect(describeRetention(rule({ period: 'P1Y', trigger: 'other', criterion: 'efter avslutat ärende' }), 'sv')).toBe(
      'i 1 år (efter avslutat ärende)',
    )
    expect(describeRetention(rule({ trigger: 'consent_withdrawn' }), 'sv')).toBe('tills du återkallar ditt samtycke')
    expect(describeRetention(rule({ trigger: 'collection' }), 'sv')).toBeNull()
  })
})

describe('retentionTemplates', () => {
  it('give rules the register schema accepts and the calculator recognises', () => {
    expect(RetentionRuleSchema.parse(BFL)).toEqual(BFL)
    expect(RetentionRuleSchema.parse(CUSTOMER_12M)).toEqual(CUSTOMER_12M)
    expect(isBookkeepingRule(BFL)).toBe(true)
    expect(CUSTOMER_12M).toMatchObject({ period: 'P12M', trigger: 'end_of_relationship' })
    expect(
      retentionKeepUntil(retentionTemplates.relationshipPlusMonths(24, 'x'), { relationshipEndedOn: '2026-01-31' }),
    ).toMatchObject({ date: '2028-01-31' })
  })
})
