import { createI18n } from 'vue-i18n'

/** The shape vue-i18n accepts for one locale's tree; the JSON files are checked by i18n.test.ts. */
export type Messages = { [key: string]: string | Messages }

/** The interface languages: Swedish by default (the DPO's and IMY's language), English on request. */
export type UiLocale = 'sv' | 'en'

/**
 * Messages live in one file per feature and language (`locales/sv/register.json` …), each holding its own
 * top-level namespace, so features never edit each other's files. They are merged here.
 */
export function mergeMessages(files: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(files)) as Messages
}

const sv = mergeMessages(import.meta.glob<Messages>('../locales/sv/*.json', { eager: true, import: 'default' }))

const datetimeFormats = {
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
  long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
} as const

/**
 * Swedish by default; English on request. Only Swedish ships in the first bundle: English is loaded by
 * `loadLocaleMessages` before the interface switches to it. Both languages have the same keys (i18n.test.ts),
 * so the fallback to English is never needed for a Swedish text that exists.
 */
export const i18n = createI18n({
  legacy: false,
  locale: 'sv',
  fallbackLocale: 'en',
  messages: { sv } as Record<UiLocale, Messages>,
  datetimeFormats: { sv: datetimeFormats, en: datetimeFormats },
})

const loading = new Map<UiLocale, Promise<void>>()

/** Makes the messages of `lang` available (once); call before switching the interface to it. */
export function loadLocaleMessages(lang: UiLocale): Promise<void> {
  if (lang === 'sv') return Promise.resolve()
  let done = loading.get(lang)
  if (!done) {
    done = import('./messages-en').then((m) => i18n.global.setLocaleMessage(lang, m.EN_MESSAGES))
    // A failed load may be retried by the next switch.
    done.catch(() => loading.delete(lang))
    loading.set(lang, done)
  }
  return done
}

/**
 * For tests: both merged message trees. The app never reads it, so the bundler drops it, English included
 * (the call is pure); the app loads English through `loadLocaleMessages`.
 */
export const MESSAGES = {
  sv,
  en: /* @__PURE__ */ mergeMessages(
    import.meta.glob<Messages>('../locales/en/*.json', { eager: true, import: 'default' }),
  ),
}
