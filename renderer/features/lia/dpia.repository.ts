/**
 * DPIA screenings, one per processing activity. Screening and re-screening are one upsert in one transaction
 * with its audit entry, so two screenings for the same activity can never both be stored.
 */
import { diffFields } from '@shared/audit'
import {
  DpiaScreeningFieldsSchema,
  screeningFields,
  type DpiaScreening,
  type DpiaScreeningFields,
  type DpiaScreeningInput,
} from '@shared/dpia'
import { issueLines, stampNew, stampUpdate } from '@shared/kernel'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { RecordError } from '@/db/entity-repository'

const RESULT_LABEL = { required: 'krävs', recommended: 'rekommenderas', not_required: 'krävs inte' } as const

/** The audit log's name for a screening: what it concluded. */
const label = (fields: DpiaScreeningFields): string =>
  `DPIA-screening: konsekvensbedömning ${RESULT_LABEL[fields.result]}`

function parse(fields: DpiaScreeningFields): DpiaScreeningFields {
  const result = DpiaScreeningFieldsSchema.safeParse(fields)
  if (!result.success) throw new RecordError('invalid', 'The screening does not validate', issueLines(result.error))
  return result.data
}

/**
 * Screens an activity, or re-screens it. `expectedRevision` is null for a first screening and the revision the
 * form was loaded at otherwise; anything else means someone screened meanwhile, and the save is refused.
 */
async function screen(
  activityId: string,
  input: DpiaScreeningInput,
  expectedRevision: number | null,
  actor: string,
  today: string,
): Promise<DpiaScreening> {
  const fields = parse(screeningFields(activityId, input, actor, today))
  const database = db()
  const saved = await database.transaction('rw', [database.dpiaScreenings, database.audit], async () => {
    const before = await database.dpiaScreenings.where('activityId').equals(activityId).first()
    if ((before?.revision ?? null) !== expectedRevision) {
      throw new RecordError('conflict', 'Screened elsewhere meanwhile')
    }
    const record = before ? stampUpdate({ ...before, ...fields }) : stampNew(fields)
    await database.dpiaScreenings.put(record)
    await appendAudit(database, {
      at: record.updatedAt,
      actor,
      entity: 'dpiaScreenings',
      entityId: record.id,
      label: label(fields),
      op: before ? 'update' : 'create',
      changes: diffFields(before ?? {}, record),
    })
    return record
  })
  notifyWorkspaceChanged()
  return saved
}

export const dpiaRepository = {
  list: (): Promise<DpiaScreening[]> => db().dpiaScreenings.toArray(),
  /** The activity's screening, if it has been screened. */
  forActivity: (activityId: string): Promise<DpiaScreening | undefined> =>
    db().dpiaScreenings.where('activityId').equals(activityId).first(),
  screen,
}
