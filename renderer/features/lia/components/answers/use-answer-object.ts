/** An answer that is an object: `null` until the DPO starts on it, then built up field by field. */
import { computed, type Ref } from 'vue'

export function useAnswerObject<T extends object>(model: Ref<T | null | undefined>, empty: () => T) {
  const value = computed<T>(() => model.value ?? empty())
  return {
    value,
    /** Sets one field, creating the answer from `empty()` the first time. */
    set<K extends keyof T>(key: K, v: T[K]): void {
      model.value = { ...value.value, [key]: v }
    },
  }
}
