import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MYNUMBERS_ORGANISATION } from '../example'
import { emptyOrganisation } from '../organisation'
import payroll from '../../test/fixtures/activity-payroll.json'
import { activityCompleteness, duplicateActivityFields, organisationGaps } from './activity.rules'
import {
  ACTIVITY_STATUSES,
  ART9_CONDITIONS,
  emptyActivityFields,
  IDENTITY_JUSTIFICATIONS,
  IDENTITY_NUMBER_KINDS,
  LEGAL_BASES,
  RECIPIENT_KINDS,
  RETENTION_TRIGGERS,
  ROLES,
  SPECIAL_CATEGORIES,
  type ActivityFields,
} from './activity.schema'

/** Payroll (test/fixtures/activity-payroll.json): a complete Art 30(1) record, every completeness check met. */
const completeActivityFields = (change: Partial<ActivityFields> = {}): ActivityFields => ({
  ...(structuredClone(payroll) as ActivityFields),
  ...change,
})

const complete = completeActivityFields()
const fieldsOf = (a: ActivityFields) => activityCompleteness(a).missing.map((m) => m.field)

describe('activityCompleteness', () => {
  it('is complete, with score 1, for the payroll worked example', () => {
    expect(activityCompleteness(complete)).toEqual({ missing: [], score: 1 })
  })

  it('names every missing Art 30(1) field of an empty activity, with its article', () => {
    const result = activityCompleteness(emptyActivityFields())
    expect(result.missing).toEqual([
      { field: 'name', article: 'Art 30(1)' },
      { field: 'purposes', article: 'Art 30(1)(b)' },
      { field: 'dataSubjectCategories', article: 'Art 30(1)(c)' },
      { field: 'personalDataCategories', article: 'Art 30(1)(c)' },
      { field: 'recipients', article: 'Art 30(1)(d)' },
      { field: 'retention', article: 'Art 30(1)(f)' },
      { field: 'securityMeasures', article: 'Art 30(1)(g), 32(1)' },
    ])
    // 16 fixed checks, none per-item: 9 of 16 hold.
    expect(result.score).toBeCloseTo(9 / 16, 10)
  })

  // domain-reference §9 checks 1, 3–8 and 14, §1.2: each single gap names exactly its field.
  const gaps: [string, Partial<ActivityFields>, string, string][] = [
    ['name blank', { name: '   ' }, 'name', 'Art 30(1)'],
    ['no purposes', { purposes: [] }, 'purposes', 'Art 30(1)(b)'],
    [
      'purpose without basis (check 3)',
      { purposes: [{ ...complete.purposes[0]!, legalBasis: null }, complete.purposes[1]!] },
      'purposes[0].legalBasis',
      'Art 6(1)',
    ],
    [
      'purpose without description',
      { purposes: [complete.purposes[0]!, { ...complete.purposes[1]!, description: ' ' }] },
      'purposes[1].description',
      'Art 30(1)(b)',
    ],
    ['no data subjects (check 1)', { dataSubjectCategories: [] }, 'dataSubjectCategories', 'Art 30(1)(c)'],
    ['no data categories (check 1)', { personalDataCategories: [] }, 'personalDataCategories', 'Art 30(1)(c)'],
    [
      'Art 9 data without condition (check 4)',
      { specialCategories: [{ category: 'health', condition: null }] },
      'specialCategories[0].condition',
      'Art 9(2)',
    ],
    [
      'Art 10 data without legal ground (check 5)',
      { criminalData: { processed: true, legalGround: '' } },
      'criminalData.legalGround',
      'Art 10',
    ],
    [
      'personnummer without justification (check 14)',
      { identityNumbers: { kind: 'personnummer', justification: null } },
      'identityNumbers.justification',
      'dataskyddslagen 3 kap. 10 §',
    ],
    [
      'samordningsnummer without justification',
      { identityNumbers: { kind: 'samordningsnummer', justification: null } },
      'identityNumbers.justification',
      'dataskyddslagen 3 kap. 10 §',
    ],
    [
      'not from the data subject, no source',
      { collectedFromDataSubject: false, sources: [] },
      'sources',
      'Art 14(2)(f)',
    ],
    ['no recipients', { recipients: [] }, 'recipients', 'Art 30(1)(d)'],
    [
      'third-country transfer not described',
      { thirdCountryTransfers: true, transfersDescription: '' },
      'transfersDescription',
      'Art 30(1)(e)',
    ],
    ['no retention (check 6)', { retention: [] }, 'retention', 'Art 30(1)(f)'],
    [
      'retention rule with neither period nor criterion (check 6)',
      { retention: [{ ...complete.retention[0]!, period: '', criterion: '' }] },
      'retention[0].period',
      'Art 30(1)(f), 5(1)(e)',
    ],
    ['no security measures (check 7)', { securityMeasures: '  ' }, 'securityMeasures', 'Art 30(1)(g), 32(1)'],
    [
      'processor role without controllers served',
      { role: 'processor', controllersServed: [] },
      'controllersServed',
      'Art 30(2)(a)',
    ],
    [
      'joint controller not named',
      { role: 'joint_controller', jointControllers: '' },
      'jointControllers',
      'Art 26, 30(1)(a)',
    ],
  ]

  it.each(gaps)('%s → names only %s', (_label, change, field, article) => {
    const result = activityCompleteness({ ...complete, ...change })
    expect(result.missing).toEqual([{ field, article }])
    expect(result.score).toBeGreaterThan(0)
    expect(result.score).toBeLessThan(1)
  })

  it('does not fire when the gap is filled another way', () => {
    const filledOtherwise: Partial<ActivityFields>[] = [
      { criminalData: { processed: true, legalGround: 'Förordning (2018:219) 5 §' } },
      { identityNumbers: { kind: 'none', justification: null } },
      { collectedFromDataSubject: false, sources: ['Bolagsverket'] },
      { thirdCountryTransfers: true, transfersDescription: 'USA, DPF-certifierad mottagare' },
      { retention: [{ ...complete.retention[0]!, period: '', criterion: 'Så länge anställningen består' }] },
      { role: 'processor', controllersServed: [{ name: 'Kund AB', contact: '', representative: '', dpoContact: '' }] },
      { role: 'joint_controller', jointControllers: 'Koncernbolaget AB, dpo@koncern.se' },
    ]
    for (const change of filledOtherwise) expect(fieldsOf({ ...complete, ...change })).toEqual([])
  })

  it('counts each purpose, special category and retention rule in the score', () => {
    // 16 fixed checks + 2×2 purposes + 1 special category + 1 retention rule = 22 items, one missing.
    const result = activityCompleteness({ ...complete, specialCategories: [{ category: 'health', condition: null }] })
    expect(result.score).toBeCloseTo(21 / 22, 10)
  })

  it('scores within [0, 1], and 1 exactly when nothing is missing (any activity)', () => {
    fc.assert(
      fc.property(activityArb, (a) => {
        const { missing, score } = activityCompleteness(a)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
        expect(score === 1).toBe(missing.length === 0)
      }),
      { numRuns: 1000, seed: 42 },
    )
  })
})

describe('organisationGaps', () => {
  it('names controller contact and DPO for an empty profile (check 2)', () => {
    expect(organisationGaps(emptyOrganisation()).map((g) => g.field)).toEqual([
      'organisation.name',
      'organisation.email',
      'organisation.dpoEmail',
    ])
  })

  it('names only the missing DPO for MyNumbers AB, whose policy names none', () => {
    expect(organisationGaps(MYNUMBERS_ORGANISATION)).toEqual([
      { field: 'organisation.dpoEmail', article: 'Art 30(1)(a), 37(7)' },
    ])
    expect(
      organisationGaps({ ...MYNUMBERS_ORGANISATION, dpoName: 'Anna Andersson', dpoEmail: 'dpo@mynumbers.com' }),
    ).toEqual([])
  })
})

describe('duplicateActivityFields', () => {
  it('copies into a draft with a new name and new purpose ids, sharing nothing with the original', () => {
    let n = 0
    const copy = duplicateActivityFields(
      complete,
      (name) => `${name} (kopia)`,
      () => `0f4b8c6e-9${String(++n).padStart(3, '0')}-4000-8000-000000000000`,
    )
    expect(copy.name).toBe('Lönehantering (kopia)')
    expect(copy.status).toBe('draft')
    expect(copy.purposes.map((p) => p.id)).toEqual([
      '0f4b8c6e-9001-4000-8000-000000000000',
      '0f4b8c6e-9002-4000-8000-000000000000',
    ])
    const strip = (a: ActivityFields) => ({
      ...a,
      name: '',
      status: 'draft',
      purposes: a.purposes.map((p) => p.description),
    })
    expect(strip(copy)).toEqual(strip(complete))
    copy.recipients[0]!.name = 'Ändrad'
    copy.purposes[0]!.description = 'Ändrad'
    expect(complete.recipients[0]!.name).toBe('Skatteverket')
    expect(complete.purposes[0]!.description).toBe('Betala ut lön enligt anställningsavtal')
  })
})

const text = fc.constantFrom('', ' ', 'Kunder', 'Namn')
const activityArb: fc.Arbitrary<ActivityFields> = fc.record({
  name: text,
  description: text,
  role: fc.constantFrom(...ROLES),
  jointControllers: text,
  controllersServed: fc.array(fc.record({ name: text, contact: text, representative: text, dpoContact: text }), {
    maxLength: 2,
  }),
  department: text,
  owner: text,
  purposes: fc.array(
    fc.record({
      id: fc.uuid({ version: 4 }),
      description: text,
      legalBasis: fc.option(fc.constantFrom(...LEGAL_BASES)),
      legitimateInterest: text,
      legalReference: text,
    }),
    { maxLength: 4 },
  ),
  dataSubjectCategories: fc.array(text, { maxLength: 2 }),
  personalDataCategories: fc.array(text, { maxLength: 2 }),
  specialCategories: fc.array(
    fc.record({
      category: fc.constantFrom(...SPECIAL_CATEGORIES),
      condition: fc.option(fc.constantFrom(...ART9_CONDITIONS)),
    }),
    { maxLength: 3 },
  ),
  criminalData: fc.record({ processed: fc.boolean(), legalGround: text }),
  identityNumbers: fc.record({
    kind: fc.constantFrom(...IDENTITY_NUMBER_KINDS),
    justification: fc.option(fc.constantFrom(...IDENTITY_JUSTIFICATIONS)),
  }),
  collectedFromDataSubject: fc.boolean(),
  sources: fc.array(text, { maxLength: 2 }),
  recipients: fc.array(
    fc.record({
      name: text,
      kind: fc.constantFrom(...RECIPIENT_KINDS),
      country: fc.constant('SE'),
      vendorId: fc.constant(null),
    }),
    {
      maxLength: 2,
    },
  ),
  transfersDescription: text,
  thirdCountryTransfers: fc.boolean(),
  retention: fc.array(
    fc.record({
      dataCategory: text,
      period: fc.constantFrom('', 'P12M', 'P7Y'),
      criterion: text,
      trigger: fc.constantFrom(...RETENTION_TRIGGERS),
      legalReference: text,
    }),
    { maxLength: 3 },
  ),
  securityMeasures: text,
  systems: fc.array(text, { maxLength: 2 }),
  dpia: fc.record({ status: fc.constant('not_assessed' as const), reference: text }),
  status: fc.constantFrom(...ACTIVITY_STATUSES),
  nextReviewOn: fc.constant(null),
  notes: text,
})
