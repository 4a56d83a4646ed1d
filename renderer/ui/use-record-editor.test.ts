// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter, RouterView, useRoute, type Router } from 'vue-router'
import { createVuetify } from 'vuetify'
import { useNotify } from '@/app/use-notify'
import { SHORTCUT_EVENT } from '@/app/use-shortcuts'
import BaseRecordPage from './BaseRecordPage.vue'
import { issueMessages, useRecordEditor, type RecordEditorOptions } from './use-record-editor'

interface Thing {
  id: string
  revision: number
  name: string
  tags: string[]
}
type ThingFields = Pick<Thing, 'name' | 'tags'>

const messages = {
  en: {
    common: { saved: 'Saved', delete: 'Delete', yes: 'Yes', undo: 'Undo', cancel: 'Cancel', back: 'Back' },
    errors: { unknown: 'Something went wrong' },
    things: {
      validation: { summary: '{n} fields to correct' },
      deleted: '{name} was deleted',
      confirmDeleteTitle: 'Delete the thing?',
      confirmDelete: '{name} will be deleted',
      discardTitle: 'Leave without saving?',
      discard: 'Your changes are lost',
      notFound: 'No such thing',
      unsaved: 'Unsaved',
    },
  },
}

/** An in-memory store of things with the calls a feature store offers. */
function thingStore(initial: Thing[]) {
  const things = new Map(initial.map((t) => [t.id, t]))
  let next = 1
  return {
    things,
    load: vi.fn(async (id: string) => things.get(id)),
    save: vi.fn(async (id: string | null, fields: ThingFields, revision: number): Promise<Thing> => {
      const stored = {
        ...(JSON.parse(JSON.stringify(fields)) as ThingFields),
        id: id ?? `new-${next++}`,
        revision: revision + 1,
      }
      things.set(stored.id, stored)
      return stored
    }),
    undo: vi.fn(async (t: Thing) => void things.set(t.id, t)),
  }
}

type Editor = ReturnType<typeof useRecordEditor<Thing, ThingFields>>

/** Mounts a record page at `path` whose editor the test drives; the routes are those of a feature. */
async function setup(
  path: string,
  store: ReturnType<typeof thingStore>,
  extra: Partial<RecordEditorOptions<Thing, ThingFields>> = {},
) {
  let editor: Editor | undefined
  const ThingPage = defineComponent({
    setup() {
      const route = useRoute()
      editor = useRecordEditor<Thing, ThingFields>({
        messages: 'things',
        path: '/things',
        id: () => (typeof route.params.id === 'string' ? route.params.id : undefined),
        load: store.load,
        blank: () => ({ name: '', tags: [] }),
        fieldsOf: ({ name, tags }) => ({ name, tags }),
        validate: (f) => (f.name.trim() === '' ? { name: 'A name is needed' } : {}),
        save: store.save,
        remove: async (thing) => {
          store.things.delete(thing.id)
          return () => store.undo(thing)
        },
        deleteParams: (thing) => ({ name: thing.name }),
        ...extra,
      })
      return () => h('div', editor?.form.value.name)
    },
  })
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/things', component: { render: () => h('p', 'list') } },
      { path: '/things/new', component: ThingPage },
      { path: '/things/:id', component: ThingPage },
      { path: '/elsewhere', component: { render: () => h('p', 'elsewhere') } },
    ],
  })
  const i18n = createI18n({ legacy: false, locale: 'en', messages })
  await router.push(path)
  const wrapper = mount(RouterView, { global: { plugins: [router, i18n] } })
  await flushPromises()
  if (!editor) throw new Error('the page did not mount')
  return { editor, router, wrapper }
}

const notice = () => useNotify().current.value

describe('useRecordEditor', () => {
  beforeEach(() => useNotify().dismiss())
  afterEach(() => vi.restoreAllMocks())

  it('shows a copy of the stored record and calls it unsaved only while it differs', async () => {
    const stored: Thing = { id: 'a', revision: 3, name: 'Mailer', tags: ['mail'] }
    const { editor } = await setup('/things/a', thingStore([stored]))
    expect(editor.record.value).toEqual(stored)
    expect(editor.form.value).toEqual({ name: 'Mailer', tags: ['mail'] })
    expect(editor.dirty.value).toBe(false)
    editor.form.value.tags.push('sms')
    expect(editor.dirty.value).toBe(true)
    expect(stored.tags).toEqual(['mail'])
    editor.form.value.tags.pop()
    expect(editor.dirty.value).toBe(false)
  })

  it('says a missing record was not found, and a new one is not', async () => {
    const missing = await setup('/things/gone', thingStore([]))
    expect(missing.editor.notFound.value).toBe(true)
    const fresh = await setup('/things/new', thingStore([]))
    expect(fresh.editor.notFound.value).toBe(false)
    expect(fresh.editor.record.value).toBeNull()
  })

  it('refuses to save what does not validate, then saves and moves to the new record without reading it again', async () => {
    const store = thingStore([])
    const { editor, router } = await setup('/things/new', store)
    expect(await editor.save()).toBe(false)
    expect(editor.errors.value).toEqual({ name: 'A name is needed' })
    expect(notice()).toMatchObject({ text: '1 fields to correct', color: 'error' })
    expect(store.save).not.toHaveBeenCalled()

    editor.form.value.name = 'Mailer'
    expect(await editor.save()).toBe(true)
    await flushPromises()
    expect(store.save).toHaveBeenCalledWith(null, { name: 'Mailer', tags: [] }, 0)
    expect(editor.errors.value).toEqual({})
    expect(notice()).toMatchObject({ text: 'Saved', color: 'success' })
    expect(router.currentRoute.value.fullPath).toBe('/things/new-1')
    expect(editor.record.value?.id).toBe('new-1')
    expect(store.load).not.toHaveBeenCalled()
    expect(editor.dirty.value).toBe(false)
  })

  it('saves an existing record with its revision and an optional message, and reports a failed write', async () => {
    const store = thingStore([{ id: 'a', revision: 3, name: 'Mailer', tags: [] }])
    const { editor, router } = await setup('/things/a', store)
    editor.form.value.name = 'Mailer AB'
    expect(await editor.save('Step recorded')).toBe(true)
    expect(store.save).toHaveBeenLastCalledWith('a', { name: 'Mailer AB', tags: [] }, 3)
    expect(notice()?.text).toBe('Step recorded')
    expect(editor.record.value?.revision).toBe(4)
    expect(router.currentRoute.value.fullPath).toBe('/things/a')

    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    store.save.mockRejectedValueOnce(new Error('disk full'))
    editor.form.value.name = 'Mailer Ltd'
    expect(await editor.save()).toBe(false)
    expect(notice()).toMatchObject({ text: 'Something went wrong', color: 'error' })
    expect(editor.dirty.value).toBe(true)
  })

  it('saves on Ctrl+S', async () => {
    const store = thingStore([{ id: 'a', revision: 1, name: 'Mailer', tags: [] }])
    const { editor } = await setup('/things/a', store)
    editor.form.value.name = 'Mailer AB'
    window.dispatchEvent(new CustomEvent(SHORTCUT_EVENT, { detail: 'save' }))
    await flushPromises()
    expect(store.save).toHaveBeenCalledTimes(1)
    expect(editor.dirty.value).toBe(false)
  })

  it('deletes after the confirmation, goes back to the list and offers an undo', async () => {
    const thing: Thing = { id: 'a', revision: 1, name: 'Mailer', tags: [] }
    const store = thingStore([thing])
    const { editor, router } = await setup('/things/a', store)
    expect(editor.deletable.value).toBe(true)
    editor.askDelete()
    expect(editor.promptOpen.value).toBe(true)
    expect(editor.prompt.value).toEqual({
      title: 'Delete the thing?',
      text: 'Mailer will be deleted',
      confirmLabel: 'Delete',
      danger: true,
    })
    editor.form.value.name = 'changed before deleting'
    await editor.answerPrompt()
    await flushPromises()
    expect(store.things.has('a')).toBe(false)
    expect(router.currentRoute.value.fullPath).toBe('/things')
    expect(notice()).toMatchObject({ text: 'Mailer was deleted', color: 'info' })
    await notice()?.action?.run()
    expect(store.undo).toHaveBeenCalledWith(thing)
  })

  it('says why a record cannot be deleted instead of asking', async () => {
    const { editor } = await setup('/things/a', thingStore([{ id: 'a', revision: 1, name: 'Mailer', tags: [] }]), {
      deleteRefusal: (t) => `${t.name} is still in use`,
    })
    editor.askDelete()
    expect(editor.promptOpen.value).toBe(false)
    expect(notice()).toMatchObject({ text: 'Mailer is still in use', color: 'warning' })
  })

  it('offers no delete for a new record or without a remove', async () => {
    expect((await setup('/things/new', thingStore([]))).editor.deletable.value).toBe(false)
    const stored = thingStore([{ id: 'a', revision: 1, name: 'Mailer', tags: [] }])
    expect((await setup('/things/a', stored, { remove: undefined })).editor.deletable.value).toBe(false)
  })

  it('asks before leaving with unsaved changes and leaves when told to', async () => {
    const { editor, router } = await setup(
      '/things/a',
      thingStore([{ id: 'a', revision: 1, name: 'Mailer', tags: [] }]),
    )
    editor.form.value.name = 'Mailer AB'
    await router.push('/elsewhere')
    expect(router.currentRoute.value.fullPath).toBe('/things/a')
    expect(editor.promptOpen.value).toBe(true)
    expect(editor.prompt.value).toMatchObject({ title: 'Leave without saving?', text: 'Your changes are lost' })
    await editor.answerPrompt()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/elsewhere')
  })

  it('shows the last record asked for when an earlier read answers late', async () => {
    const store = thingStore([
      { id: 'a', revision: 1, name: 'First', tags: [] },
      { id: 'b', revision: 1, name: 'Second', tags: [] },
    ])
    const { editor, router } = await setup('/things/a', store)
    let answerSlowly: (t: Thing | undefined) => void = () => undefined
    store.load.mockImplementationOnce(() => new Promise((resolve) => (answerSlowly = resolve)))
    await router.push('/things/b')
    await router.push('/things/a')
    await flushPromises()
    answerSlowly(store.things.get('b'))
    await flushPromises()
    expect(editor.record.value?.name).toBe('First')
  })
})

describe('issueMessages', () => {
  it('keys each issue by its path', () => {
    const result = { success: false as const, error: { issues: [{ path: ['purposes', 0, 'legalBasis'] }] } }
    expect(issueMessages(result, () => 'Choose a basis')).toEqual({ 'purposes[0].legalBasis': 'Choose a basis' })
    expect(issueMessages({ success: true }, () => 'unused')).toEqual({})
  })
})

describe('BaseRecordPage', () => {
  it('draws the title bar from the editor: unsaved, delete only for a stored record, save', async () => {
    const store = thingStore([{ id: 'a', revision: 1, name: 'Mailer', tags: [] }])
    const { editor, router } = await setup('/things/a', store)
    const i18n = createI18n({ legacy: false, locale: 'en', messages })
    const page = mount(BaseRecordPage, {
      props: { editor, title: 'Mailer' },
      slots: { default: '<p data-testid="body">sections</p>' },
      global: { plugins: [router, i18n, createVuetify()] },
    })
    expect(page.get('[data-testid="detail-title"]').text()).toBe('Mailer')
    expect(page.find('[data-testid="body"]').exists()).toBe(true)
    expect(page.find('[data-testid="unsaved"]').exists()).toBe(false)
    expect(page.find('[data-testid="delete"]').exists()).toBe(true)
    editor.form.value.name = 'Mailer AB'
    await flushPromises()
    expect(page.get('[data-testid="unsaved"]').text()).toBe('Unsaved')
    await page.get('[data-testid="save"]').trigger('click')
    await flushPromises()
    expect(store.save).toHaveBeenCalledTimes(1)
  })

  it('says "not found" instead of the page', async () => {
    const { editor, router } = await setup('/things/gone', thingStore([]))
    const i18n = createI18n({ legacy: false, locale: 'en', messages })
    const page = mount(BaseRecordPage, {
      props: { editor, title: 'x' },
      slots: { default: '<p data-testid="body">sections</p>' },
      global: { plugins: [router, i18n, createVuetify()] },
    })
    expect(page.text()).toContain('No such thing')
    expect(page.find('[data-testid="body"]').exists()).toBe(false)
    expect(page.find('[data-testid="save"]').exists()).toBe(false)
  })
})
