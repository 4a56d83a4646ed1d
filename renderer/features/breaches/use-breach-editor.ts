/**
 * The breach page's editing state: the record, a form copy, whether it changed, saving (Ctrl+S, each workflow
 * step), deleting with undo, and the guard against leaving with unsaved changes. Kept out of the view so the
 * view stays a layout.
 */
import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave, useRouter } from 'vue-router'
import { addTimelineEvent, emptyBreachFields, type Breach, type BreachFields } from '@shared/breaches'
import { canonicalJson } from '@shared/kernel'
import { useErrorText } from '@/app/use-error-text'
import { useNotify } from '@/app/use-notify'
import { onShortcut } from '@/app/use-shortcuts'
import { useSettingsStore } from '@/features/settings/settings.store'
import { useBreachesStore } from './breaches.store'

/** The DPO contact from the organisation profile (Art 33(3)(b)), or '' when the profile names none. */
export function useOrganisationContact() {
  const settings = useSettingsStore()
  return computed(() => {
    const o = settings.organisation
    return [o.dpoName, o.dpoEmail, o.dpoPhone].filter((s) => s.trim() !== '').join(', ')
  })
}

const fieldsOf = (b: Breach): BreachFields => {
  const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = b
  return JSON.parse(JSON.stringify(fields)) as BreachFields
}

export function useBreachEditor(id: Ref<string | undefined>) {
  const store = useBreachesStore()
  const router = useRouter()
  const { t } = useI18n()
  const { notify } = useNotify()
  const errorText = useErrorText()
  const contact = useOrganisationContact()

  const record = ref<Breach | null>(null)
  const form = ref<BreachFields>(emptyBreachFields(''))
  const saved = ref('')
  const notFound = ref(false)
  const titleError = ref<string[]>([])
  const leaveTo = ref<string | null>(null)
  const dirty = computed(() => canonicalJson(form.value) !== saved.value)

  function newBreach(): BreachFields {
    const fields = emptyBreachFields('')
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
    fields.detectedAt = minute
    fields.awareAt = minute
    fields.imy.contactPoint = contact.value
    return fields
  }

  function show(breach: Breach | null) {
    record.value = breach
    form.value = breach ? fieldsOf(breach) : newBreach()
    saved.value = canonicalJson(form.value)
    titleError.value = []
  }

  watch(
    id,
    async (value) => {
      notFound.value = false
      if (!value) return show(null)
      const breach = await store.get(value)
      notFound.value = !breach
      show(breach ?? null)
    },
    { immediate: true },
  )

  /** Saves the form; returns false when refused (the reason is in the snackbar or beside the field). */
  async function save(message = t('common.saved')): Promise<boolean> {
    titleError.value = form.value.title.trim() === '' ? [t('breaches.validation.title')] : []
    if (titleError.value.length > 0) {
      notify({ text: t('breaches.validation.summary'), color: 'error' })
      return false
    }
    try {
      const isNew = !record.value
      show(await store.save(record.value?.id ?? null, form.value, record.value?.revision ?? 0))
      notify({ text: message, color: 'success' })
      if (isNew && record.value) await router.replace(`/breaches/${record.value.id}`)
      return true
    } catch (e) {
      notify(errorText.fromThrown(e))
      return false
    }
  }
  onShortcut('save', () => void save())

  /** Puts `fields` in the form with a timeline event, then saves: every step is an audited write. */
  async function applyStep(fields: BreachFields, at: string, event: string, message: string): Promise<boolean> {
    const withEvent = addTimelineEvent(fields, at, event)
    form.value = withEvent.ok ? withEvent.value : fields
    return save(message)
  }

  async function remove() {
    const breach = record.value
    if (!breach) return
    await store.remove(breach.id)
    saved.value = canonicalJson(form.value)
    await router.push('/breaches')
    notify({
      text: t('breaches.deleted', { title: breach.title }),
      color: 'info',
      action: { label: t('common.undo'), run: () => store.undoRemove(breach) },
    })
  }

  onBeforeRouteLeave((to) => {
    if (!dirty.value) return true
    leaveTo.value = to.fullPath
    return false
  })

  /** Leaves without saving after the DPO confirmed it. */
  async function discardAndLeave() {
    const to = leaveTo.value
    leaveTo.value = null
    saved.value = canonicalJson(form.value)
    if (to) await router.push(to)
  }

  return { record, form, dirty, notFound, titleError, leaveTo, contact, save, applyStep, remove, discardAndLeave }
}
