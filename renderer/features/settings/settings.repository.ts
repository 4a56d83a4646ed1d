/**
 * Settings rows: the organisation profile (audited: it is part of the Art 30 record), this user's preferences
 * and how the workspace was started.
 */
import { diffFields } from '@shared/audit'
import { issueLines } from '@shared/kernel'
import { emptyOrganisation, OrganisationSchema, type Organisation } from '@shared/organisation'
import {
  DEFAULT_PREFERENCES,
  PreferencesSchema,
  WorkspaceStateSchema,
  type Preferences,
  type WorkspaceState,
} from '@shared/settings'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { RecordError } from '@/db/entity-repository'

async function read<T>(key: string, parse: (v: unknown) => T | undefined, fallback: T): Promise<T> {
  const row = await db().settings.get(key)
  return (row && parse(row.value)) ?? fallback
}

export const settingsRepository = {
  getOrganisation: (): Promise<Organisation> =>
    read('organisation', (v) => OrganisationSchema.safeParse(v).data, emptyOrganisation()),

  /** Saves the organisation profile with an audit entry naming the changed fields. */
  async saveOrganisation(org: Organisation, actor: string): Promise<Organisation> {
    const parsed = OrganisationSchema.safeParse(org)
    if (!parsed.success) throw new RecordError('invalid', 'Organisation does not validate', issueLines(parsed.error))
    const database = db()
    await database.transaction('rw', database.settings, database.audit, async () => {
      const before = await settingsRepository.getOrganisation()
      const changes = diffFields(before, parsed.data)
      if (changes.length === 0) return
      await database.settings.put({ key: 'organisation', value: parsed.data })
      await appendAudit(database, {
        at: new Date().toISOString(),
        actor,
        entity: 'settings',
        entityId: 'organisation',
        label: parsed.data.name,
        op: 'update',
        changes,
      })
    })
    notifyWorkspaceChanged()
    return parsed.data
  },

  getPreferences: (): Promise<Preferences> =>
    read('preferences', (v) => PreferencesSchema.safeParse(v).data, DEFAULT_PREFERENCES),

  savePreferences: async (prefs: Preferences): Promise<void> => {
    await db().settings.put({ key: 'preferences', value: PreferencesSchema.parse(prefs) })
  },

  getWorkspaceState: (): Promise<WorkspaceState | null> =>
    read<WorkspaceState | null>('workspace', (v) => WorkspaceStateSchema.safeParse(v).data, null),
}
