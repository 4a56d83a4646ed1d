import { describe, expect, it } from 'vitest'
import { emptyCollections, type WorkspaceData } from '../backup/workspace.schema'
import { emptyOrganisation } from '../organisation'
import { CHECKS, checkByCode } from './catalogue'
import { CHECK_MODULES, SEVERITIES } from './finding'
import { CONTEXT, workspace, type CheckCase } from './fixtures'
import { INCIDENT_CASES } from './incidents.cases'
import { MODULE_CASES } from './modules.cases'
import { REGISTER_CASES } from './register.cases'

const CASES: CheckCase[] = [...REGISTER_CASES, ...MODULE_CASES, ...INCIDENT_CASES]
const label = (c: CheckCase) => (c.name ? `${c.check} (${c.name})` : c.check)
const run = (code: string, snapshot: WorkspaceData) => checkByCode(code)!.run(snapshot, CONTEXT)

describe('the registered checks', () => {
  it('are at least 30, with unique codes and complete metadata', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CHECKS.map((c) => c.code)).size).toBe(CHECKS.length)
    for (const c of CHECKS) {
      expect(CHECK_MODULES, c.code).toContain(c.module)
      expect(
        c.title.sv.trim() && c.title.en.trim() && c.description.sv.trim() && c.description.en.trim(),
        c.code,
      ).toBeTruthy()
      expect(c.rule.trim(), c.code).not.toBe('')
    }
  })

  it('each have a row that makes them fire and keeps them quiet', () => {
    const covered = new Set(CASES.map((c) => c.check))
    expect(CHECKS.map((c) => c.code).filter((code) => !covered.has(code))).toEqual([])
    expect([...covered].filter((code) => !checkByCode(code))).toEqual([])
  })

  it('raise nothing on a complete organisation with no records, and only the organisation gaps on an empty one', () => {
    expect(CHECKS.flatMap((c) => c.run(workspace(), CONTEXT))).toEqual([])
    const blank = { ...emptyCollections(), auditLog: [], organisation: emptyOrganisation() } as WorkspaceData
    const codes = CHECKS.flatMap((c) => c.run(blank, CONTEXT)).map((f) => f.code)
    expect(codes.sort()).toEqual(['register/controller-contact-missing', 'register/dpo-contact-missing'])
  })
})

describe.each(CASES.map((c) => [label(c), c] as const))('%s', (_label, c) => {
  it('fires, with a complete finding of its own check', () => {
    const findings = run(c.check, c.fires())
    expect(findings.length).toBeGreaterThan(0)
    const f = findings[0]!
    expect(f.check).toBe(c.check)
    expect(SEVERITIES).toContain(f.severity)
    expect(f.message.sv && f.message.en && f.fix.sv && f.fix.en && f.rule && f.entity.label).toBeTruthy()
    expect(f.id.startsWith(`${f.code}:${f.entity.id}`)).toBe(true)
    const { entityId, ...rest } = c.expected ?? {}
    expect(f).toMatchObject(rest)
    if (entityId) expect(f.entity.id).toBe(entityId)
  })

  it('stays quiet when the problem is fixed', () => {
    expect(run(c.check, c.quiet())).toEqual([])
  })

  it('gives the same ids on a second run', () => {
    const snapshot = c.fires()
    expect(run(c.check, snapshot).map((f) => f.id)).toEqual(run(c.check, c.fires()).map((f) => f.id))
  })
})
