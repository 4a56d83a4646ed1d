import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

/** An entry of the navigation drawer. */
export interface NavEntry {
  to: string
  /** An @mdi/js path. */
  icon: string
  /** Message key of the label. */
  label: string
  testId: string
  /** Position in the drawer; lower first. */
  order: number
}

/**
 * What a feature folder's feature.ts offers the shell: its routes and its drawer entries. It imports nothing of
 * the feature eagerly (views via `() => import()`, panels via `defineAsyncComponent`), since it is in the first bundle.
 */
export interface FeatureModule {
  routes: RouteRecordRaw[]
  nav: NavEntry[]
  /**
   * Panels shown beside a saved processing activity (its vendors, its LIA, its DPIA screening …). Each gets the
   * prop `activity: ProcessingActivity`. Use `defineAsyncComponent` so the panel loads with the detail view.
   */
  activityPanels?: Component[]
}
