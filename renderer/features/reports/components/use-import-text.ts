/** Words for what the importer reports: file errors, row problems and notices, in the UI language. */
import { useI18n } from 'vue-i18n'
import type { FileError, ImportIssue } from '@shared/exports'
import type { ReadNotice } from '../import/spreadsheet-read'

export function useImportText() {
  const { t, n } = useI18n()
  const num = (v: number | string | undefined) => (typeof v === 'number' ? n(v) : (v ?? ''))
  return {
    fileError: (e: FileError | { code: 'dialog'; message: string }): string =>
      e.code === 'dialog'
        ? e.message
        : t(`reports.import.fileErrors.${e.code}`, { limit: num(e.limit), found: num(e.found) }),
    issue: (i: ImportIssue): string =>
      t(`reports.import.issues.${i.code}`, { column: i.column, value: i.value ?? '', limit: num(i.limit) }),
    notice: (x: ReadNotice): string => {
      if (x.code === 'encoding') return t('reports.import.notices.encoding', { encoding: x.encoding })
      if (x.code === 'formulas') return t('reports.import.notices.formulas', { count: x.count }, x.count)
      return t('reports.import.notices.sheet', { name: x.name })
    },
  }
}
