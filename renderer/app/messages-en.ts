/** The English interface messages, loaded only when English is chosen (see `loadLocaleMessages`). */
import { mergeMessages, type Messages } from './i18n'

export const EN_MESSAGES = mergeMessages(
  import.meta.glob<Messages>('../locales/en/*.json', { eager: true, import: 'default' }),
)
