/** The mitigations of question 3.7 as select items ("Åtgärd 2: …"), for the answers that point at them. */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LiaMitigation } from '@shared/lia'

export function useMitigationItems(mitigations: Ref<readonly LiaMitigation[]>) {
  const { t } = useI18n()
  return computed(() =>
    mitigations.value.map((m, i) => ({
      value: m.id,
      title: `${t('lia.answer.mitigation', { n: i + 1 })}: ${m.description || '…'}`,
    })),
  )
}
