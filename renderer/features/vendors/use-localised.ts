/** Picks the UI language's text of a rule's `{ sv, en }` message, and country names in that language. */
import { parseISO } from 'date-fns'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { countriesByName, destinationName, type Locale, type Localised } from '@shared/transfers'

export function useLocalised() {
  const { locale, d } = useI18n()
  const lang = computed<Locale>(() => (locale.value === 'en' ? 'en' : 'sv'))
  return {
    lang,
    /** The message in the current UI language. */
    l: (text: Localised): string => text[lang.value],
    /** A country's or international organisation's name in the current UI language; '' for none. */
    country: (code: string): string => (code ? destinationName(code, lang.value) : ''),
    /** A calendar date (`YYYY-MM-DD`, read as local midnight so it never shifts a day) in the UI's format. */
    day: (iso: string | null | undefined, empty = '—'): string => (iso ? d(parseISO(iso), 'short') : empty),
    /** Every country as picker items, sorted by name in the current language. */
    countryItems: computed(() =>
      countriesByName(lang.value).map((c) => ({ value: c.code, title: `${c.name[lang.value]} (${c.code})` })),
    ),
  }
}
