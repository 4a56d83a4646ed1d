/**
 * The whole-workspace backup file. Everything a restore needs, plus a SHA-256 of the content so a damaged or
 * hand-edited file is refused, and the audit head so the log can be checked against the file.
 */
import { z } from 'zod'
import { AuditEntrySchema } from '../audit'
import { BreachSchema } from '../breaches'
import { FindingAcceptanceSchema } from '../checks/acceptance.schema'
import { ComplaintSchema } from '../complaints'
import { StoredDocumentSchema } from '../documents'
import { DpiaScreeningSchema } from '../dpia'
import { IsoDateTime } from '../kernel'
import { LegitimateInterestAssessmentSchema, LiaVersionSchema } from '../lia'
import { PublishedNoticeSchema } from '../notice/published-notice.schema'
import { OrganisationSchema } from '../organisation'
import { ProcessorAgreementSchema } from '../processors'
import { ProcessingActivitySchema } from '../register'
import { DataSubjectRequestSchema } from '../requests'
import { TransferRecordSchema } from '../transfers'
import { VendorSchema } from '../vendors'

export const WORKSPACE_FORMAT = 'dpo-desk-workspace'
/** The format version this build writes; older ones are migrated on import (format-migrations.ts). */
export const CURRENT_FORMAT_VERSION = 4

/**
 * Every collection of records in a workspace, in the order they are written on restore. The key is both the
 * property in the file and the database table; `idKey` names each record's identity for merges and duplicates.
 */
export const COLLECTIONS = {
  activities: { schema: ProcessingActivitySchema, idKey: 'id', max: 100_000 },
  vendors: { schema: VendorSchema, idKey: 'id', max: 50_000 },
  agreements: { schema: ProcessorAgreementSchema, idKey: 'id', max: 50_000 },
  transfers: { schema: TransferRecordSchema, idKey: 'id', max: 50_000 },
  lias: { schema: LegitimateInterestAssessmentSchema, idKey: 'id', max: 50_000 },
  liaVersions: { schema: LiaVersionSchema, idKey: 'id', max: 200_000 },
  dpiaScreenings: { schema: DpiaScreeningSchema, idKey: 'id', max: 100_000 },
  breaches: { schema: BreachSchema, idKey: 'id', max: 50_000 },
  requests: { schema: DataSubjectRequestSchema, idKey: 'id', max: 200_000 },
  complaints: { schema: ComplaintSchema, idKey: 'id', max: 50_000 },
  documents: { schema: StoredDocumentSchema, idKey: 'id', max: 10_000 },
  findingAcceptances: { schema: FindingAcceptanceSchema, idKey: 'key', max: 100_000 },
} as const
export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]

/** Largest audit log a file may hold; a hostile file cannot make the app allocate more. */
export const MAX_AUDIT_ENTRIES = 2_000_000

const collectionShape = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, z.array(COLLECTIONS[name].schema).max(COLLECTIONS[name].max)]),
) as { [K in CollectionName]: z.ZodArray<(typeof COLLECTIONS)[K]['schema']> }

export const WorkspaceDataSchema = z.strictObject({
  organisation: OrganisationSchema,
  ...collectionShape,
  auditLog: z.array(AuditEntrySchema).max(MAX_AUDIT_ENTRIES),
  /**
   * The privacy notice the organisation has published, kept for the notice check (v4). Written as null when
   * there is none; optional so that in-memory workspaces built by checks and reports need not name it.
   */
  publishedNotice: PublishedNoticeSchema.nullable().optional(),
})
export type WorkspaceData = z.infer<typeof WorkspaceDataSchema>
/** The records of one collection. */
export type CollectionRecord<K extends CollectionName> = z.infer<(typeof COLLECTIONS)[K]['schema']>

export const WorkspaceFileSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  appVersion: z.string().max(50),
  exportedAt: IsoDateTime,
  /** SHA-256 (hex) of `canonicalJson(data)`. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  audit: z.strictObject({
    count: z.int().min(0),
    headHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  }),
  data: WorkspaceDataSchema,
})
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>

/** Just enough to tell which format and version a file claims to be, before migrating it. */
export const EnvelopeSchema = z.looseObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.int().min(1),
})

/** An empty workspace's collections. */
export function emptyCollections(): { [K in CollectionName]: CollectionRecord<K>[] } {
  return Object.fromEntries(COLLECTION_NAMES.map((n) => [n, []])) as unknown as {
    [K in CollectionName]: CollectionRecord<K>[]
  }
}
