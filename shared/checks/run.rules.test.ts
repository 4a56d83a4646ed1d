import { describe, expect, it } from 'vitest'
import type { FindingAcceptance } from './acceptance.schema'
import { acceptanceProblems, acceptFinding } from './acceptance.rules'
import { defineCheck, type Finding } from './finding'
import { completeActivity, CONTEXT, fullOrganisation, IDS, workspace } from './fixtures'
import { compareFindings, evaluateChecks, isAcceptanceActive, runAllChecks, runChecks } from './run.rules'

/** No security measures (medium) and a purpose without basis (high), on one activity. */
const snapshot = () =>
  workspace({
    activities: [
      completeActivity({
        securityMeasures: '',
        purposes: [
          { id: IDS.purpose, description: 'Lön', legalBasis: null, legitimateInterest: '', legalReference: '' },
        ],
      }),
    ],
  })

const acceptance = (key: string, expiresOn: string): FindingAcceptance => ({
  key,
  reason: 'Åtgärdas i höst',
  expiresOn,
  acceptedBy: 'DPO',
  acceptedAt: '2026-06-01T10:00:00.000Z',
})

const SECURITY = `register/security-missing:${IDS.activity}`
const BASIS = `register/purpose-without-basis:${IDS.activity}:${IDS.purpose}`

describe('runChecks', () => {
  it('lists every open finding, most severe first', () => {
    expect(runChecks(snapshot(), CONTEXT).map((f) => f.id)).toEqual([BASIS, SECURITY])
  })

  it('hides a finding accepted until a later day, and on its last day', () => {
    expect(runChecks(snapshot(), CONTEXT, [acceptance(SECURITY, '2026-09-30')]).map((f) => f.id)).toEqual([BASIS])
    expect(runChecks(snapshot(), CONTEXT, [acceptance(SECURITY, CONTEXT.today)]).map((f) => f.id)).toEqual([BASIS])
  })

  it('brings the finding back the day after the acceptance expires', () => {
    const open = runChecks(snapshot(), CONTEXT, [acceptance(SECURITY, '2026-06-14')])
    expect(open.map((f) => f.id)).toEqual([BASIS, SECURITY])
  })

  it('ignores an acceptance of another finding', () => {
    expect(runChecks(snapshot(), CONTEXT, [acceptance('register/security-missing:other', '2027-01-01')])).toHaveLength(
      2,
    )
  })
})

describe('evaluateChecks', () => {
  it('splits open and accepted, and names acceptances whose problem was fixed meanwhile', () => {
    const fixed = acceptance(`register/retention-missing:${IDS.activity}`, '2026-12-31')
    const run = evaluateChecks(snapshot(), CONTEXT, [acceptance(SECURITY, '2026-12-31'), fixed])
    expect(run.open.map((f) => f.id)).toEqual([BASIS])
    expect(run.accepted.map((a) => [a.finding.id, a.acceptance.reason])).toEqual([[SECURITY, 'Åtgärdas i höst']])
    expect(run.dormant).toEqual([fixed])
    expect(run.failures).toEqual([])
  })

  it('reports a check that throws and still runs the others', () => {
    const broken = defineCheck(
      {
        code: 'test/broken',
        module: 'register',
        title: { sv: 'x', en: 'x' },
        rule: 'x',
        description: { sv: 'x', en: 'x' },
        reference: null,
      },
      () => {
        throw new Error('bad record')
      },
    )
    const draft = {
      code: 'test/ok',
      severity: 'low' as const,
      rule: 'x',
      entity: { collection: 'activities' as const, id: 'a', label: 'A' },
      activityIds: [],
      message: { sv: 'x', en: 'x' },
      fix: { sv: 'x', en: 'x' },
    }
    // The same problem twice on one record (two recipients of the same name, say) and once on another.
    const ok = defineCheck(
      {
        code: 'test/ok',
        module: 'register',
        title: { sv: 'x', en: 'x' },
        rule: 'x',
        description: { sv: 'x', en: 'x' },
        reference: null,
      },
      () => [draft, draft, { ...draft, entity: { ...draft.entity, id: 'b' } }],
    )
    const run = runAllChecks(workspace(), CONTEXT, [broken, ok])
    expect(run.failures).toEqual([{ check: 'test/broken', error: 'bad record' }])
    // A repeated id on one record gets a suffix, so each finding can be accepted on its own.
    expect(run.findings.map((f) => f.id)).toEqual(['test/ok:a', 'test/ok:a:2', 'test/ok:b'])
  })

  it('keeps only the organisation findings on an empty organisation', () => {
    const run = evaluateChecks(workspace({ organisation: fullOrganisation({ dpoName: '' }) }), CONTEXT, [])
    expect(run.open.map((f) => f.code)).toEqual(['register/dpo-contact-missing'])
  })
})

describe('compareFindings', () => {
  const f = (severity: Finding['severity'], module: Finding['module'], label: string): Finding => ({
    id: label,
    code: 'x',
    check: 'x',
    severity,
    module,
    rule: '',
    entity: { collection: 'activities', id: label, label },
    activityIds: [],
    message: { sv: '', en: '' },
    fix: { sv: '', en: '' },
  })
  it('orders by severity, then module, then the record name', () => {
    const list = [
      f('low', 'register', 'A'),
      f('high', 'transfers', 'B'),
      f('high', 'register', 'Ö'),
      f('high', 'register', 'Ä'),
    ]
    expect(list.sort(compareFindings).map((x) => x.id)).toEqual(['Ä', 'Ö', 'B', 'A'])
  })
})

describe('accepting a finding', () => {
  it('needs a reason and an expiry after today', () => {
    expect(acceptanceProblems({ reason: 'Planerad åtgärd', expiresOn: '2026-06-16' }, CONTEXT.today)).toEqual([])
    expect(acceptanceProblems({ reason: '  ', expiresOn: CONTEXT.today }, CONTEXT.today)).toEqual([
      'reason_missing',
      'expiry_not_after_today',
    ])
    expect(acceptanceProblems({ reason: 'x', expiresOn: '' }, CONTEXT.today)).toEqual(['expiry_not_after_today'])
  })

  it('builds a valid acceptance keyed by the finding id', () => {
    const a = acceptFinding(
      { id: SECURITY },
      { reason: ' Ny policy i höst ', expiresOn: '2026-10-01' },
      'Dana',
      CONTEXT.now,
    )
    expect(a).toEqual({
      key: SECURITY,
      reason: 'Ny policy i höst',
      expiresOn: '2026-10-01',
      acceptedBy: 'Dana',
      acceptedAt: '2026-06-15T08:00:00.000Z',
    })
    expect(isAcceptanceActive(a, '2026-10-01')).toBe(true)
    expect(isAcceptanceActive(a, '2026-10-02')).toBe(false)
    expect(() =>
      acceptFinding({ id: SECURITY }, { reason: '', expiresOn: '2026-10-01' }, 'Dana', CONTEXT.now),
    ).toThrow()
  })
})
