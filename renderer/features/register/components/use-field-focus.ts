/**
 * Opens a field named by a path (`purposes[0].legalBasis`), as a finding links to it: scrolls it into view,
 * focuses its input and highlights it for a moment. Fields carry their path in `data-field`; when the exact
 * path is not on screen (the item was removed, or the field shows only in another state) the nearest enclosing
 * path is used (`purposes[0]`, then `purposes`).
 */
import { nextTick, watch, type WatchSource } from 'vue'

/** How long the highlight stays, so the eye finds the field after the scroll. */
const HIGHLIGHT_MS = 4000
/** Frames to wait for a section to render (panels and async components load after the record). */
const MAX_FRAMES = 30

/** The path and each enclosing path, longest first: `a[0].b` → `a[0].b`, `a[0]`, `a`. */
export function fieldPathCandidates(path: string): string[] {
  const out: string[] = []
  let rest = path
  while (rest) {
    out.push(rest)
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['))
    rest = cut > 0 ? rest.slice(0, cut) : ''
  }
  return out
}

function findField(path: string): HTMLElement | null {
  for (const candidate of fieldPathCandidates(path)) {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`)
    if (el) return el
  }
  return null
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

async function focusField(path: string): Promise<void> {
  await nextTick()
  let el = findField(path)
  for (let i = 0; !el && i < MAX_FRAMES; i++) {
    await nextFrame()
    el = findField(path)
  }
  if (!el) return
  el.scrollIntoView({ block: 'center' })
  const input = el.matches('input, textarea')
    ? el
    : el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')
  input?.focus({ preventScroll: true })
  // An attribute, not a class: Vue rewrites a component's class list when it re-renders (focusing does).
  el.setAttribute('data-field-focus', '')
  setTimeout(() => el.removeAttribute('data-field-focus'), HIGHLIGHT_MS)
}

/** Focuses `field()` whenever it or the record shown changes and both are set. */
export function useFieldFocus(field: WatchSource<unknown>, recordId: WatchSource<string | null>): void {
  watch(
    [field, recordId],
    ([path, id]) => {
      if (typeof path === 'string' && path !== '' && id) void focusField(path)
    },
    { immediate: true, flush: 'post' },
  )
}
