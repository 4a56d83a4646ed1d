/** The UI language for shared texts that come in both languages, and the colours outcomes and results wear. */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DpiaResult } from '@shared/dpia'
import type { LiaCoverage, LiaLanguage, LiaOutcome, LocalisedText } from '@shared/lia'

/** Outcome colours: green passes, amber needs a mitigation, red fails, grey until answered. */
export const OUTCOME_COLOR: Readonly<Record<LiaOutcome, string>> = {
  passes: 'success',
  passes_with_mitigations: 'warning',
  fails: 'error',
  incomplete: 'grey',
}

/** Coverage colours for the activity panel and the list. */
export const COVERAGE_COLOR: Readonly<Record<LiaCoverage, string>> = {
  none: 'error',
  draft: 'grey',
  fails: 'error',
  review_due: 'warning',
  passes: 'success',
}

/** DPIA result colours: a required DPIA is the one to act on. */
export const DPIA_RESULT_COLOR: Readonly<Record<DpiaResult, string>> = {
  required: 'error',
  recommended: 'warning',
  not_required: 'success',
}

export function useLiaText() {
  const { locale } = useI18n()
  const lang = computed<LiaLanguage>(() => (locale.value === 'en' ? 'en' : 'sv'))
  return {
    lang,
    /** The text in the current UI language. */
    lt: (text: LocalisedText): string => text[lang.value],
  }
}
