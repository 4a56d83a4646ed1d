/**
 * The current time as a ref that ticks on every full minute, for live countdowns (the 72-hour clock). The timers
 * are cleared when the component unmounts, so a closed view leaves nothing running.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

const MINUTE_MS = 60_000

/** `at` cut to its minute, as ISO text: the precision the breach log records times in. */
export const minuteOf = (at: Date): string => new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS).toISOString()

/** `now`, refreshed at each minute boundary (and once on mount). */
export function useNow(): Ref<Date> {
  const now = ref(new Date())
  let align: ReturnType<typeof setTimeout> | undefined
  let tick: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    now.value = new Date()
    // Wait for the next full minute first, so "46 h 12 min" changes when the wall clock's minute does.
    align = setTimeout(
      () => {
        now.value = new Date()
        tick = setInterval(() => (now.value = new Date()), MINUTE_MS)
      },
      MINUTE_MS - (Date.now() % MINUTE_MS),
    )
  })
  onBeforeUnmount(() => {
    clearTimeout(align)
    clearInterval(tick)
  })
  return now
}
