/** How findings look and link in any view: the text in the UI language, the severity's colour and icon, the page to fix it on. */
import { mdiAlertCircle, mdiAlertOctagon, mdiInformationOutline } from '@mdi/js'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { EntityCollection, Finding, Localised, Severity } from '@shared/checks'
import { findingTarget, listTarget, type FindingTarget } from './finding-links'

/** Vuetify theme colours per severity, so charts and chips agree. */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { high: 'error', medium: 'warning', low: 'info' }
/** An icon per severity, so the level does not rest on colour alone. */
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = {
  high: mdiAlertOctagon,
  medium: mdiAlertCircle,
  low: mdiInformationOutline,
}

/** The text of a `{ sv, en }` pair in the current UI language. */
export function useLocalisedText(): (text: Localised) => string {
  const { locale } = useI18n()
  return (text) => (locale.value === 'en' ? text.en : text.sv)
}

/** Where findings and module lists are fixed and listed, from the routes the app has today. */
export function useFindingLinks(): {
  target: (f: Pick<Finding, 'entity' | 'field'>) => FindingTarget | null
  list: (collection: EntityCollection) => string | null
} {
  const router = useRouter()
  // Routes are fixed once the app starts (features register them up front), so one read is enough.
  const known = new Set(router.getRoutes().map((r) => r.path))
  return { target: (f) => findingTarget(f, known), list: (c) => listTarget(c, known) }
}
