/**
 * The agreement page's actions that need more than a save: attaching and opening the signed document (with a
 * clear message when a file is refused), and signing off the draft review after a confirmation. Kept out of the
 * view so it stays readable.
 */
import { ref, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { MAX_DOCUMENT_BYTES } from '@shared/documents'
import { formatBytes, type ProcessorAgreement, type ProcessorAgreementFields } from '@shared/processors'
import { useErrorText } from '@/app/use-error-text'
import { useNotify } from '@/app/use-notify'
import { useAgreementsStore, type AttachOutcome } from './agreements.store'

interface Context {
  record: ShallowRef<ProcessorAgreement | null>
  form: Ref<ProcessorAgreementFields>
  dirty: ComputedRef<boolean>
  show: (r: ProcessorAgreement | null) => void
  save: () => Promise<boolean>
  valid: () => boolean
  /** Called with the review's id once it is signed off, so the view can show the new version. */
  signed: (reviewId: string) => void
}

export function useAgreementActions(ctx: Context) {
  const store = useAgreementsStore()
  const { t } = useI18n()
  const { notify } = useNotify()
  const errorText = useErrorText()
  const busy = ref(false)
  const completeOpen = ref(false)
  let pendingReview: string | null = null
  const max = formatBytes(MAX_DOCUMENT_BYTES)

  /** The message for a file the bridge or the repository refused. */
  function refusal(outcome: Extract<AttachOutcome, { kind: 'refused' | 'error' }>): string {
    if (outcome.kind === 'error')
      return outcome.error.code === 'file/too-large'
        ? t('processors.document.tooLarge', { max })
        : errorText.fromAppError(outcome.error).text
    if (outcome.problem === 'too_large')
      return t('processors.document.tooLargeSize', { size: formatBytes(outcome.bytes), max })
    return t(`processors.document.${outcome.problem}`)
  }

  async function attach(): Promise<void> {
    if (ctx.dirty.value && !(await ctx.save())) return
    const record = ctx.record.value
    if (!record) return
    busy.value = true
    try {
      const outcome = await store.attachDocument(record)
      if (outcome.kind === 'attached') {
        ctx.show(outcome.agreement)
        notify({
          text: t('processors.document.attached', { name: outcome.agreement.document?.name ?? '' }),
          color: 'success',
        })
      } else if (outcome.kind !== 'cancelled') notify({ text: refusal(outcome), color: 'error' })
    } catch (e) {
      notify(errorText.fromThrown(e))
    } finally {
      busy.value = false
    }
  }

  async function openDocument(): Promise<void> {
    const record = ctx.record.value
    if (!record) return
    const result = await store.openDocument(record)
    if (!result.ok) notify(errorText.fromAppError(result.error))
  }

  /** Asks before signing off: a signed review cannot be changed afterwards. */
  function askComplete(reviewId: string): void {
    if (!ctx.valid()) return
    pendingReview = reviewId
    completeOpen.value = true
  }

  async function complete(): Promise<void> {
    const record = ctx.record.value
    if (!record || !pendingReview) return
    try {
      ctx.show(await store.signOff(record.id, ctx.form.value, record.revision, pendingReview))
      ctx.signed(pendingReview)
      notify({ text: t('processors.review.signed'), color: 'success' })
    } catch (e) {
      notify(errorText.fromThrown(e))
    }
  }

  return { busy, completeOpen, attach, openDocument, askComplete, complete }
}
