/**
 * useRecordEditor, BaseRecordPage and BaseRecordList word a record page from its feature's message namespace.
 * A namespace without one of those messages would show the raw key, so every namespace they are given has them.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/app/i18n'

const lookup = (lang: 'sv' | 'en', key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], MESSAGES[lang])

const PAGE_KEYS = ['notFound', 'unsaved', 'confirmDeleteTitle', 'confirmDelete', 'discardTitle', 'discard', 'deleted']
const LIST_KEYS = ['title', 'new', 'empty', 'emptyHint', 'noMatch']

// The namespaces the record pages and lists pass; `search` only where the list uses the default search row's label.
const PAGES = ['vendors', 'processors', 'transfers', 'breaches', 'requests', 'complaints', 'lia']
const VALIDATED = ['vendors', 'processors', 'transfers', 'breaches', 'requests', 'complaints']
const LISTS: [string, string[]][] = [
  ['vendors', ['search']],
  ['processors', ['search']],
  ['transfers', ['search']],
  ['breaches', []],
  ['requests', []],
  ['complaints', []],
]

describe('record page messages', () => {
  const wanted = [
    ...PAGES.flatMap((ns) => PAGE_KEYS.map((k) => `${ns}.${k}`)),
    ...VALIDATED.map((ns) => `${ns}.validation.summary`),
    ...LISTS.flatMap(([ns, extra]) => [...LIST_KEYS, ...extra].map((k) => `${ns}.${k}`)),
  ]
  it.each(['sv', 'en'] as const)('every namespace has them in %s', (lang) => {
    expect(wanted.filter((key) => typeof lookup(lang, key) !== 'string')).toEqual([])
  })
})
