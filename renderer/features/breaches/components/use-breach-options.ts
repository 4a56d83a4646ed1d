/** Translated select options for the breach form's enums, so each section does not rebuild them. */
import { useI18n } from 'vue-i18n'

export function useBreachOptions() {
  const { t } = useI18n()
  return {
    /** `[{ value, title }]` for `values`, titled from `breaches.<prefix>.<value>`. */
    options: <V extends string>(values: readonly V[], prefix: string) =>
      values.map((value) => ({ value, title: t(`breaches.${prefix}.${value}`) })),
    label: (key: string) => t(`breaches.fields.${key}`),
  }
}
