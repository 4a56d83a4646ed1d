/** Per-user preferences on this machine; not part of the workspace backup. */
import { z } from 'zod'

export const PreferencesSchema = z.strictObject({
  /** Written into every audit entry as the actor. */
  userName: z.string().trim().max(200),
  locale: z.enum(['sv', 'en']),
  theme: z.enum(['light', 'dark']),
})
export type Preferences = z.infer<typeof PreferencesSchema>

export const DEFAULT_PREFERENCES: Preferences = { userName: '', locale: 'sv', theme: 'light' }

/** How the workspace was started; absent means first run. */
export const WorkspaceStateSchema = z.strictObject({
  origin: z.enum(['example', 'empty', 'restored']),
  initializedAt: z.iso.datetime({ offset: true }),
})
export type WorkspaceState = z.infer<typeof WorkspaceStateSchema>
