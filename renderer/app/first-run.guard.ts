/** Which screen a navigation may show before and after the first-run choice. */
import type { RouteLocationRaw, RouteRecordNameGeneric } from 'vue-router'

/** The first-run choice's route (workspace/feature.ts). */
export const WELCOME_ROUTE = 'welcome'

/**
 * Before a workspace was started (the example or an empty one: settings' `workspace` state), nothing but the
 * first-run choice is shown. Afterwards the choice is not offered again: /welcome leads to the start page, since
 * opening the example there would replace the workspace without the backup Settings' reset writes first.
 */
export function firstRunRedirect(workspaceStarted: boolean, to: RouteRecordNameGeneric): RouteLocationRaw | true {
  if (!workspaceStarted) return to === WELCOME_ROUTE ? true : { name: WELCOME_ROUTE }
  return to === WELCOME_ROUTE ? { path: '/' } : true
}
