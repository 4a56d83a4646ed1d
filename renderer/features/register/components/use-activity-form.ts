/** Labels, help texts and error lookup shared by the activity form's sections. */
import { inject, provide, type InjectionKey, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'

const ERRORS: InjectionKey<Ref<Record<string, string>>> = Symbol('activity-form-errors')

/** Called by the detail view: the sections read field errors from here. */
export function provideFormErrors(errors: Ref<Record<string, string>>): void {
  provide(ERRORS, errors)
}

export function useActivityForm() {
  const { t, te } = useI18n()
  const errors = inject(ERRORS)
  return {
    label: (key: string) => t(`register.fields.${key}.label`),
    help: (key: string) => (te(`register.fields.${key}.help`) ? t(`register.fields.${key}.help`) : undefined),
    /** Vuetify's `error-messages` for a field path, e.g. `purposes[0].legalBasis`. */
    error: (path: string): string[] => {
      const message = errors?.value[path]
      return message ? [message] : []
    },
    options: (values: readonly string[], prefix: string) =>
      values.map((value) => ({ value, title: t(`register.${prefix}.${value}`) })),
  }
}
