/**
 * The notice's data: what the notice is built from (one read transaction over the register, LIAs, transfers and
 * vendors) and the published notice, kept in the settings table under `publishedNotice` with an audit entry for
 * each replacement (the text itself is not copied into the log, only its hash and size).
 */
import { issueLines, sha256Hex } from '@shared/kernel'
import {
  PUBLISHED_NOTICE_SETTING,
  PublishedNoticeSchema,
  type NoticeSources,
  type PublishedNotice,
} from '@shared/notice'
import { emptyOrganisation, OrganisationSchema } from '@shared/organisation'
import { WorkspaceStateSchema } from '@shared/settings'
import { appendAudit } from '@/db/audit'
import { notifyWorkspaceChanged } from '@/db/changes'
import { db } from '@/db/database'
import { RecordError } from '@/db/entity-repository'
import { EXAMPLE_NOTICE_NAME, EXAMPLE_NOTICE_TEXT } from './example-notice'

/** The settings key of the published notice (also its property in backup files). */
export const PUBLISHED_NOTICE_KEY = PUBLISHED_NOTICE_SETTING

/** What the audit log keeps of a published notice: enough to tell versions apart without storing the text twice. */
const fingerprint = (n: PublishedNotice | null) =>
  n && { sourceName: n.sourceName, origin: n.origin, chars: n.text.length, sha256: sha256Hex(n.text) }

async function readPublished(): Promise<PublishedNotice | null> {
  const row = await db().settings.get(PUBLISHED_NOTICE_KEY)
  return row ? (PublishedNoticeSchema.safeParse(row.value).data ?? null) : null
}

export const noticeRepository = {
  /** Everything the notice is built from, read in one consistent transaction. */
  sources: (): Promise<NoticeSources> => {
    const d = db()
    return d.transaction('r', [d.settings, d.activities, d.lias, d.transfers, d.vendors], async () => {
      const org = await d.settings.get('organisation')
      return {
        organisation: OrganisationSchema.safeParse(org?.value).data ?? emptyOrganisation(),
        activities: await d.activities.toArray(),
        lias: await d.lias.toArray(),
        transfers: await d.transfers.toArray(),
        vendors: await d.vendors.toArray(),
      }
    })
  },

  /** The published notice, or null when none has been loaded. */
  published: readPublished,

  /** Replaces the published notice, with an audit entry naming the old and new text by hash. */
  async savePublished(notice: PublishedNotice, actor: string): Promise<PublishedNotice> {
    const parsed = PublishedNoticeSchema.safeParse(notice)
    if (!parsed.success)
      throw new RecordError('invalid', 'Published notice does not validate', issueLines(parsed.error))
    const d = db()
    await d.transaction('rw', d.settings, d.audit, async () => {
      const before = await readPublished()
      await d.settings.put({ key: PUBLISHED_NOTICE_KEY, value: parsed.data })
      await appendAudit(d, {
        at: new Date().toISOString(),
        actor,
        entity: 'settings',
        entityId: PUBLISHED_NOTICE_KEY,
        label: parsed.data.sourceName || parsed.data.origin,
        op: before ? 'update' : 'create',
        changes: [{ field: 'publishedNotice', before: fingerprint(before), after: fingerprint(parsed.data) }],
      })
    })
    notifyWorkspaceChanged()
    return parsed.data
  },

  /**
   * The example loads its published policy on first open: when the workspace was started from the example and
   * no published notice is stored yet (a DPO who replaced it keeps their own). Returns what is stored after.
   */
  async ensureExampleNotice(actor: string, now: Date = new Date()): Promise<PublishedNotice | null> {
    const d = db()
    const [state, existing] = await Promise.all([d.settings.get('workspace'), d.settings.get(PUBLISHED_NOTICE_KEY)])
    if (existing || WorkspaceStateSchema.safeParse(state?.value).data?.origin !== 'example') return readPublished()
    return noticeRepository.savePublished(
      {
        text: EXAMPLE_NOTICE_TEXT,
        origin: 'example',
        sourceName: EXAMPLE_NOTICE_NAME,
        format: 'text',
        loadedAt: now.toISOString(),
      },
      actor,
    )
  },
}
