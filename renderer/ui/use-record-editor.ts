/**
 * The lifecycle every record page shares: the record read by id (or a blank one for "new"), a working copy of its
 * fields that shows as unsaved once it differs from what was read, saving (also on Ctrl+S) with a summary of the
 * fields to correct and a move to the new record's address after the first save, deleting after a confirmation
 * with an undo in the notice, and a question before leaving with unsaved changes.
 *
 * The texts come from the feature's message namespace, so every record page words these steps alike:
 * `<messages>.validation.summary` ({n}), `.deleted`, `.confirmDeleteTitle`, `.confirmDelete`, `.discardTitle`,
 * `.discard` (the delete texts get `deleteParams`), and for BaseRecordPage `.notFound` and `.unsaved`.
 */
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { canonicalJson, formatPath } from '@shared/kernel'
import { useErrorText } from '@/app/use-error-text'
import { useNotify } from '@/app/use-notify'
import { onShortcut } from '@/app/use-shortcuts'

/** What the editor needs of a stored record: its id and the revision a save must match. */
export interface StoredRecord {
  id: string
  revision: number
}

export interface RecordEditorOptions<R extends StoredRecord, F> {
  /** The feature's message namespace (`vendors`, `processors`, …). */
  messages: string
  /** The list's address; a record lives at `${path}/${id}`. Null for a page with no address of its own. */
  path: string | null
  /** The id to show; undefined for a new record. */
  id: () => string | undefined
  /** Awaited once before the first read (e.g. the store the page reads from). */
  ready?: () => Promise<unknown>
  /** The stored record, or undefined when there is none (the page then says it was not found). */
  load: (id: string) => R | undefined | Promise<R | undefined>
  /** The fields of a new record (prefilled from the address or the store if the page wants). */
  blank: () => F
  /** The editable fields of a stored record. */
  fieldsOf: (record: R) => F
  /** Messages by field path for what must be corrected before saving; none when the form may be saved. */
  validate?: (form: F) => Partial<Record<string, string>>
  /** Writes the form (id null for a new record) and returns what was stored. */
  save: (id: string | null, fields: F, revision: number) => Promise<R>
  /** The notice after a save (default: "saved"). */
  savedText?: (saved: R, before: R | null) => string
  /** Deletes the record and returns how to undo it; without it the page offers no delete. */
  remove?: (record: R) => Promise<() => Promise<unknown>>
  /** Why the record may not be deleted now (shown as a warning instead of the confirmation), or null. */
  deleteRefusal?: (record: R) => string | null
  /** The parameters of the delete confirmation and notice (e.g. `{ name }`). */
  deleteParams?: (record: R) => Record<string, unknown>
  /** Called after a record (or a blank one) was read for a new id, for the page's own view state. */
  opened?: (record: R | null) => void
}

/** The props of the one confirmation the editor asks: delete, or leave without saving. */
export interface RecordPrompt {
  title: string
  text: string
  confirmLabel: string
  danger: boolean
}

/**
 * Field messages from a zod `safeParse` result, keyed by the issue's path (`purposes[0].legalBasis`);
 * `message` words each issue.
 */
export function issueMessages<I extends { path: readonly PropertyKey[] }>(
  result: { success: true } | { success: false; error: { issues: readonly I[] } },
  message: (issue: I) => string,
): Record<string, string> {
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [formatPath(i.path), message(i)]))
}

export function useRecordEditor<R extends StoredRecord, F>(opts: RecordEditorOptions<R, F>) {
  const router = useRouter()
  const { t } = useI18n()
  const { notify } = useNotify()
  const errorText = useErrorText()
  const ns = opts.messages

  const record = shallowRef<R | null>(null)
  const form = ref(opts.blank()) as Ref<F>
  const saved = ref(canonicalJson(form.value))
  const dirty = computed(() => canonicalJson(form.value) !== saved.value)
  const notFound = ref(false)
  const errors = ref<Record<string, string>>({})
  const deletable = computed(() => record.value !== null && opts.remove !== undefined)

  /** Shows a stored record (null: a new one) and takes it as the unchanged state. */
  function show(r: R | null): void {
    record.value = r
    form.value = r ? structuredClone(opts.fieldsOf(r)) : opts.blank()
    saved.value = canonicalJson(form.value)
    errors.value = {}
  }

  /** Takes the form as it is as saved, so the leave guard lets the page go. */
  function markClean(): void {
    saved.value = canonicalJson(form.value)
  }

  const ready = opts.ready?.()
  let reads = 0
  /** The record the first save just created is already shown; reading it again would reset the page's state. */
  let created: string | null = null
  watch(
    opts.id,
    async (id) => {
      if (id !== undefined && id === created) return
      created = null
      const read = ++reads
      notFound.value = false
      await ready
      const found = id === undefined ? null : ((await opts.load(id)) ?? null)
      // A later id was asked for while this one was read: that one wins.
      if (read !== reads) return
      notFound.value = id !== undefined && found === null
      show(found)
      opts.opened?.(found)
    },
    { immediate: true },
  )

  /** Marks the fields to correct; when there are any, says how many and returns false. */
  function valid(): boolean {
    const found = Object.entries(opts.validate?.(form.value) ?? {})
    errors.value = Object.fromEntries(found.filter((e): e is [string, string] => e[1] !== undefined))
    const n = Object.keys(errors.value).length
    if (n > 0) notify({ text: t(`${ns}.validation.summary`, { n }), color: 'error' })
    return n === 0
  }

  /** Saves the form; returns false when refused (the reason is in the notice or beside the field). */
  async function save(message?: string): Promise<boolean> {
    if (!valid()) return false
    const before = record.value
    try {
      const stored = await opts.save(before?.id ?? null, form.value, before?.revision ?? 0)
      show(stored)
      notify({ text: message ?? opts.savedText?.(stored, before) ?? t('common.saved'), color: 'success' })
      if (!before && opts.path !== null) {
        created = stored.id
        await router.replace(`${opts.path}/${stored.id}`)
      }
      return true
    } catch (e) {
      notify(errorText.fromThrown(e))
      return false
    }
  }
  onShortcut('save', () => void save())

  const asking = ref<'delete' | 'discard'>('delete')
  const promptOpen = ref(false)
  let leaveTo: string | null = null
  const deleteParams = () => (record.value ? (opts.deleteParams?.(record.value) ?? {}) : {})
  const prompt = computed<RecordPrompt>(() =>
    asking.value === 'delete'
      ? {
          title: t(`${ns}.confirmDeleteTitle`),
          text: t(`${ns}.confirmDelete`, deleteParams()),
          confirmLabel: t('common.delete'),
          danger: true,
        }
      : { title: t(`${ns}.discardTitle`), text: t(`${ns}.discard`), confirmLabel: t('common.yes'), danger: false },
  )

  /** Asks before deleting, or says why the record cannot be deleted now. */
  function askDelete(): void {
    const r = record.value
    if (!r) return
    const refusal = opts.deleteRefusal?.(r)
    if (refusal) return notify({ text: refusal, color: 'warning' })
    asking.value = 'delete'
    promptOpen.value = true
  }

  async function remove(): Promise<void> {
    const r = record.value
    if (!r || !opts.remove) return
    const params = deleteParams()
    const undo = await opts.remove(r)
    markClean()
    if (opts.path !== null) await router.push(opts.path)
    notify({
      text: t(`${ns}.deleted`, params),
      color: 'info',
      action: {
        label: t('common.undo'),
        run: async () => {
          await undo()
        },
      },
    })
  }

  onBeforeRouteLeave((to) => {
    if (!dirty.value) return true
    leaveTo = to.fullPath
    asking.value = 'discard'
    promptOpen.value = true
    return false
  })

  /** Leaves without saving, after the DPO said yes. */
  async function discardAndLeave(): Promise<void> {
    markClean()
    if (leaveTo) await router.push(leaveTo)
  }

  /** The DPO confirmed the question asked: delete, or leave without saving. */
  const answerPrompt = (): Promise<void> => (asking.value === 'delete' ? remove() : discardAndLeave())

  return {
    path: opts.path,
    messages: ns,
    record,
    form,
    dirty,
    notFound,
    errors,
    deletable,
    show,
    markClean,
    valid,
    save,
    askDelete,
    prompt,
    promptOpen,
    answerPrompt,
  }
}

/** The part of useRecordEditor's state that BaseRecordPage draws: any record page's editor fits it. */
export interface RecordPageEditor {
  path: string | null
  messages: string
  notFound: Readonly<Ref<boolean>>
  dirty: Readonly<Ref<boolean>>
  deletable: Readonly<Ref<boolean>>
  prompt: Readonly<Ref<RecordPrompt>>
  promptOpen: Ref<boolean>
  save: (message?: string) => Promise<boolean>
  askDelete: () => void
  answerPrompt: () => Promise<void>
}
