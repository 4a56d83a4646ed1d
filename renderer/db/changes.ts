/** A tiny signal that the workspace changed, for the debounced automatic backup and the marker. */
type Listener = () => void
const listeners = new Set<Listener>()

/** Subscribes; returns the unsubscribe function. */
export function onWorkspaceChanged(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by repositories after a write has committed. */
export function notifyWorkspaceChanged(): void {
  for (const l of listeners) l()
}
