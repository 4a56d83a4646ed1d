import { createI18n } from 'vue-i18n'

// The shape vue-i18n accepts for one locale's tree; the JSON files are checked by i18n.test.ts.
type Messages = { [key: string]: string | Messages }

/**
 * Messages live in one file per feature and language (`locales/sv/register.json` …), each holding its own
 * top-level namespace, so features never edit each other's files. They are merged here.
 */
function merge(files: Record<string, Messages>): Messages {
  return Object.assign({}, ...Object.values(files)) as Messages
}

const sv = merge(import.meta.glob<Messages>('../locales/sv/*.json', { eager: true, import: 'default' }))
const en = merge(import.meta.glob<Messages>('../locales/en/*.json', { eager: true, import: 'default' }))

const datetimeFormats = {
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
  long: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
} as const

/** Swedish by default (the DPO's and IMY's language); English on request. */
export const i18n = createI18n({
  legacy: false,
  locale: 'sv',
  fallbackLocale: 'en',
  messages: { sv, en },
  datetimeFormats: { sv: datetimeFormats, en: datetimeFormats },
})

/** For tests: the merged message trees. */
export const MESSAGES = { sv, en }
