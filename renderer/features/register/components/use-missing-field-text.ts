/** Reads a completeness path (`purposes[1].legalBasis`) as "Ändamål 2: rättslig grund (Art 6(1))". */
import { useI18n } from 'vue-i18n'
import type { MissingField } from '@shared/register'

export function useMissingFieldText() {
  const { t, te } = useI18n()
  return (m: MissingField): string => {
    const item = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(m.field)
    if (item) {
      const [, list, index, leaf] = item
      const listLabel = te(`register.missing.${list}`) ? t(`register.missing.${list}`) : list
      const leafLabel = te(`register.missing.${leaf}`) ? t(`register.missing.${leaf}`) : leaf
      return `${listLabel} ${Number(index) + 1}: ${leafLabel} (${m.article})`
    }
    // Message keys cannot contain dots (vue-i18n reads them as nesting): `criminalData.legalGround` → `_`.
    const key = `register.missing.${m.field.replaceAll('.', '_')}`
    return `${te(key) ? t(key) : m.field} (${m.article})`
  }
}
