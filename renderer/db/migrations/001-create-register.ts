/**
 * Version 1: the processing register and the settings key-value store.
 * Self-contained on purpose (house-style §2.5): imports nothing from features, so later code changes
 * cannot alter what this step did.
 */
export const version = 1

export const stores = Object.freeze({
  activities: 'id, name, status, role, department, updatedAt',
  settings: 'key',
})
