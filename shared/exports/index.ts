/**
 * Exports and imports of records: formula-safe CSV and XLSX cells, every module as a sheet, JSON, and reading an
 * existing register (the app's own, the ICO controller template, the CNIL model, or any sheet the user maps).
 * Pure: the renderer writes and parses the files (exceljs, fflate) and hands the cells to these rules.
 */
export * from './cell.rules'
export * from './csv.rules'
export * from './list-text.rules'
export * from './code-text.rules'
export * from './import.types'
export * from './activity.columns'
export * from './import-targets'
export * from './import-templates'
export * from './import-limits'
export * from './activity-import.rules'
export * from './import-preview.rules'
export * from './module.columns'
export * from './sheets'
export * from './inspection-pack.rules'
