/** A message a rule produces for the DPO, in both languages the app ships (Swedish first: IMY works in Swedish). */
export interface LocalizedText {
  sv: string
  en: string
}
