/**
 * Makes the safety namespace's error texts reachable under `errors.*`, where `useErrorText` looks a
 * `RecordError` code up (`errors.storage-full` for a write the full disk refused). They live in
 * locales/<lang>/safety.json because this work may not edit app.json; once `errors.storage-full` is moved
 * there, this merge can go.
 */
import { i18n } from './i18n'

type Tree = { [key: string]: string | Tree }

/** Merges `safety.errors` into `errors` for every loaded language; idempotent. */
export function registerSafetyMessages(): void {
  for (const lang of i18n.global.availableLocales) {
    const messages = i18n.global.getLocaleMessage<Tree>(lang)
    const safety = messages.safety as Tree | undefined
    const extra = safety?.errors as Tree | undefined
    if (extra) i18n.global.mergeLocaleMessage(lang, { errors: extra })
  }
}
