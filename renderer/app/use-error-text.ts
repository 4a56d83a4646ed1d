/** Turns an AppError or a thrown error into the user's language, with zod paths as details. */
import { useI18n } from 'vue-i18n'
import type { AppError } from '@shared/kernel'
import { RecordError } from '@/db/entity-repository'
import type { Notice } from './use-notify'

export function useErrorText() {
  const { t, te } = useI18n()
  const text = (code: string, fallback: string) => (te(`errors.${code}`) ? t(`errors.${code}`) : fallback)

  return {
    /** A notice for an error value returned across a boundary. */
    fromAppError: (e: AppError): Notice => ({ text: text(e.code, e.message), color: 'error', details: e.details }),
    /** A notice for something thrown inside the renderer. */
    fromThrown: (e: unknown): Notice => {
      if (e instanceof RecordError && e.code === 'conflict') return { text: t('register.conflict'), color: 'error' }
      if (e instanceof RecordError) return { text: text(e.code, e.message), color: 'error', details: e.issues }
      console.error('[app]', e)
      return { text: t('errors.unknown'), color: 'error', details: [String(e)] }
    },
  }
}
