/** One snackbar for the whole app: short confirmations, errors, and an optional undo action. */
import { ref } from 'vue'

export interface Notice {
  text: string
  color: 'success' | 'error' | 'info' | 'warning'
  details?: string[]
  action?: { label: string; run: () => void | Promise<void> }
}

const current = ref<Notice | null>(null)

export function useNotify() {
  return {
    current,
    notify: (notice: Notice) => {
      current.value = notice
    },
    dismiss: () => {
      current.value = null
    },
  }
}
