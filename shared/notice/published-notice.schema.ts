/**
 * The privacy notice the organisation has published, as loaded for comparison: only its text is kept (an HTML
 * file is reduced to text on loading and is never rendered), with where it came from.
 */
import { z } from 'zod'
import { IsoDateTime, ShortText } from '../kernel'

/** Longest published text accepted: a long notice is some 60,000 characters; this leaves ample room. */
export const MAX_PUBLISHED_NOTICE_CHARS = 500_000

/** How the text got here: the example's seed policy, pasted by the DPO, or read from a file. */
export const PUBLISHED_NOTICE_ORIGINS = ['example', 'pasted', 'file'] as const

/** The formats a file can be read from; the stored text is always plain text. */
export const PUBLISHED_NOTICE_FORMATS = ['text', 'html', 'markdown'] as const
/** A format of a loaded notice file. */
export type PublishedNoticeFormat = (typeof PUBLISHED_NOTICE_FORMATS)[number]

export const PublishedNoticeSchema = z.strictObject({
  text: z.string().max(MAX_PUBLISHED_NOTICE_CHARS),
  origin: z.enum(PUBLISHED_NOTICE_ORIGINS),
  /** The file name, or empty when pasted. */
  sourceName: ShortText,
  format: z.enum(PUBLISHED_NOTICE_FORMATS),
  loadedAt: IsoDateTime,
})
/** The settings key under which the published notice is stored (and the property in a backup file). */
export const PUBLISHED_NOTICE_SETTING = 'publishedNotice'

/** The published notice as stored in the settings table under `publishedNotice`. */
export type PublishedNotice = z.infer<typeof PublishedNoticeSchema>
