/**
 * The breach page's editing state: the record lifecycle every record page shares (useRecordEditor), a new
 * breach's defaults, and the workflow steps that each save with a timeline event. Kept out of the view so the
 * view stays a layout.
 */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { addTimelineEvent, emptyBreachFields, type Breach, type BreachFields } from '@shared/breaches'
import { useSettingsStore } from '@/features/settings/settings.store'
import { useRecordEditor } from '@/ui/use-record-editor'
import { useBreachesStore } from './breaches.store'
import { minuteOf } from './use-now'

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
  const { t } = useI18n()
  const contact = useOrganisationContact()

  /** A new breach starts now (to the minute), with the organisation's contact point for IMY. */
  function newBreach(): BreachFields {
    const fields = emptyBreachFields('')
    const minute = minuteOf(new Date())
    fields.detectedAt = minute
    fields.awareAt = minute
    fields.imy.contactPoint = contact.value
    return fields
  }

  const editor = useRecordEditor<Breach, BreachFields>({
    messages: 'breaches',
    path: '/breaches',
    id: () => id.value,
    load: store.get,
    blank: newBreach,
    fieldsOf,
    validate: (f) => (f.title.trim() === '' ? { title: t('breaches.validation.title') } : {}),
    save: store.save,
    remove: async (breach) => {
      await store.remove(breach.id)
      return () => store.undoRemove(breach)
    },
    deleteParams: (breach) => ({ title: breach.title }),
  })
  const titleError = computed(() => (editor.errors.value.title ? [editor.errors.value.title] : []))

  /** Puts `fields` in the form with a timeline event, then saves: every step is an audited write. */
  async function applyStep(fields: BreachFields, at: string, event: string, message: string): Promise<boolean> {
    const withEvent = addTimelineEvent(fields, at, event)
    editor.form.value = withEvent.ok ? withEvent.value : fields
    return editor.save(message)
  }

  return { ...editor, titleError, contact, applyStep }
}
