/**
 * The register sheet: one column per field of a processing activity, headed in Swedish or English, written so
 * a person can read it and so the app can read it back into the same activities (the XLSX round trip). Lists are
 * one item per line; items with parts use " | " (list-text.rules.ts); codes are written as labels and read back
 * from labels in either language.
 */
import type { ProcessingActivity } from '../register'
import { type Bilingual, type ReportLanguage } from '../reports'
import type { CellValue } from './csv.rules'
import { readers } from './activity.readers'
import { writers } from './activity.writers'
import type { ActivityDraft, ImportIssue, ReadContext } from './import.types'

/** What writing needs besides the activity. */
export interface WriteContext {
  lang: ReportLanguage
  vendorName: (id: string) => string | undefined
}

/** Every column of the register sheet, in order. */
export const ACTIVITY_COLUMN_KEYS = [
  'name',
  'description',
  'role',
  'status',
  'department',
  'owner',
  'jointControllers',
  'controllersServed',
  'purposes',
  'legalBases',
  'legitimateInterests',
  'legalReferences',
  'dataSubjectCategories',
  'personalDataCategories',
  'specialCategories',
  'criminalData',
  'identityNumbers',
  'collectedFromDataSubject',
  'sources',
  'recipients',
  'thirdCountryTransfers',
  'transfersDescription',
  'retention',
  'securityMeasures',
  'systems',
  'dpia',
  'nextReviewOn',
  'notes',
] as const
/** A column of the register sheet. */
export type ActivityColumnKey = (typeof ACTIVITY_COLUMN_KEYS)[number]

/** One column: its header, width (characters), and how to write and read it. */
export interface ActivityColumn {
  key: ActivityColumnKey
  header: Bilingual
  width: number
  write: (a: ProcessingActivity, ctx: WriteContext) => CellValue
  read: (text: string, draft: ActivityDraft, ctx: ReadContext, header: string) => ImportIssue[]
}

const l = (sv: string, en: string): Bilingual => ({ sv, en })

const HEADERS: Record<ActivityColumnKey, [Bilingual, number]> = {
  name: [l('Behandling', 'Processing activity'), 36],
  description: [l('Beskrivning', 'Description'), 40],
  role: [l('Roll', 'Role'), 18],
  status: [l('Status', 'Status'), 10],
  department: [l('Avdelning', 'Department'), 16],
  owner: [l('Behandlingsansvarig', 'Person responsible'), 18],
  jointControllers: [l('Gemensamt personuppgiftsansvariga', 'Joint controllers'), 24],
  controllersServed: [l('Personuppgiftsansvariga vi biträder (art. 30.2)', 'Controllers served (Art 30(2))'), 30],
  purposes: [l('Ändamål', 'Purposes'), 40],
  legalBases: [l('Rättslig grund (art. 6.1)', 'Legal basis (Art 6(1))'), 28],
  legitimateInterests: [l('Berättigat intresse', 'Legitimate interest'), 28],
  legalReferences: [l('Lagrum', 'Legal reference'), 22],
  dataSubjectCategories: [l('Kategorier av registrerade', 'Categories of data subjects'), 30],
  personalDataCategories: [l('Kategorier av personuppgifter', 'Categories of personal data'), 40],
  specialCategories: [l('Känsliga personuppgifter (art. 9)', 'Special categories (Art 9)'), 30],
  criminalData: [l('Uppgifter om lagöverträdelser (art. 10)', 'Criminal offence data (Art 10)'), 22],
  identityNumbers: [l('Personnummer', 'Identity numbers'), 26],
  collectedFromDataSubject: [l('Insamlas från den registrerade', 'Collected from the data subject'), 14],
  sources: [l('Källor', 'Sources'), 26],
  recipients: [l('Mottagare', 'Recipients'), 40],
  thirdCountryTransfers: [l('Överföring till tredjeland', 'Third-country transfers'), 14],
  transfersDescription: [l('Överföringar', 'Transfers'), 36],
  retention: [l('Gallring', 'Retention'), 44],
  securityMeasures: [l('Säkerhetsåtgärder', 'Security measures'), 40],
  systems: [l('System', 'Systems'), 20],
  dpia: [l('Konsekvensbedömning', 'DPIA'), 22],
  nextReviewOn: [l('Nästa översyn', 'Next review'), 12],
  notes: [l('Anteckningar', 'Notes'), 30],
}

/** The register sheet's columns. */
export const ACTIVITY_COLUMNS: readonly ActivityColumn[] = ACTIVITY_COLUMN_KEYS.map((key) => ({
  key,
  header: HEADERS[key][0],
  width: HEADERS[key][1],
  write: writers[key],
  read: readers[key],
}))

/** The register as rows of cells: a header row, then one row per activity. */
export function activitySheetRows(activities: readonly ProcessingActivity[], ctx: WriteContext): CellValue[][] {
  return [
    ACTIVITY_COLUMNS.map((c) => c.header[ctx.lang]),
    ...activities.map((a) => ACTIVITY_COLUMNS.map((c) => c.write(a, ctx))),
  ]
}
