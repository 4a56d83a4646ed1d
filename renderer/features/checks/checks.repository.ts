/**
 * What the checks read and write: the whole workspace (the checks look across every module) and the DPO's
 * acceptances. Accepting or revoking writes the acceptance and its audit entry in one strict transaction.
 */
import { diffFields } from '@shared/audit'
import type { WorkspaceData } from '@shared/backup'
import { FindingAcceptanceSchema, type FindingAcceptance } from '@shared/checks'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged, onWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { workspaceRepository } from '@/features/workspace/workspace.repository'

const ENTITY = 'findingAcceptances'

export const checksRepository = {
  /** Every record of every module, read in one transaction. */
  snapshot: (): Promise<WorkspaceData> => workspaceRepository.snapshot(),

  /**
   * Saves an acceptance (a new one or a renewal of the same finding) with an `accept` audit entry; `label` names
   * the finding in the log so it reads without the checks.
   */
  async accept(acceptance: FindingAcceptance, label: string): Promise<FindingAcceptance> {
    const valid = FindingAcceptanceSchema.parse(acceptance)
    const database = db()
    await database.transaction('rw', [database.findingAcceptances, database.audit], async () => {
      const before = await database.findingAcceptances.get(valid.key)
      await database.findingAcceptances.put(valid)
      await appendAudit(database, {
        at: valid.acceptedAt,
        actor: valid.acceptedBy,
        entity: ENTITY,
        entityId: valid.key,
        label: label.slice(0, 500),
        op: 'accept',
        changes: diffFields(before ?? {}, valid),
      })
    })
    notifyWorkspaceChanged()
    return valid
  },

  /** Withdraws an acceptance, so the finding is open again; audited as a delete that keeps the acceptance. */
  async revoke(key: string, label: string, actor: string): Promise<void> {
    const database = db()
    await database.transaction('rw', [database.findingAcceptances, database.audit], async () => {
      const before = await database.findingAcceptances.get(key)
      if (!before) return
      await database.findingAcceptances.delete(key)
      await appendAudit(database, {
        at: new Date().toISOString(),
        actor,
        entity: ENTITY,
        entityId: key,
        label: label.slice(0, 500),
        op: 'delete',
        changes: [{ field: '*', before, after: null }],
      })
    })
    notifyWorkspaceChanged()
  },

  /** Calls `listener` after any write to the workspace, so the findings follow every save. */
  onChanged: (listener: () => void): (() => void) => onWorkspaceChanged(listener),
}
