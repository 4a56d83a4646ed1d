import { describe, expect, it } from 'vitest'
import { i18n, loadLocaleMessages, MESSAGES } from './i18n'

const keys = (o: unknown, prefix = ''): string[] =>
  o !== null && typeof o === 'object'
    ? Object.entries(o).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)]

describe('locales', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.sv).sort())
  })
  it('no message is empty', () => {
    for (const lang of ['sv', 'en'] as const) {
      const empty = keys(MESSAGES[lang]).filter((k) => {
        const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], MESSAGES[lang])
        return typeof v !== 'string' || v.trim() === ''
      })
      expect(empty, lang).toEqual([])
    }
  })
  it('ships Swedish at start and loads English, whole, when asked', async () => {
    expect(i18n.global.availableLocales).toEqual(['sv'])
    await loadLocaleMessages('en')
    expect(i18n.global.getLocaleMessage('en')).toEqual(MESSAGES.en)
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('errors.storage-full')).toMatch(/^The storage is full/)
  })
})
