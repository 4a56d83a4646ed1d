import { describe, expect, it } from 'vitest'
import { OrganisationSchema } from '../organisation'
import { activityCompleteness, ActivityFieldsSchema, organisationGaps } from '../register'
import { EXAMPLE_IDS, MYNUMBERS_ORGANISATION, myNumbersActivities } from './mynumbers.register'

const activities = myNumbersActivities()
const byId = (id: string) => activities.find((a) => a.id === id)!.fields

describe('MyNumbers AB example register', () => {
  it('has exactly the 8 activities, under their fixed ids, in order', () => {
    expect(activities.map((a) => a.id)).toEqual([
      '6d1f0c3a-0001-4000-8000-000000000001',
      '6d1f0c3a-0002-4000-8000-000000000002',
      '6d1f0c3a-0003-4000-8000-000000000003',
      '6d1f0c3a-0004-4000-8000-000000000004',
      '6d1f0c3a-0005-4000-8000-000000000005',
      '6d1f0c3a-0006-4000-8000-000000000006',
      '6d1f0c3a-0007-4000-8000-000000000007',
      '6d1f0c3a-0008-4000-8000-000000000008',
    ])
    expect(Object.values(EXAMPLE_IDS)).toEqual(activities.map((a) => a.id))
    expect(new Set(activities.map((a) => a.fields.name)).size).toBe(8)
  })

  it.each(activities.map((a) => [a.fields.name, a] as const))('%s validates as activity fields', (_name, a) => {
    const parsed = ActivityFieldsSchema.safeParse(a.fields)
    expect(parsed.error?.issues ?? []).toEqual([])
    // Parsing changes nothing: every default is already spelled out.
    expect(parsed.data).toEqual(a.fields)
  })

  it('gives every purpose its own uuid across the register', () => {
    const ids = activities.flatMap((a) => a.fields.purposes.map((p) => p.id))
    expect(ids).toHaveLength(11)
    expect(new Set(ids).size).toBe(11)
  })

  it('returns fresh objects each call, so a caller cannot change the example', () => {
    const first = myNumbersActivities()
    first[0]!.fields.purposes.push({ ...first[0]!.fields.purposes[0]! })
    first[0]!.fields.dataSubjectCategories.push('x')
    expect(myNumbersActivities()[0]!.fields.purposes).toHaveLength(2)
    expect(myNumbersActivities()[0]!.fields.dataSubjectCategories).toHaveLength(2)
  })

  it('keeps the policy’s weak points for the checks to find', () => {
    // Signatory check: purpose without Art 6 basis and personnummer without justification (checks 3, 14).
    expect(activityCompleteness(byId(EXAMPLE_IDS.signatory)).missing.map((m) => m.field)).toEqual([
      'purposes[0].legalBasis',
      'identityNumbers.justification',
      'recipients',
    ])
    // Cookies: tracking purpose without basis, no retention, no security description (checks 3, 6, 7).
    expect(activityCompleteness(byId(EXAMPLE_IDS.cookies)).missing.map((m) => m.field)).toEqual([
      'purposes[1].legalBasis',
      'retention',
      'securityMeasures',
    ])
    expect(byId(EXAMPLE_IDS.cookies).retention).toEqual([])
    // Transfers "consented to" by creating an account (check 26).
    for (const id of [EXAMPLE_IDS.service, EXAMPLE_IDS.development, EXAMPLE_IDS.itOperations]) {
      expect(byId(id).thirdCountryTransfers).toBe(true)
      expect(byId(id).transfersDescription).toContain('skapa ett MyNumbers-konto')
    }
    // Legitimate interest claimed for marketing without an opt-out or LIA (checks 9, 13).
    expect(byId(EXAMPLE_IDS.marketing).purposes.map((p) => p.legalBasis)).toEqual([
      'f_legitimate_interests',
      'f_legitimate_interests',
    ])
    expect(activityCompleteness(byId(EXAMPLE_IDS.complaints)).missing.map((m) => m.field)).toEqual(['retention'])
    expect(activityCompleteness(byId(EXAMPLE_IDS.development)).missing.map((m) => m.field)).toEqual([
      'securityMeasures',
    ])
  })

  it('describes the organisation: org nr 559138-5959 and no DPO named', () => {
    expect(OrganisationSchema.safeParse(MYNUMBERS_ORGANISATION).success).toBe(true)
    expect(MYNUMBERS_ORGANISATION).toMatchObject({
      name: 'MyNumbers AB',
      orgNumber: '559138-5959',
      country: 'SE',
      dpoName: '',
      dpoEmail: '',
      dpoPhone: '',
    })
    expect(organisationGaps(MYNUMBERS_ORGANISATION).map((g) => g.field)).toEqual(['organisation.dpoEmail'])
  })
})
