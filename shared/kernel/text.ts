/** Bounded free text: the limit keeps hostile imports from filling memory, and is generous for real notes. */
import { z } from 'zod'

export const SHORT_TEXT_MAX = 500
export const LONG_TEXT_MAX = 20_000

/** One line of text (a name, a category), trimmed. */
export const ShortText = z.string().trim().max(SHORT_TEXT_MAX)
/** A paragraph or more (a description, reasoning). */
export const LongText = z.string().max(LONG_TEXT_MAX)
/** A list of short texts (categories, systems), bounded in length. */
export const ShortTextList = z.array(ShortText).max(200)
