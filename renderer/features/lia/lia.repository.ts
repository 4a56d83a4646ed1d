/**
 * Legitimate interest assessments and their signed versions. Ordinary saves go through the generic audited
 * repository; sign-off writes the LIA, its immutable version and the audit entry in one transaction, so a
 * version never exists without the sign-off that made it, nor a sign-off without its version.
 */
import type { z } from 'zod'
import { diffFields } from '@shared/audit'
import {
  applyLiaEdit,
  liaRecordFields,
  LiaRecordFieldsSchema,
  LiaVersionSchema,
  signOffLia,
  startNewDraft,
  type LegitimateInterestAssessment,
  type LiaEdit,
  type LiaRecordFields,
  type LiaSignOffRefusal,
  type LiaVersion,
} from '@shared/lia'
import { issueLines, stampUpdate } from '@shared/kernel'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { createEntityRepository, RecordError } from '@/db/entity-repository'

type Lia = LegitimateInterestAssessment

/** The audit log's name for an LIA: its interest (the purposes live in another table) and its version. */
function liaLabel(fields: Pick<LiaRecordFields, 'answers' | 'version'>): string {
  const interest = fields.answers.interest?.description.trim().split('\n')[0] ?? ''
  return `${interest.slice(0, 200) || 'Intresseavvägning'} (v${fields.version})`
}

const base = createEntityRepository<Lia, LiaRecordFields>({
  entity: 'lias',
  table: (database) => database.lias,
  fieldsSchema: LiaRecordFieldsSchema,
  label: liaLabel,
})

/** A sign-off the rules refused (incomplete, already signed, review date not after today). */
export class LiaSignOffError extends Error {
  constructor(readonly code: LiaSignOffRefusal) {
    super(`Sign-off refused: ${code}`)
    this.name = 'LiaSignOffError'
  }
}

/** The record as stored now, refusing a stale edit before any rule is applied to it. */
async function current(id: string, expectedRevision: number): Promise<Lia> {
  const lia = await base.get(id)
  if (!lia) throw new RecordError('not-found', `No LIA ${id}`)
  if (lia.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
  return lia
}

/** Validates what a sign-off is about to store; the rules built it, so a failure here is a bug, not user input. */
function validated<T>(schema: z.ZodType, value: T): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new RecordError('invalid', 'The sign-off does not validate', issueLines(result.error))
  return value
}

/** Signs off in one strict transaction: LIA update, version row and `sign_off` audit entry, or nothing. */
async function signOff(
  id: string,
  expectedRevision: number,
  actor: string,
  now: Date,
  nextReviewOn: string | null,
): Promise<{ lia: Lia; version: LiaVersion }> {
  const database = db()
  const result = await database.transaction('rw', [database.lias, database.liaVersions, database.audit], async () => {
    const before = await database.lias.get(id)
    if (!before) throw new RecordError('not-found', `No LIA ${id}`)
    if (before.revision !== expectedRevision) throw new RecordError('conflict', 'Saved elsewhere meanwhile')
    const signed = signOffLia(before, actor, now, nextReviewOn)
    if (!signed.ok) throw new LiaSignOffError(signed.error.code as LiaSignOffRefusal)
    validated(LiaRecordFieldsSchema, liaRecordFields(signed.value.lia))
    const version = validated(LiaVersionSchema, signed.value.version)
    const lia = stampUpdate(signed.value.lia, now)
    await database.lias.put(lia)
    await database.liaVersions.add(version)
    await appendAudit(database, {
      at: now.toISOString(),
      actor,
      entity: 'lias',
      entityId: id,
      label: liaLabel(lia),
      op: 'sign_off',
      changes: diffFields(before, lia),
    })
    return { lia, version }
  })
  notifyWorkspaceChanged()
  return result
}

export const liaRepository = {
  get: base.get,
  list: base.list,
  create: base.create,
  undoRemove: base.undoRemove,

  /**
   * Saves the form. On a signed-off LIA a change to the assessment starts the next version as a draft
   * (`applyLiaEdit`); the revision check inside `update` keeps that decision tied to the record it was made on.
   */
  save: async (id: string, edit: LiaEdit, expectedRevision: number, actor: string): Promise<Lia> => {
    const lia = await current(id, expectedRevision)
    return base.update(id, applyLiaEdit(liaRecordFields(lia), edit), expectedRevision, actor)
  },

  /** Re-opens a signed-off LIA as the next version's draft with the same answers (reassessment). */
  startNewDraft: async (id: string, expectedRevision: number, actor: string): Promise<Lia> => {
    const lia = await current(id, expectedRevision)
    return base.update(id, startNewDraft(liaRecordFields(lia)), expectedRevision, actor)
  },

  signOff,

  /** Deletes a draft that was never signed off; once a version exists the LIA is evidence and stays. */
  remove: async (id: string, actor: string): Promise<void> => {
    if ((await db().liaVersions.where('liaId').equals(id).count()) > 0) {
      throw new RecordError('invalid', 'An LIA with signed versions cannot be deleted')
    }
    await base.remove(id, actor)
  },

  /** The signed versions of an LIA, oldest first. */
  versions: (liaId: string): Promise<LiaVersion[]> => db().liaVersions.where('liaId').equals(liaId).sortBy('version'),
}
