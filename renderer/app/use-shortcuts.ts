/**
 * Global keyboard shortcuts. Views that own an action (save) listen for the custom event this dispatches,
 * so the shortcut table lives in one place.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import type { Router } from 'vue-router'

export const SHORTCUT_EVENT = 'dpo:shortcut'
export type ShortcutAction = 'save' | 'search' | 'new'

// Ctrl/Cmd+K belongs to the global search dialog (TheGlobalSearch.vue).
const KEYS: Record<string, ShortcutAction> = { s: 'save', f: 'search', n: 'new' }

export function useShortcuts(router: Router): void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return
    const action = KEYS[e.key.toLowerCase()]
    if (!action) return
    e.preventDefault()
    if (action === 'new') void router.push('/register/new')
    else window.dispatchEvent(new CustomEvent<ShortcutAction>(SHORTCUT_EVENT, { detail: action }))
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}

/** Runs `handler` when the given shortcut fires while the calling component is mounted. */
export function onShortcut(action: ShortcutAction, handler: () => void): void {
  const listener = (e: Event) => {
    if ((e as CustomEvent<ShortcutAction>).detail === action) handler()
  }
  onMounted(() => window.addEventListener(SHORTCUT_EVENT, listener))
  onBeforeUnmount(() => window.removeEventListener(SHORTCUT_EVENT, listener))
}
