/**
 * Test support: the MyNumbers AB example as a whole workspace snapshot, with a short audit chain so the seal has
 * a head to show. Used by the report and export tests; not part of the public surface.
 */
import { chainAuditEntry, type AuditEntry } from '../audit'
import { emptyCollections, type WorkspaceData } from '../backup'
import { myNumbersWorkspace } from '../example'

/** The example workspace as `workspaceRepository.snapshot()` would return it after "open the example". */
export function exampleSnapshot(now: Date): WorkspaceData {
  const example = myNumbersWorkspace(now)
  const entry: AuditEntry = chainAuditEntry(
    {
      at: now.toISOString(),
      actor: 'DPO',
      entity: 'workspace',
      entityId: 'workspace',
      label: 'MyNumbers AB',
      op: 'reset',
      changes: [],
    },
    undefined,
  )
  return { organisation: example.organisation, ...emptyCollections(), ...example.collections, auditLog: [entry] }
}
