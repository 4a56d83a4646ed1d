import { describe, expect, it } from 'vitest'
import { emptyCollections, type WorkspaceData } from '../backup/workspace.schema'
import { stockholmDateOf } from '../deadlines'
import { EXAMPLE_IDS, myNumbersWorkspace } from '../example'
import { countByActivity } from './aggregates.rules'
import { evaluateChecks } from './run.rules'

const NOW = new Date('2026-09-14T10:00:00+02:00')
const CONTEXT = { today: stockholmDateOf(NOW), now: NOW }

function exampleSnapshot(): WorkspaceData {
  const ws = myNumbersWorkspace(NOW)
  return { ...emptyCollections(), ...ws.collections, organisation: ws.organisation, auditLog: [] }
}

describe('the MyNumbers AB example', () => {
  const run = evaluateChecks(exampleSnapshot(), CONTEXT, [])
  const on = (activityId: string) => run.open.filter((f) => f.activityIds.includes(activityId)).map((f) => f.code)

  it('runs every check without a failure', () => {
    expect(run.failures).toEqual([])
  })

  it('shows the weak spots of the privacy policy', () => {
    const codes = run.open.map((f) => f.code)
    // No dataskyddsombud is named in the policy.
    expect(codes).toContain('register/dpo-contact-missing')
    // "Genom att skapa ett konto samtycker du" to transfers outside the EEA.
    expect(codes).toContain('transfers/consent-bundled')
    // Third-party cookies with no legal basis and no retention.
    expect(on(EXAMPLE_IDS.cookies)).toEqual(
      expect.arrayContaining(['register/purpose-without-basis', 'register/retention-missing']),
    )
    // Personnummer fetched from public registers without a recorded justification.
    expect(on(EXAMPLE_IDS.signatory)).toContain('register/personnummer-without-justification')
    // Retention missing for complaints and IT operations too.
    expect(on(EXAMPLE_IDS.complaints)).toContain('register/retention-missing')
    expect(on(EXAMPLE_IDS.itOperations)).toContain('register/retention-missing')
    // Legitimate interests for marketing, complaints and development without a passed LIA.
    expect(on(EXAMPLE_IDS.marketing)).toContain('lia/lia-fails')
    expect(on(EXAMPLE_IDS.development)).toContain('lia/lia-incomplete')
    expect(on(EXAMPLE_IDS.complaints)).toContain('lia/lia-not-signed-off')
    // Profiling and tracking cookies need a DPIA the register does not reference.
    expect(on(EXAMPLE_IDS.marketing)).toContain('dpia/dpia-required-not-referenced')
    expect(on(EXAMPLE_IDS.cookies)).toContain('dpia/dpia-required-not-referenced')
  })

  it('does not fault bookkeeping for keeping räkenskapsinformation seven years under bokföringslagen', () => {
    expect(on(EXAMPLE_IDS.bookkeeping)).not.toContain('register/retention-exceeds-legal-reference')
    expect(on(EXAMPLE_IDS.bookkeeping)).not.toContain('register/retention-missing')
    expect(countByActivity(run.open).get(EXAMPLE_IDS.cookies)!.high).toBeGreaterThan(0)
  })
})
