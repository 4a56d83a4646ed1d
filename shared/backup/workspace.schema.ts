/**
 * The whole-workspace backup file. Everything a restore needs, plus a SHA-256 of the content so a damaged or
 * hand-edited file is refused, and the audit head so the log can be checked against the file.
 */
import { z } from 'zod'
import { AuditEntrySchema } from '../audit'
import { IsoDateTime } from '../kernel'
import { OrganisationSchema } from '../organisation'
import { ProcessingActivitySchema } from '../register'

export const WORKSPACE_FORMAT = 'dpo-desk-workspace'
/** The format version this build writes; older ones are migrated on import (format-migrations.ts). */
export const CURRENT_FORMAT_VERSION = 2

/** Largest collections a file may hold; a hostile file cannot make the app allocate more. */
export const LIMITS = { activities: 100_000, audit: 2_000_000 } as const

export const WorkspaceDataSchema = z.strictObject({
  organisation: OrganisationSchema,
  activities: z.array(ProcessingActivitySchema).max(LIMITS.activities),
  auditLog: z.array(AuditEntrySchema).max(LIMITS.audit),
})
export type WorkspaceData = z.infer<typeof WorkspaceDataSchema>

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
