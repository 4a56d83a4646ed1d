// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createVuetify } from 'vuetify'
import BaseRecordList from './BaseRecordList.vue'

interface Row {
  thing: { id: string; name: string }
}

const messages = {
  en: {
    common: {},
    things: {
      title: 'Things',
      new: 'New thing',
      empty: 'No things yet',
      emptyHint: 'Add the first thing.',
      search: 'Search things',
      noMatch: 'No thing matches.',
    },
  },
}

async function mountList(items: Row[], empty = false) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/things', component: { render: () => h('p') } },
      { path: '/things/:id', component: { render: () => h('p') } },
    ],
  })
  await router.push('/things')
  const search = ref<string | null>('')
  const Page = defineComponent({
    setup: () => () =>
      h(
        BaseRecordList<Row>,
        {
          messages: 'things',
          path: '/things',
          headers: [{ title: 'Name', key: 'name', sortable: false }],
          items,
          itemId: (r: Row) => r.thing.id,
          empty,
          emptyIcon: 'M0 0',
          newTestid: 'new-thing',
          tableTestid: 'thing-table',
          searchTestid: 'thing-search',
          search: search.value,
          'onUpdate:search': (v: string | null) => (search.value = v),
        },
        {
          counts: () => h('span', { 'data-testid': 'thing-count' }, `${items.length} things`),
          'item.name': ({ item }: { item: Row }) => h('b', { 'data-testid': 'thing-name' }, item.thing.name),
        },
      ),
  })
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(Page, { global: { plugins: [router, i18n, createVuetify()] } })
  await flushPromises()
  return { wrapper, router, search }
}

describe('BaseRecordList', () => {
  it('draws the title bar, the search and the page’s cells, and opens a row’s record', async () => {
    const { wrapper, router } = await mountList([{ thing: { id: 't1', name: 'Mailer' } }])
    expect(wrapper.get('h1').text()).toBe('Things')
    expect(wrapper.get('[data-testid="thing-count"]').text()).toBe('1 things')
    expect(wrapper.get('[data-testid="new-thing"]').attributes('href')).toContain('/things/new')
    expect(wrapper.find('[data-testid="thing-search"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="thing-name"]').text()).toBe('Mailer')
    const push = vi.spyOn(router, 'push')
    await wrapper.get('[data-testid="thing-table"] tbody tr').trigger('click')
    expect(push).toHaveBeenCalledWith('/things/t1')
    await push.mock.results[0]?.value
    expect(router.currentRoute.value.fullPath).toBe('/things/t1')
  })

  it('shows the empty state, with its own "new" button, instead of the table', async () => {
    const { wrapper } = await mountList([], true)
    expect(wrapper.get('[data-testid="empty-state"]').text()).toContain('No things yet')
    expect(wrapper.get('[data-testid="empty-state"]').text()).toContain('New thing')
    expect(wrapper.find('[data-testid="thing-table"]').exists()).toBe(false)
  })

  it('passes what is typed in the search to the page', async () => {
    const { wrapper, search } = await mountList([{ thing: { id: 't1', name: 'Mailer' } }])
    await wrapper.get('[data-testid="thing-search"] input').setValue('mail')
    expect(search.value).toBe('mail')
  })
})
