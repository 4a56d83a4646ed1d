/** Printing and saving a report from any view, with the outcome in the snackbar. */
import { useI18n } from 'vue-i18n'
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/kernel'
import type { ReportKind } from '@shared/reports'
import { useErrorText } from '@/app/use-error-text'
import { useNotify } from '@/app/use-notify'
import { useReportsStore } from '../reports.store'

export function useReportActions() {
  const store = useReportsStore()
  const { t } = useI18n()
  const { notify } = useNotify()
  const errors = useErrorText()

  /** Tells the user where the file went (or why it did not). */
  function report(result: Result<SavedFile> | null, savedKey: string): void {
    if (result === null) return notify({ text: t('reports.preview.notFound'), color: 'error' })
    if (!result.ok) return notify(errors.fromAppError(result.error))
    if (!result.value.saved) return
    // The browser cannot save a PDF itself: it opened the print dialog instead.
    const text =
      savedKey === 'reports.printed' && !window.api
        ? t('reports.printDialog')
        : t(savedKey, { name: result.value.name })
    notify({ text, color: 'success' })
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work()
    } catch (e) {
      notify(errors.fromThrown(e))
    }
  }

  return {
    printPdf: (kind: ReportKind, id?: string) =>
      guarded(async () => report(await store.printPdf(kind, id), 'reports.printed')),
    saveHtml: (kind: ReportKind, id?: string) =>
      guarded(async () => report(await store.saveHtml(kind, id), 'reports.savedAs')),
    report,
    guarded,
  }
}
