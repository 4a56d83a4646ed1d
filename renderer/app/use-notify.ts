/** One snackbar for the whole app: short confirmations, errors, and an optional undo action. */
import { ref } from 'vue'

export interface Notice {
  text: string
  color: 'success' | 'error' | 'info' | 'warning'
  details?: string[]
  action?: { label: string; run: () => void | Promise<void> }
}

/** A notice as shown: the id lets a closing snackbar dismiss only itself, never a newer notice. */
export interface ShownNotice extends Notice {
  id: number
}

const current = ref<ShownNotice | null>(null)
let nextId = 1

export function useNotify() {
  return {
    current,
    notify: (notice: Notice) => {
      current.value = { ...notice, id: nextId++ }
    },
    /** Dismisses the notice with this id (or whatever is shown, without one). */
    dismiss: (id?: number) => {
      if (id === undefined || current.value?.id === id) current.value = null
    },
  }
}
