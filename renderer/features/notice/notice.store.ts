/**
 * The privacy notice as the views see it: the workspace it is built from, the generated document in the chosen
 * language, the gaps to fix before publishing, the published notice and its comparison. Derived values are
 * computed from the pure rules in shared/notice, so the view, the files and the tests say the same thing.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SavedFile } from '@shared/ipc'
import { err, type Result } from '@shared/kernel'
import {
  buildNoticeModel,
  compareNotice,
  composeNotice,
  formatOfFile,
  MAX_PUBLISHED_NOTICE_CHARS,
  noticeGaps,
  noticeToHtml,
  noticeToMarkdown,
  publishedText,
  type NoticeSources,
  type PublishedNotice,
  type PublishedNoticeFormat,
} from '@shared/notice'
import type { NoticeLocale } from '@shared/retention'
import { useSettingsStore } from '@/features/settings/settings.store'
import { api } from '@/platform/bridge'
import { noticeRepository } from './notice.repository'

/** Files a published notice can be read from; 2 MB is far more than any notice. */
const OPEN_FILTERS = [
  { name: 'Integritetspolicy (.txt, .html, .md)', extensions: ['txt', 'html', 'htm', 'md', 'markdown'] },
]
const MAX_FILE_BYTES = 2 * 1024 * 1024

/** A file name from the organisation's name: `integritetspolicy-mynumbers-ab-sv`. */
function baseName(org: string, locale: NoticeLocale): string {
  const slug = org
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${locale === 'sv' ? 'integritetspolicy' : 'privacy-notice'}${slug ? `-${slug}` : ''}-${locale}`
}

export const useNoticeStore = defineStore('notice', () => {
  const sources = shallowRef<NoticeSources | null>(null)
  const published = shallowRef<PublishedNotice | null>(null)
  const documentLocale = ref<NoticeLocale>('sv')
  const loaded = ref(false)
  const actor = () => useSettingsStore().actor()

  const model = computed(() => (sources.value ? buildNoticeModel(sources.value) : null))
  const document = computed(() => (model.value ? composeNotice(model.value, documentLocale.value) : null))
  const gaps = computed(() => (model.value && sources.value ? noticeGaps(model.value, sources.value) : []))
  const comparison = computed(() =>
    sources.value && published.value?.text.trim() ? compareNotice(published.value.text, sources.value) : null,
  )

  /** Reads the workspace and the published notice; the example's policy is stored on its first open. */
  async function load(): Promise<void> {
    published.value = await noticeRepository.ensureExampleNotice(actor())
    sources.value = await noticeRepository.sources()
    loaded.value = true
  }

  /** Stores a published text (already plain text) as the notice to compare with. */
  async function setPublished(
    text: string,
    origin: PublishedNotice['origin'],
    sourceName: string,
    format: PublishedNoticeFormat,
  ): Promise<void> {
    const notice = { text, origin, sourceName: sourceName.slice(0, 500), format, loadedAt: new Date().toISOString() }
    published.value = await noticeRepository.savePublished(notice, actor())
  }

  /**
   * Lets the DPO pick a .txt, .html or .md file and stores its text. HTML is reduced to text here and never
   * rendered. Returns null when the dialog was cancelled.
   */
  async function openPublishedFile(): Promise<Result<string | null>> {
    const picked = await api()['file:open']({ filters: OPEN_FILTERS, maxBytes: MAX_FILE_BYTES })
    if (!picked.ok || !picked.value) return picked.ok ? { ok: true, value: null } : picked
    const format = formatOfFile(picked.value.name)
    if (!format) return err('notice/format', `Cannot read ${picked.value.name}`)
    let content: string
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(picked.value.bytes)
    } catch {
      return err('notice/encoding', `${picked.value.name} is not UTF-8 text`)
    }
    const text = publishedText(content, format)
    if (!text.trim()) return err('notice/empty', 'The file holds no text')
    if (text.length > MAX_PUBLISHED_NOTICE_CHARS) return err('notice/too-long', 'The text is too long')
    await setPublished(text, 'file', picked.value.name, format)
    return { ok: true, value: picked.value.name }
  }

  function saveText(ext: string, mimeType: string, content: string): Promise<Result<SavedFile>> {
    const org = model.value?.controller.name ?? ''
    return api()['file:save']({
      suggestedName: `${baseName(org, documentLocale.value)}.${ext}`,
      content,
      mimeType,
      filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
    })
  }

  const footer = () => `${document.value?.title ?? ''} · DPO Desk · ${new Date().toISOString().slice(0, 10)}`

  /** Downloads the generated notice as Markdown, for the website's editor. */
  const exportMarkdown = () => saveText('md', 'text/markdown', noticeToMarkdown(document.value!))
  /** Downloads the generated notice as a self-contained HTML page. */
  const exportHtml = () => saveText('html', 'text/html', noticeToHtml(document.value!, footer()))

  /** Prints the generated notice to PDF through the report pipeline (escaped, script-free HTML). */
  function printPdf(): Promise<Result<SavedFile>> {
    const doc = document.value!
    return api()['pdf:print']({
      html: noticeToHtml(doc, footer()),
      suggestedName: `${baseName(model.value?.controller.name ?? '', doc.locale)}.pdf`,
      headerText: doc.title.slice(0, 300),
      footerText: footer().slice(0, 300),
    })
  }

  return {
    sources,
    published,
    documentLocale,
    loaded,
    model,
    document,
    gaps,
    comparison,
    load,
    setPublished,
    openPublishedFile,
    exportMarkdown,
    exportHtml,
    printPdf,
  }
})
