/** The panels other features contribute to the activity detail view (see FeatureModule.activityPanels). */
import type { Component } from 'vue'
import { FEATURES } from './features'

export function activityPanels(): Component[] {
  return FEATURES.flatMap((f) => f.activityPanels ?? [])
}
