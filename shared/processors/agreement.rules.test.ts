import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clauseGaps,
  deriveReviewOutcome,
  isAgreementInForce,
  latestReview,
  objectionDeadlineOf,
  pendingObjections,
} from './agreement.rules'
import {
  CLAUSE_STATUSES,
  EXTRA_CLAUSE_KEYS,
  MANDATORY_CLAUSE_KEYS,
  type AgreementReview,
  type ClauseStatus,
  type SubProcessor,
} from './agreement.schema'
import { FIXTURE_IDS, acceptableReview, activeAgreement } from './fixtures'

type Mandatory = (typeof MANDATORY_CLAUSE_KEYS)[number]
type Extra = (typeof EXTRA_CLAUSE_KEYS)[number]

const withClause = (key: Mandatory, status: ClauseStatus, comment = ''): AgreementReview => {
  const r = acceptableReview()
  r.clauses[key] = { status, clauseRef: '', comment }
  return r
}
const withExtra = (key: Extra, status: ClauseStatus): AgreementReview => {
  const r = acceptableReview()
  r.extras[key].status = status
  return r
}
const withHours = (hours: number | null): AgreementReview => {
  const r = acceptableReview()
  r.extras.breach_notice_hours.hours = hours
  return r
}

describe('deriveReviewOutcome', () => {
  it('all clauses present, breach notice in 24 h: acceptable with no reasons', () => {
    expect(deriveReviewOutcome(acceptableReview())).toEqual({ outcome: 'acceptable', reasons: [] })
  })

  describe.each(MANDATORY_CLAUSE_KEYS)('mandatory clause %s', (key) => {
    it('missing → not acceptable, naming the clause', () => {
      const { outcome, reasons } = deriveReviewOutcome(withClause(key, 'missing'))
      expect(outcome).toBe('not_acceptable')
      expect(reasons).toHaveLength(1)
      expect(reasons[0]?.en).toMatch(/is missing\.$/)
    })
    it('partial → acceptable with remarks', () => {
      expect(deriveReviewOutcome(withClause(key, 'partial')).outcome).toBe('acceptable_with_remarks')
    })
    it('not applicable without a comment → not acceptable', () => {
      const { outcome, reasons } = deriveReviewOutcome(withClause(key, 'not_applicable', '  '))
      expect(outcome).toBe('not_acceptable')
      expect(reasons[0]?.sv).toContain('utan motivering')
    })
    it('not applicable with a comment → acceptable', () => {
      expect(deriveReviewOutcome(withClause(key, 'not_applicable', 'No data leaves the controller.')).outcome).toBe(
        'acceptable',
      )
    })
  })

  it('names (e) assistance with rights and its article when missing', () => {
    const { reasons } = deriveReviewOutcome(withClause('e', 'missing'))
    expect(reasons[0]?.en).toBe("Assistance with data subjects' rights (Art 28(3)(e)) is missing.")
    expect(reasons[0]?.sv).toBe('Hjälp med de registrerades rättigheter (Art 28(3)(e)) saknas.')
  })

  describe.each(EXTRA_CLAUSE_KEYS)('extra clause %s', (key) => {
    it.each([
      ['missing', 'acceptable_with_remarks'],
      ['partial', 'acceptable_with_remarks'],
      ['not_applicable', 'acceptable'],
      ['present', 'acceptable'],
    ] as const)('%s → %s', (status, outcome) => {
      expect(deriveReviewOutcome(withExtra(key, status)).outcome).toBe(outcome)
    })
  })

  it('breach notice of 72 h is fine, 73 h is a remark naming the hours', () => {
    expect(deriveReviewOutcome(withHours(72)).outcome).toBe('acceptable')
    const { outcome, reasons } = deriveReviewOutcome(withHours(73))
    expect(outcome).toBe('acceptable_with_remarks')
    expect(reasons[0]?.en).toContain('73 hours')
  })

  it('breach notice present without hours is a remark; missing does not also ask for hours', () => {
    expect(clauseGaps(withHours(null)).map((g) => g.problem)).toEqual(['breach_notice_hours_unstated'])
    const missing = withHours(null)
    missing.extras.breach_notice_hours.status = 'missing'
    expect(clauseGaps(missing).map((g) => g.problem)).toEqual(['missing'])
  })

  it('a partial breach clause with 96 h gives two remarks', () => {
    const r = withHours(96)
    r.extras.breach_notice_hours.status = 'partial'
    expect(clauseGaps(r).map((g) => g.problem)).toEqual(['partial', 'breach_notice_too_long'])
  })

  it('a blocking gap wins over remarks, and every gap gives a reason', () => {
    const r = withClause('g', 'missing')
    r.clauses.b.status = 'partial'
    r.extras.liability.status = 'missing'
    const { outcome, reasons } = deriveReviewOutcome(r)
    expect(outcome).toBe('not_acceptable')
    expect(reasons).toHaveLength(3)
  })

  it('property: the outcome follows the rule for any combination of clause states', () => {
    const status = fc.constantFrom(...CLAUSE_STATUSES)
    const comment = fc.constantFrom('', 'reason')
    const clauses = fc.array(fc.tuple(status, comment), {
      minLength: MANDATORY_CLAUSE_KEYS.length,
      maxLength: MANDATORY_CLAUSE_KEYS.length,
    })
    const extras = fc.array(status, { minLength: EXTRA_CLAUSE_KEYS.length, maxLength: EXTRA_CLAUSE_KEYS.length })
    const hours = fc.option(fc.integer({ min: 0, max: 200 }))
    fc.assert(
      fc.property(clauses, extras, hours, (cs, es, h) => {
        const r = acceptableReview()
        MANDATORY_CLAUSE_KEYS.forEach(
          (k, i) => (r.clauses[k] = { status: cs[i]![0], clauseRef: '', comment: cs[i]![1] }),
        )
        EXTRA_CLAUSE_KEYS.forEach((k, i) => (r.extras[k].status = es[i]!))
        r.extras.breach_notice_hours.hours = h
        const blocking = cs.some(([s, c]) => s === 'missing' || (s === 'not_applicable' && c === ''))
        const bn = r.extras.breach_notice_hours
        const hoursRemark = (bn.status === 'present' || bn.status === 'partial') && (h === null || h > 72)
        const remark =
          cs.some(([s]) => s === 'partial') || es.some((s) => s === 'missing' || s === 'partial') || hoursRemark
        const expected = blocking ? 'not_acceptable' : remark ? 'acceptable_with_remarks' : 'acceptable'
        return deriveReviewOutcome(r).outcome === expected
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('latestReview', () => {
  it('returns null without reviews and the latest by date otherwise', () => {
    expect(latestReview({ reviews: [] })).toBeNull()
    const older = acceptableReview('2025-01-01')
    const newer = { ...acceptableReview('2026-03-01'), id: '77777777-7777-4777-8777-777777777777' }
    expect(latestReview({ reviews: [newer, older] })?.id).toBe(newer.id)
    expect(latestReview({ reviews: [older, newer] })?.id).toBe(newer.id)
  })
})

describe('isAgreementInForce', () => {
  const a = activeAgreement({ effectiveOn: '2026-01-15', expiresOn: '2026-12-31' })
  it.each([
    ['2026-01-14', false],
    ['2026-01-15', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('on %s: %s', (today, expected) => {
    expect(isAgreementInForce(a, today)).toBe(expected)
  })

  it('is false for any status but active, and open-ended dates are in force', () => {
    for (const status of ['draft', 'expired', 'terminated'] as const)
      expect(isAgreementInForce({ ...a, status }, '2026-06-01')).toBe(false)
    expect(isAgreementInForce({ status: 'active', effectiveOn: null, expiresOn: null }, '2099-01-01')).toBe(true)
  })
})

describe('sub-processor objection deadlines', () => {
  const sp = (overrides: Partial<SubProcessor> = {}): SubProcessor => ({
    id: FIXTURE_IDS.subProcessor,
    name: 'Support Pvt Ltd',
    service: 'Support',
    country: 'IN',
    notifiedOn: '2026-04-10',
    objectionDeadline: null,
    decision: 'pending',
    decidedOn: null,
    ...overrides,
  })

  it('uses the recorded deadline, else notice date + window, else none', () => {
    expect(objectionDeadlineOf(sp({ objectionDeadline: '2026-04-20' }), { objectionWindowDays: 30 })).toBe('2026-04-20')
    expect(objectionDeadlineOf(sp(), { objectionWindowDays: 30 })).toBe('2026-05-10')
    expect(objectionDeadlineOf(sp(), { objectionWindowDays: null })).toBeNull()
    expect(objectionDeadlineOf(sp({ notifiedOn: null }), { objectionWindowDays: 30 })).toBeNull()
  })

  it('crosses month ends and leap days correctly', () => {
    expect(objectionDeadlineOf(sp({ notifiedOn: '2028-02-15' }), { objectionWindowDays: 14 })).toBe('2028-02-29')
    expect(objectionDeadlineOf(sp({ notifiedOn: '2026-12-20' }), { objectionWindowDays: 30 })).toBe('2027-01-19')
  })

  it('lists pending ones due within 7 days or passed, not decided or later ones', () => {
    const a = activeAgreement({
      subProcessors: [
        sp({ name: 'in 7 days', objectionDeadline: '2026-05-11' }),
        sp({ name: 'in 8 days', objectionDeadline: '2026-05-12' }),
        sp({ name: 'today', objectionDeadline: '2026-05-04' }),
        sp({ name: 'passed', objectionDeadline: '2026-05-03' }),
        sp({ name: 'accepted', objectionDeadline: '2026-05-05', decision: 'accepted' }),
      ],
    })
    const got = pendingObjections(a, '2026-05-04').map((p) => [p.subProcessor.name, p.daysLeft])
    expect(got).toEqual([
      ['in 7 days', 7],
      ['today', 0],
      ['passed', -1],
    ])
  })

  it('property: notice + window is never earlier than the notice and is exactly window days later', () => {
    const day = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 }), (notifiedOn, w) => {
        const d = objectionDeadlineOf(sp({ notifiedOn }), { objectionWindowDays: w })
        const diff = (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${notifiedOn}T00:00:00Z`)) / 86_400_000
        return d !== null && d >= notifiedOn && diff === w
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})
