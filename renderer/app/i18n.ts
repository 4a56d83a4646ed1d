import { createI18n } from 'vue-i18n'
import en from '@/locales/en.json'
import sv from '@/locales/sv.json'

export type MessageSchema = typeof sv

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
