/** Today's date in Stockholm (`YYYY-MM-DD`), kept current across midnight by the shared minute clock. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { formatDeadlineDate, stockholmDateOf } from '@shared/deadlines'
import { useNow } from '@/features/breaches'

export function useToday(): ComputedRef<string> {
  const now = useNow()
  return computed(() => stockholmDateOf(now.value))
}

/** A calendar date as `fre 10 apr 2026` in the UI language: no time zone can shift a date-only value. */
export function useDateText(): (date: string) => string {
  const { locale } = useI18n()
  return (date) => formatDeadlineDate(date, locale.value === 'en' ? 'en' : 'sv')
}
